"""Matching without regard to case, done case for case in an ASCII text lowered (issue 15).

Python's engine, told to ignore case, compares each letter through its case tables and cannot
skip to the letters a pattern may start with; a long alternation searched in every paragraph
(the institution nouns, a city's alternate names) pays that at every position. An ASCII text
keeps its length, hence every offset, when lowered; so the pattern with its letters lowered,
matched case for case in the lowered text, finds the same spans as the pattern ignoring case
in the text itself, when nothing else in the pattern depends on case. :func:`case_for_case`
builds that pattern only when it can show so from the parsed pattern, and gives None otherwise
(the caller then keeps ignoring case); :func:`spans_of` chooses per text.
"""

from __future__ import annotations

import functools
import re
import string
from collections.abc import Iterator

# The parser is CPython's own, private module: a Python that moves or changes it must cost
# only the speed-up, never the topics (every use below falls back to ignoring case).
try:
    from re import _constants, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - a Python without them
    _constants = _parser = None
from typing import Any

#: Operations whose argument is one character.
_CHARACTER_OPS = frozenset(["LITERAL", "NOT_LITERAL"])
#: Operations that would compare text with text (a back-reference), which this does not check.
_UNCHECKED_OPS = frozenset(["GROUPREF", "GROUPREF_EXISTS", "GROUPREF_IGNORE"])


@functools.cache
def _pairs_with_ascii(code: int) -> bool:
    """Whether a character past ASCII matches an ASCII letter when case is ignored (Python
    pairs "ı" and "İ" with "i", "ſ" with "s", the Kelvin sign with "k")."""
    escaped = re.escape(chr(code))
    return any(re.fullmatch(escaped, a, re.IGNORECASE) for a in string.ascii_letters)


def _shape(node: Any, lower: bool, classes: list[Any]) -> Any:
    """The parsed pattern as nested tuples, ASCII capitals of literals lowered when ``lower``;
    every character class met is added to ``classes`` (to be checked for letters)."""
    if isinstance(node, _parser.SubPattern):
        return tuple(_shape(item, lower, classes) for item in node.data)
    if (
        isinstance(node, tuple)
        and len(node) == 2
        and isinstance(node[0], _constants._NamedIntConstant)
    ):
        op, av = node
        name = str(op)
        if name in _UNCHECKED_OPS or (name == "SUBPATTERN" and (av[1] or av[2])):
            raise ValueError(name)  # a back-reference, or flags of a group: "(?-i:…)"
        if name == "IN":
            classes.append(av)
        if name in _CHARACTER_OPS and lower and 65 <= av <= 90:
            av += 32
        return (name, _shape(av, lower, classes))
    if isinstance(node, (list, tuple)):
        return tuple(_shape(item, lower, classes) for item in node)
    return node


def _letter_free(items: list[Any]) -> bool:
    """A character class holds no ASCII letter and nothing past ASCII that pairs with one
    (a range past ASCII is not examined: refused)."""
    for op, av in items:
        name = str(op)
        if name in _CHARACTER_OPS:
            if chr(av) in string.ascii_letters or (av > 127 and _pairs_with_ascii(av)):
                return False
        elif name == "RANGE":
            low, high = av
            if high > 127 or not (high < 65 or low > 122 or (low > 90 and high < 97)):
                return False
    return True


def _literals_safe(shape: Any) -> bool:
    """No literal past ASCII that pairs with an ASCII letter."""
    if isinstance(shape, tuple):
        if len(shape) == 2 and shape[0] in _CHARACTER_OPS and isinstance(shape[1], int):
            return shape[1] < 128 or not _pairs_with_ascii(shape[1])
        return all(_literals_safe(item) for item in shape)
    return True


def case_for_case(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """``pattern`` (which ignores case) with its ASCII letters lowered and matched case for
    case, when that finds in an ASCII text lowered exactly what ``pattern`` finds in the text:
    lowering changed nothing but literal capitals (no escape such as ``\\W`` or ``\\B``), no
    character class holds a letter, no letter past ASCII pairs with an ASCII one, and no
    back-reference, group name or group's own flags are used. None otherwise."""
    source = pattern.pattern
    if _parser is None or not pattern.flags & re.IGNORECASE or pattern.groupindex:
        return None
    lowered = "".join(ch.lower() if ch.isascii() else ch for ch in source)
    flags = pattern.flags & ~re.IGNORECASE
    classes: list[Any] = []
    try:
        before = _shape(_parser.parse(source, flags), True, classes)
        after = _shape(_parser.parse(lowered, flags), False, [])
    except (ValueError, re.error, AttributeError, TypeError, IndexError):
        return None  # a private structure that changed reads as "cannot show it": no cut
    if before != after or not _literals_safe(before):
        return None
    if not all(_letter_free(items) for items in classes):
        return None
    return re.compile(lowered, flags)


def spans_of(
    pattern: re.Pattern[str], lowered: re.Pattern[str] | None, text: str
) -> Iterator[tuple[int, int]]:
    """(start, end) of each match of ``pattern`` in ``text``: through ``lowered`` (its
    :func:`case_for_case`) when there is one and the text is ASCII."""
    if lowered is not None and text.isascii():
        matches = lowered.finditer(text.lower())
    else:
        matches = pattern.finditer(text)
    return (match.span() for match in matches)
