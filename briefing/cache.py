"""The façade's on-disk caches: MessagePack that cannot run code, in folders only the user owns.

Every cache file is a one-line JSON header naming the format and the fingerprint of the code
and data that made it, then a MessagePack payload of plain values. A file whose header differs
is not parsed further and is rebuilt from the article files (the truth). MessagePack, like
JSON, describes data and nothing else: the caches used to be pickles, and a pickle planted in a
shared cache folder ran its payload on open. (JSON was measured too: at 10,000 articles it
loaded 2–3.6× slower than the pickle; MessagePack loads as fast — benchmarks/cache_format.py.)

Cache folders are created 0700 and files 0600. Whoosh's own table of contents is still a
pickle, so a folder that another user owns, or that group or others may write, is refused
(:func:`folder_problem`) and the façade works in a private temporary folder instead.

Articles are stored lean: reopening 10,000 articles must not cost more than opening their
index, so each article's paragraphs stay as columns of plain values (one list per
``Paragraph`` field) and become ``Paragraph`` objects only when something reads them
(:class:`StoredArticle`). Both the article row and the paragraph columns follow the fields of
the model classes (``briefing.codec``), so a field added to the model needs no change here.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import tempfile
import types
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal, Union, get_args, get_origin

import msgpack

from briefing import codec
from briefing.model import Article, Paragraph

#: The largest single item (an article row, a topic) unpacked: a corrupt length cannot make
#: the reader allocate more than this.
_MAX_ITEM = 64 * 1024 * 1024

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


def _check_header(line: bytes, fingerprint: str) -> tuple[int, str | None]:
    """(how many items follow, why a cache whose first line is ``line`` cannot be used)."""
    try:
        head = json.loads(line)
    except ValueError:
        return 0, "it was damaged"
    if not isinstance(head, dict) or head.get("format") != CACHE_FORMAT:
        return 0, "it was written in another format"
    if head.get("fingerprint") != fingerprint:
        return 0, "the program that made it has changed"
    count = head.get("count")
    return (count, None) if type(count) is int else (0, "it was damaged")


def load(path: Path, fingerprint: str) -> tuple[list[Any] | None, str | None]:
    """(items, None) if ``path`` was made by this code; else (None, why it was not used).

    The reason is ``None`` when there was simply no cache yet; a stale, truncated or damaged
    one says so (the façade tells the user what is being rebuilt). Nothing in the file can run
    code: MessagePack describes data only, and extension types are not turned into objects.
    """
    try:
        with path.open("rb") as handle:
            count, reason = _check_header(handle.readline(), fingerprint)
            if reason is not None:
                return None, reason
            # Streamed in 64 KB reads, one item at a time, so the bytes being parsed are still
            # in the processor's cache (unpacking a 50 MB buffer at once was 40% slower).
            # Tuples, not lists: the collector stops tracking a tuple of strings after one
            # look, while 240,000 lists would be traversed again at every full collection.
            unpacker = msgpack.Unpacker(
                handle,
                read_size=1 << 16,
                use_list=False,
                unicode_errors="surrogatepass",
                strict_map_key=True,
                max_buffer_size=_MAX_ITEM,
            )
            items = list(unpacker)
    except FileNotFoundError:
        return None, None
    except (ValueError, TypeError, msgpack.UnpackException):
        return None, "it was damaged"
    except OSError as error:
        return None, f"it could not be read ({error.strerror or error})"
    if len(items) != count:
        return None, "it was cut short"
    return items, None


def save(path: Path, fingerprint: str, items: Sequence[Any]) -> None:
    """Write ``items`` atomically (temp file 0600 + rename), or raise :class:`CacheWriteError`.

    A failed write leaves the previous file (or none) and no temporary file behind.
    """
    header = {"format": CACHE_FORMAT, "fingerprint": fingerprint, "count": len(items)}
    packer = msgpack.Packer(unicode_errors="surrogatepass")
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            handle.write(json.dumps(header).encode() + b"\n")
            for item in items:
                handle.write(packer.pack(item))
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
    items, reason = load(path, fingerprint)
    if items is None:
        return None, reason
    try:
        return tuple(map(codec.decoder(kind), items)), None
    except (codec.CodecError, TypeError, ValueError):
        return None, "it was damaged"


def save_records(path: Path, fingerprint: str, records: Iterable[Any]) -> None:
    """Write a tuple of dataclasses (see :func:`load_records`)."""
    save(path, fingerprint, [codec.encode(record) for record in records])


# ----------------------------------------------------------------- articles


class StoredArticle(Article):
    """An ``Article`` read from the cache, whose paragraphs are built on first access.

    It is an ``Article`` in every way callers can see: same fields, equal to a freshly read
    ``Article`` with the same values (in either order of comparison: Python asks the subclass
    first), and immutable. Building the paragraphs twice from two threads is harmless: both
    results are equal and one of them is kept.
    """

    __slots__ = ("_columns",)

    #: One tuple per ``Paragraph`` field, as stored.
    _columns: tuple[Sequence[Any], ...]

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
    return [None if _native(hints[name]) else codec.decoder(hints[name]) for name in names]


def _native(tp: Any) -> bool:
    """True for str, int, bool, None, their Literals, unions and dicts: MessagePack restores
    them as they were, so loading needs no conversion (tuples and dates do)."""
    if tp in (str, int, bool, type(None)):
        return True
    origin = get_origin(tp)
    if origin is dict:  # JSON restores a dict of native keys and values as it was
        return all(_native(a) for a in get_args(tp))
    if origin is Literal:
        return all(isinstance(a, str | int | bool) for a in get_args(tp))
    if origin in (Union, types.UnionType):
        return all(_native(a) for a in get_args(tp))
    return False


_ARTICLE_DECODERS = _field_decoders(Article, _FIELDS)
_NATIVE_FIELDS = tuple((i, n) for i, n in enumerate(_FIELDS) if _ARTICLE_DECODERS[i] is None)
_DECODED_FIELDS = tuple(
    (i, n, d) for i, (n, d) in enumerate(zip(_FIELDS, _ARTICLE_DECODERS, strict=True)) if d
)
_PARAGRAPH_DECODERS = _field_decoders(Paragraph, _PARAGRAPH_FIELDS)
_ROW_LENGTH = len(_FIELDS) + len(_PARAGRAPH_FIELDS)


def _decoded_columns(columns: tuple[Sequence[Any], ...]) -> list[Any]:
    return [
        column if decode is None else list(map(decode, column))
        for decode, column in zip(_PARAGRAPH_DECODERS, columns, strict=True)
    ]


def article_row(article: Article) -> tuple[Any, ...]:
    """An article as plain values: its fields but ``path`` and ``paragraphs``, in declaration
    order, then one column (a tuple) per ``Paragraph`` field.

    A stored article whose paragraphs were never built is written back without building them.
    """
    columns: Sequence[Sequence[Any]]
    if isinstance(article, StoredArticle) and not _built(article):
        columns = article._columns
    else:
        paragraphs = article.paragraphs
        columns = [
            tuple(codec.encode(getattr(p, n)) for p in paragraphs) for n in _PARAGRAPH_FIELDS
        ]
    return (*(codec.encode(getattr(article, n)) for n in _FIELDS), *columns)


def _built(article: StoredArticle) -> bool:
    try:
        _PARAGRAPHS.__get__(article)
    except AttributeError:
        return False
    return True


def article_from_row(row: Any, path: Path) -> StoredArticle:
    """The inverse of :func:`article_row`; ``path`` is the discovered file's own ``Path``
    (building 10,000 ``Path`` objects again would cost a fifth of a reopen).

    Raises ``ValueError`` for a row of another layout or with values of the wrong type.
    """
    if type(row) is not tuple or len(row) != _ROW_LENGTH:
        raise ValueError("an article row of another layout")
    columns = row[len(_FIELDS) :]
    count = len(columns[0]) if type(columns[0]) is tuple else -1
    for column in columns:
        if type(column) is not tuple or len(column) != count:
            raise ValueError("paragraph columns of another layout")
    article = object.__new__(StoredArticle)
    setter = object.__setattr__
    for index, name in _NATIVE_FIELDS:
        setter(article, name, row[index])
    for index, name, decode in _DECODED_FIELDS:
        setter(article, name, decode(row[index]))
    setter(article, "path", path)
    setter(article, "_columns", columns)
    return article


def load_article_rows(path: Path, fingerprint: str) -> tuple[Mapping[str, Any], str | None]:
    """Rows by file path from the article cache (empty when unusable), and why not used."""
    items, reason = load(path, fingerprint)
    if items is None:
        return {}, reason
    try:
        rows = dict(items)
    except (TypeError, ValueError):
        return {}, "it was damaged"
    return rows, None


def save_article_rows(path: Path, fingerprint: str, articles: Mapping[str, Article]) -> None:
    """Write the article cache, one (file path, row) pair per article, atomically."""
    save(path, fingerprint, [(key, article_row(a)) for key, a in articles.items()])
