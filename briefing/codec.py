"""Model dataclasses to JSON and back, driven by their fields — a cache that cannot run code.

The caches used to be pickles, and unpickling a file runs whatever it names: a file planted in
a shared cache folder ran its payload on open. JSON can only describe data. This module turns
any frozen model dataclass (``Article``, ``Topic``, ``TimelineEntry``…) into plain lists and
back, reading the field list and the type hints of the class itself, so a field added to the
model (a language, a date precision) round-trips with no change here. A field of a type this
module cannot describe fails loudly when its decoder is built (the round-trip tests catch it),
never silently at run time.

A dataclass is encoded as the list of its field values in declaration order (compact: field
names are not repeated 240,000 times); :func:`schema` describes the fields and their types so
that a cache written for another layout is recognised by its fingerprint, not misread.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import types
import typing
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path, PurePath
from typing import Any, Literal, Union, get_args, get_origin

Decoder = Callable[[Any], Any]


class CodecError(ValueError):
    """Stored data does not fit the type it should decode to (a damaged or foreign cache)."""


def encode(value: Any) -> Any:
    """``value`` as JSON-ready builtins: dataclasses become lists of their field values."""
    if value is None or isinstance(value, str | int | float):
        return value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [encode(getattr(value, f.name)) for f in _fields(type(value))]
    if isinstance(value, tuple | list | frozenset | set):
        return [encode(item) for item in value]
    if isinstance(value, dict):
        return {_key(k): encode(v) for k, v in value.items()}
    if isinstance(value, dt.date):  # datetime too
        return value.isoformat()
    if isinstance(value, PurePath):
        return str(value)
    if isinstance(value, enum.Enum):
        return encode(value.value)
    raise TypeError(f"cannot store a {type(value).__name__} in a cache")


def _key(key: Any) -> str:
    if not isinstance(key, str):
        raise TypeError(f"cannot store a dict key of type {type(key).__name__} in a cache")
    return key


def _fields(cls: type) -> tuple[dataclasses.Field[Any], ...]:
    return dataclasses.fields(cls)


@cache
def hints(cls: type) -> dict[str, Any]:
    """The resolved type of each field of dataclass ``cls``."""
    return typing.get_type_hints(cls)


@cache
def decoder(tp: Any) -> Decoder:
    """A function that turns what :func:`encode` made of a ``tp`` back into a ``tp``.

    Raises ``TypeError`` at once for a type it cannot describe; the decoder raises
    ``CodecError`` for data that does not fit.
    """
    if tp is Any:
        return _identity
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return _dataclass_decoder(tp)
    origin = get_origin(tp)
    args = get_args(tp)
    if origin is Literal:
        allowed = frozenset(args)
        return lambda v: v if v in allowed else _bad(v, tp)
    if origin in (Union, types.UnionType):
        return _union_decoder(tp, args)
    if origin is tuple:
        return _tuple_decoder(args)
    if origin in (list, frozenset, set):
        item = decoder(args[0]) if args else _identity
        return lambda v: origin(item(x) for x in _list(v))
    if origin is dict:
        key = decoder(args[0]) if args else _identity
        value = decoder(args[1]) if args else _identity
        return lambda v: {key(k): value(x) for k, x in _dict(v).items()}
    if tp in _SCALARS:
        return _SCALARS[tp]
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return lambda v: tp(v)
    raise TypeError(f"no cache encoding for type {tp!r}")


def schema(cls: type) -> str:
    """The field names and types of ``cls`` and of every dataclass inside it, as text.

    Part of every cache fingerprint: a field added, removed or retyped makes old caches
    foreign, so they are rebuilt rather than misread.
    """
    seen: dict[str, str] = {}
    _describe(cls, seen)
    return ";".join(f"{name}({fields})" for name, fields in sorted(seen.items()))


def _describe(tp: Any, seen: dict[str, str]) -> None:
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        name = f"{tp.__module__}.{tp.__qualname__}"
        if name in seen:
            return
        seen[name] = ""
        resolved = hints(tp)
        seen[name] = ",".join(f"{f.name}:{resolved[f.name]!r}" for f in _fields(tp))
        for f in _fields(tp):
            _describe(resolved[f.name], seen)
        return
    for arg in get_args(tp):
        _describe(arg, seen)


def _identity(value: Any) -> Any:
    return value


def _bad(value: Any, tp: Any) -> Any:
    raise CodecError(f"a stored {type(value).__name__} where {tp!r} was expected")


def _list(value: Any) -> Sequence[Any]:
    """A stored array: a list from JSON, a tuple from MessagePack."""
    return value if isinstance(value, tuple | list) else _bad(value, list)


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else _bad(value, dict)


def _scalar(kind: type) -> Decoder:
    def check(value: Any) -> Any:
        if type(value) is kind:
            return value
        return _bad(value, kind)

    return check


def _float(value: Any) -> float:
    if type(value) in (float, int):
        return float(value)
    return _bad(value, float)


def _date(value: Any) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        return _bad(value, dt.date)


def _datetime(value: Any) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return _bad(value, dt.datetime)


def _path(value: Any) -> Path:
    return Path(value) if isinstance(value, str) else _bad(value, Path)


_SCALARS: dict[Any, Decoder] = {
    str: _scalar(str),
    int: _scalar(int),
    bool: _scalar(bool),
    float: _float,
    type(None): lambda v: v if v is None else _bad(v, None),
    dt.datetime: _datetime,
    dt.date: _date,
    Path: _path,
    PurePath: _path,
}


def _union_decoder(tp: Any, args: tuple[Any, ...]) -> Decoder:
    arms = [a for a in args if a is not type(None)]
    optional = len(arms) < len(args)
    if len(arms) == 1:
        arm = decoder(arms[0])
        if optional:
            return lambda v: None if v is None else arm(v)
        return arm
    decoders = [decoder(a) for a in arms]

    def first_that_fits(value: Any) -> Any:
        if value is None and optional:
            return None
        for decode in decoders:
            try:
                return decode(value)
            except CodecError:
                continue
        return _bad(value, tp)

    return first_that_fits


def _tuple_decoder(args: tuple[Any, ...]) -> Decoder:
    if not args:
        return lambda v: tuple(_list(v))
    if len(args) == 2 and args[1] is Ellipsis:
        item = decoder(args[0])
        if args[0] in (str, int):  # MessagePack gives a tuple of these already
            return lambda v: v if type(v) is tuple else tuple(map(item, _list(v)))
        return lambda v: tuple(map(item, _list(v)))
    items = [decoder(a) for a in args]

    def fixed(value: Any) -> tuple[Any, ...]:
        values = _list(value)
        if len(values) != len(items):
            _bad(value, tuple)
        return tuple(d(x) for d, x in zip(items, values, strict=True))

    return fixed


def _dataclass_decoder(cls: type) -> Decoder:
    resolved = hints(cls)
    fields = _fields(cls)
    decoders = [decoder(resolved[f.name]) for f in fields]
    if not all(f.init for f in fields):
        raise TypeError(f"{cls.__name__} has fields set outside __init__; not cacheable")
    count = len(fields)

    def build(value: Any) -> Any:
        values = _list(value)
        if len(values) != count:
            _bad(value, cls)
        return cls(*[d(x) for d, x in zip(decoders, values, strict=True)])

    return build
