"""The façade's on-disk caches: JSON that cannot run code, in folders only the user can touch.

Every cache file is two lines: a JSON header naming the fingerprint of the code and data that
made it, and the JSON payload. A file whose header differs is not parsed further and is
rebuilt from the article files (the truth). JSON describes data and nothing else: the caches
used to be pickles, and a pickle planted in a shared cache folder ran its payload on open.

Cache folders are created 0700 and files 0600. Whoosh's own table of contents is still a
pickle, so a folder that another user owns, or that group or others may write, is refused
(:func:`folder_problem`) and the façade works in a private temporary folder instead.

Articles are stored lean: reopening 10,000 articles must not cost more than opening their
index, so each article's paragraphs stay as columns of strings (one list per ``Paragraph``
field) and become ``Paragraph`` objects only when something reads them
(:class:`StoredArticle`). Both the article row and the paragraph columns follow the fields of
the model classes (``briefing.codec``), so a field added to the model needs no change here.
"""

from __future__ import annotations

import contextlib
import gc
import json
import os
import stat
import tempfile
import types
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal, Union, get_args, get_origin

from briefing import codec
from briefing.model import Article, Paragraph

#: Bump when the layout of the cache files (not of the model: that is in the schema) changes.
CACHE_FORMAT = 3

#: The slot that holds a built ``Article.paragraphs``, read and written under the property.
_PARAGRAPHS = Article.__dict__["paragraphs"]
_FIELDS = tuple(f for f in Article.__dataclass_fields__ if f not in ("paragraphs", "path"))
_PARAGRAPH_FIELDS = tuple(Paragraph.__dataclass_fields__)


class CacheWriteError(OSError):
    """A cache file could not be written; ``str()`` names the cause and the folder."""


def articles_schema() -> str:
    """What an article row holds; part of the article cache's fingerprint."""
    return f"format {CACHE_FORMAT}: {codec.schema(Article)}"


# ----------------------------------------------------------------- private folders


def private_dir(path: Path) -> Path:
    """Create ``path`` and any missing parents with mode 0700; return it."""
    missing = []
    probe = path
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):
            folder.mkdir(mode=0o700)
    return path


def folder_problem(path: Path) -> str | None:
    """Why ``path`` must not be trusted with files that are loaded as code, or ``None``.

    Whoosh unpickles its table of contents: anyone who can write the folder (another user
    who owns it, or group and others when its mode allows) could make that run their code.
    """
    try:
        info = path.stat()
    except OSError:  # missing, or not a folder: creating it fails and says so
        return None
    if info.st_uid != os.geteuid():
        return f"it belongs to another user (uid {info.st_uid})"
    if info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        return f"other users may write to it (mode {stat.filemode(info.st_mode)})"
    return None


def make_private(paths: Iterable[Path]) -> None:
    """Set files to 0600 (Whoosh creates its files with the umask's mode)."""
    for path in paths:
        with contextlib.suppress(OSError):
            os.chmod(path, 0o600)


# ----------------------------------------------------------------- cache files


def _read(path: Path, fingerprint: str) -> tuple[bytes | None, str | None]:
    """The bytes after the header if ``path`` was made by this code, else why not."""
    try:
        with path.open("rb") as handle:
            header = handle.readline()
            try:
                head = json.loads(header)
            except ValueError:
                return None, "it was damaged"
            if not isinstance(head, dict) or head.get("format") != CACHE_FORMAT:
                return None, "it was written in another format"
            if head.get("fingerprint") != fingerprint:
                return None, "the program that made it has changed"
            return handle.read(), None
    except FileNotFoundError:
        return None, None
    except OSError as error:
        return None, f"it could not be read ({error.strerror or error})"


def _parse(data: bytes) -> Any:
    """JSON from bytes, with the cyclic garbage collector paused: parsing builds hundreds of
    thousands of lists and strings, and collections triggered midway cost a third of the time."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return json.loads(data.decode("utf-8", "surrogatepass"))
    finally:
        if enabled:
            gc.enable()


def load_json(path: Path, fingerprint: str) -> tuple[Any, str | None]:
    """(payload, None) if ``path`` was made by this code; else (None, why it was not used).

    The reason is ``None`` when there was simply no cache yet; a stale or damaged one says so
    (the façade tells the user what is being rebuilt). Nothing in the file can run code.
    """
    data, reason = _read(path, fingerprint)
    if data is None:
        return None, reason
    try:
        return _parse(data), None
    except (ValueError, RecursionError):
        return None, "it was damaged"


def save_json(path: Path, fingerprint: str, payload: Any, text: Sequence[str] = ()) -> None:
    """Write atomically (temp file 0600 + rename), or raise :class:`CacheWriteError`.

    ``text`` goes after the JSON as plain text, NUL-separated (see :func:`article_row`).
    A failed write leaves the previous file (or none) and no temporary file behind.
    """
    header = json.dumps({"format": CACHE_FORMAT, "fingerprint": fingerprint})
    body = json.dumps(payload, ensure_ascii=False, separators=(",", ":"), allow_nan=True)
    data = f"{header}\n{body}\n{_SEPARATOR.join(text)}".encode("utf-8", "surrogatepass")
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except OSError as error:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        cause = error.strerror or type(error).__name__
        raise CacheWriteError(
            error.errno, f"could not save {path.name} in {path.parent} ({cause})"
        ) from error


def load_records(
    path: Path, fingerprint: str, kind: type
) -> tuple[tuple[Any, ...] | None, str | None]:
    """A cached tuple of ``kind`` dataclasses (topics, timeline entries…), or why not."""
    payload, reason = load_json(path, fingerprint)
    if payload is None:
        return None, reason
    try:
        return codec.decoder(tuple[kind, ...])(payload), None  # type: ignore[valid-type]
    except (codec.CodecError, TypeError, ValueError):
        return None, "it was damaged"


def save_records(path: Path, fingerprint: str, records: Iterable[Any]) -> None:
    """Write a tuple of dataclasses (see :func:`load_records`)."""
    save_json(path, fingerprint, codec.encode(tuple(records)))


# ----------------------------------------------------------------- articles


class StoredArticle(Article):
    """An ``Article`` read from the cache, whose paragraphs are built on first access.

    It is an ``Article`` in every way callers can see: same fields, equal to a freshly read
    ``Article`` with the same values (in either order of comparison: Python asks the subclass
    first), and immutable. Building the paragraphs twice from two threads is harmless: both
    results are equal and one of them is kept.
    """

    __slots__ = ("_columns",)

    #: One list per ``Paragraph`` field, as stored.
    _columns: tuple[list[Any], ...]

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        try:
            built: tuple[Paragraph, ...] = _PARAGRAPHS.__get__(self)
        except AttributeError:
            built = tuple(map(Paragraph, *_decoded_columns(self._columns)))
            _PARAGRAPHS.__set__(self, built)
        return built

    @paragraphs.setter
    def paragraphs(self, value: tuple[Paragraph, ...]) -> None:
        # Only reached through object.__setattr__ (dataclass __init__, copy, unpickling).
        _PARAGRAPHS.__set__(self, value)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Article):
            return NotImplemented
        return all(
            getattr(self, name) == getattr(other, name) for name in Article.__dataclass_fields__
        )

    __hash__ = Article.__hash__

    def __reduce__(self) -> tuple[Any, ...]:
        # Copied (and pickled, by anyone who still does) as the plain Article it stands for.
        return (Article, tuple(getattr(self, name) for name in Article.__dataclass_fields__))


def _field_decoders(cls: type, names: tuple[str, ...]) -> list[codec.Decoder | None]:
    """A decoder per field, or ``None`` where JSON already gives the right value."""
    hints = codec.hints(cls)
    return [None if _json_native(hints[name]) else codec.decoder(hints[name]) for name in names]


def _json_native(tp: Any) -> bool:
    """True for str, int, bool, None, their Literals and unions: JSON restores them as is."""
    if tp in (str, int, bool, type(None)):
        return True
    origin = get_origin(tp)
    if origin is Literal:
        return all(isinstance(a, str | int | bool) for a in get_args(tp))
    if origin in (Union, types.UnionType):
        return all(_json_native(a) for a in get_args(tp))
    return False


_ARTICLE_DECODERS = _field_decoders(Article, _FIELDS)
_PARAGRAPH_DECODERS = _field_decoders(Paragraph, _PARAGRAPH_FIELDS)
#: Paragraph fields of plain ``str`` type, whose columns are stored as trailing text.
_PLAIN_TEXT = tuple(codec.hints(Paragraph)[name] is str for name in _PARAGRAPH_FIELDS)


def _decoded_columns(columns: tuple[list[Any], ...]) -> list[Any]:
    return [
        column if decode is None else list(map(decode, column))
        for decode, column in zip(_PARAGRAPH_DECODERS, columns, strict=True)
    ]


#: Between the paragraph texts at the end of the article cache. Sanitised text never holds a
#: NUL; a value that does is stored inside the JSON instead.
_SEPARATOR = "\x00"


def article_row(article: Article, text: list[str]) -> list[Any]:
    """An article as JSON-ready values: its fields but ``path`` and ``paragraphs``, in
    declaration order, then one column per ``Paragraph`` field.

    Parsing 240,000 paragraph texts as JSON strings took twice as long as unpickling them, so
    a column of ``str`` values is appended to ``text`` (written after the JSON as plain
    NUL-separated text, split in one call when loaded) and the row holds its length; other
    columns are JSON lists. A stored article whose paragraphs were never built is written
    back without building them.
    """
    columns: Sequence[list[Any]]
    if isinstance(article, StoredArticle) and not _built(article):
        columns = article._columns
    else:
        paragraphs = article.paragraphs
        columns = [[codec.encode(getattr(p, n)) for p in paragraphs] for n in _PARAGRAPH_FIELDS]
    row = [codec.encode(getattr(article, n)) for n in _FIELDS]
    for plain, column in zip(_PLAIN_TEXT, columns, strict=True):
        if plain and not any(_SEPARATOR in value for value in column):
            text.extend(column)
            row.append(len(column))
        else:
            row.append(column)
    return row


def _built(article: StoredArticle) -> bool:
    try:
        _PARAGRAPHS.__get__(article)
    except AttributeError:
        return False
    return True


def article_from_row(row: Any, path: Path, text: Sequence[str] = (), at: int = 0) -> StoredArticle:
    """The inverse of :func:`article_row`; ``path`` is the discovered file's own ``Path``
    (building 10,000 ``Path`` objects again would cost a fifth of a reopen), ``text[at:]``
    the paragraph text that follows the JSON.

    Raises ``ValueError`` for a row of another layout or with values of the wrong type.
    """
    if not isinstance(row, list) or len(row) != len(_FIELDS) + len(_PARAGRAPH_FIELDS):
        raise ValueError("an article row of another layout")
    columns = []
    for stored in row[len(_FIELDS) :]:
        if isinstance(stored, int):
            if at + stored > len(text):
                raise ValueError("the cached text ends early")
            columns.append(list(text[at : at + stored]))
            at += stored
        elif isinstance(stored, list):
            columns.append(stored)
        else:
            raise ValueError("a paragraph column of another layout")
    if any(len(c) != len(columns[0]) for c in columns):
        raise ValueError("paragraph columns of different lengths")
    article = object.__new__(StoredArticle)
    setter = object.__setattr__
    for name, decode, value in zip(_FIELDS, _ARTICLE_DECODERS, row, strict=False):
        setter(article, name, value if decode is None else decode(value))
    setter(article, "path", path)
    setter(article, "_columns", tuple(columns))
    return article


def text_used(row: Any) -> int:
    """How many values of the trailing text a row takes (to find where the next one starts)."""
    if not isinstance(row, list):
        return 0
    return sum(c for c in row[len(_FIELDS) :] if isinstance(c, int) and not isinstance(c, bool))


def load_article_rows(
    path: Path, fingerprint: str
) -> tuple[Mapping[str, tuple[Any, int]], Sequence[str], str | None]:
    """(file path → (row, where its text starts), the text, why the cache was not used)."""
    data, reason = _read(path, fingerprint)
    if data is None:
        return {}, (), reason
    meta, _, blob = data.partition(b"\n")
    try:
        payload = _parse(meta)
        text = blob.decode("utf-8", "surrogatepass").split(_SEPARATOR)
    except (ValueError, RecursionError):
        return {}, (), "it was damaged"
    if not isinstance(payload, dict):
        return {}, (), "it was damaged"
    rows: dict[str, tuple[Any, int]] = {}
    at = 0
    for key, row in payload.items():
        rows[key] = (row, at)
        at += text_used(row)
    return rows, text, None


def save_article_rows(path: Path, fingerprint: str, articles: Mapping[str, Article]) -> None:
    """Write the article cache (file path → row, then the paragraph text) atomically."""
    text: list[str] = []
    rows = {key: article_row(article, text) for key, article in articles.items()}
    save_json(path, fingerprint, rows, text)
