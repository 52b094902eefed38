"""The article cache: one small row per article, and its paragraphs read from disk on demand.

Reopening 10,000 articles must not cost more than opening their index, and browsing them must
not hold all their text in memory (issue 15: 445 MB at 10,000 articles, most of it text).
So the cache file (``articles.msgpack``) is, after a one-line JSON header like every cache's:

* the distinct ``provenance`` dicts of its articles (one record: see ``_PROVENANCE``);
* one MessagePack row per article: its fields but ``path`` and ``paragraphs``, in declaration
  order (``provenance`` as its position among those dicts), then where its paragraphs are
  (offset, length, CRC-32) in the section after;
* the paragraphs, one MessagePack blob per article of one column (a tuple) per ``Paragraph``
  field.

Opening reads the rows only (:func:`load_article_rows`); each :class:`StoredArticle` reads its
blob with ``os.pread`` on a descriptor kept open — so a later rewrite of the cache, renamed
over it, cannot change what the articles read — when something asks for its paragraphs, and
only the ``RECENT_ARTICLES`` most recently used stay built. Saving copies the blobs of
articles that were never built as they are (one at a time). Both the row and the columns
follow the fields of the model classes (``briefing.codec``), so a field added to the model
needs no change here; a change of layout bumps ``ARTICLES_FORMAT``.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import threading
import types
import zlib
from collections import OrderedDict
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal, Union, get_args, get_origin

import msgpack

from briefing import codec
from briefing.cache import read_sections
from briefing.model import Article, Paragraph

#: Bump when the layout of the article cache changes (the model's is in the schema).
ARTICLES_FORMAT = 5
#: Articles whose paragraphs stay built, least recently used dropped first: the reader, the
#: search hits on screen and a topic's passages stay decoded; the rest stay on disk.
RECENT_ARTICLES = 256

#: The slot that holds a built ``Article.paragraphs``, read and written under the property.
_PARAGRAPHS = Article.__dict__["paragraphs"]
_FIELDS = tuple(f for f in Article.__dataclass_fields__ if f not in ("paragraphs", "path"))
_PARAGRAPH_FIELDS = tuple(Paragraph.__dataclass_fields__)


def articles_schema() -> str:
    """What an article row holds; part of the article cache's fingerprint."""
    return f"format {ARTICLES_FORMAT}: {codec.schema(Article)}"


class StoredArticle(Article):
    """An ``Article`` read from the cache, whose paragraphs are built on first access.

    It is an ``Article`` in every way callers can see: same fields, equal to a freshly read
    ``Article`` with the same values (in either order of comparison: Python asks the subclass
    first), and immutable. Building the paragraphs twice from two threads is harmless: both
    results are equal and one of them is kept.
    """

    __slots__ = ("_columns",)

    #: One tuple per ``Paragraph`` field, as stored; or where they are in the cache file.
    _columns: tuple[Sequence[Any], ...] | _Blob

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        try:
            built: tuple[Paragraph, ...] = _PARAGRAPHS.__get__(self)
        except AttributeError:
            columns = self._columns
            if isinstance(columns, _Blob):  # on disk: built on demand, kept only while recent
                return columns.paragraphs()
            built = tuple(map(Paragraph, *_decoded_columns(columns)))
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
#: A row read from the article cache: the fields, then where the paragraphs are.
_LAZY_ROW_LENGTH = len(_FIELDS) + 1


def _check_columns(columns: Any) -> None:
    """``ValueError`` unless ``columns`` are one equally long tuple per ``Paragraph`` field."""
    if type(columns) is not tuple or len(columns) != len(_PARAGRAPH_FIELDS):
        raise ValueError("paragraph columns of another layout")
    count = len(columns[0]) if type(columns[0]) is tuple else -1
    for column in columns:
        if type(column) is not tuple or len(column) != count:
            raise ValueError("paragraph columns of another layout")


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
        stored = article._columns
        columns = stored.columns() if isinstance(stored, _Blob) else stored
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
    columns: Any
    if type(row) is tuple and len(row) == _LAZY_ROW_LENGTH and type(row[-1]) is _Blob:
        columns = row[-1]
    else:
        if type(row) is not tuple or len(row) != _ROW_LENGTH:
            raise ValueError("an article row of another layout")
        columns = row[len(_FIELDS) :]
        _check_columns(columns)
    # The slots' own setters, not ``object.__setattr__`` (which looks each name up first):
    # 18 -> 11 ms for the 10,000 articles of every reopen.
    article = object.__new__(StoredArticle)
    for index, set_field in _NATIVE_SETTERS:
        set_field(article, row[index])
    for index, set_field, decode in _DECODED_SETTERS:
        set_field(article, decode(row[index]))
    _set_path(article, path)
    _set_columns(article, columns)
    return article


_NATIVE_SETTERS = tuple((i, Article.__dict__[name].__set__) for i, name in _NATIVE_FIELDS)
_DECODED_SETTERS = tuple((i, Article.__dict__[name].__set__, d) for i, name, d in _DECODED_FIELDS)
_set_path = Article.__dict__["path"].__set__
_set_columns = StoredArticle.__dict__["_columns"].__set__


class _Source:
    """An open article cache file: the descriptor the blobs are read from.

    Kept open for as long as any article of it lives, so a cache rewritten (renamed over)
    since cannot change what the articles read: they read the file they were loaded from.
    """

    _serials = itertools.count()

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.serial = next(self._serials)

    def __del__(self) -> None:
        with contextlib.suppress(OSError):
            os.close(self.fd)


class _Blob:
    """Where one article's paragraph columns are in a cache file, and their checksum."""

    __slots__ = ("crc", "fields", "length", "offset", "source")

    def __init__(
        self, source: _Source, offset: int, length: int, crc: int, fields: tuple[Any, ...]
    ) -> None:
        self.source = source
        self.offset = offset
        self.length = length
        self.crc = crc
        #: The article's fields as stored: written back as they are (the article is frozen).
        self.fields = fields

    def raw(self) -> bytes:
        """The stored bytes; ``ValueError`` if they are not what was written."""
        data = os.pread(self.source.fd, self.length, self.offset)
        if len(data) != self.length or zlib.crc32(data) != self.crc:
            raise ValueError("the article cache was damaged since it was opened")
        return data

    def columns(self) -> tuple[Sequence[Any], ...]:
        columns = msgpack.unpackb(
            self.raw(), use_list=False, unicode_errors="surrogatepass", strict_map_key=True
        )
        _check_columns(columns)
        return columns

    def paragraphs(self) -> tuple[Paragraph, ...]:
        key = (self.source.serial, self.offset)
        with _RECENT_LOCK:
            found = _RECENT.get(key)
            if found is not None:
                _RECENT.move_to_end(key)
                return found
        built = tuple(map(Paragraph, *_decoded_columns(self.columns())))
        with _RECENT_LOCK:
            _RECENT[key] = built
            if not _holding:
                _trim()
        return built


_RECENT: OrderedDict[tuple[int, int], tuple[Paragraph, ...]] = OrderedDict()
_RECENT_LOCK = threading.Lock()
#: How many :func:`all_kept` blocks are running.
_holding = 0


def _trim() -> None:
    """Back to the ``RECENT_ARTICLES`` most recently used (the lock held)."""
    while len(_RECENT) > RECENT_ARTICLES:
        _RECENT.popitem(last=False)


@contextlib.contextmanager
def all_kept() -> Iterator[None]:
    """Every article's paragraphs stay built until the block ends.

    A first analysis of the topics reads every article's body five or six times (the first
    pass, the languages, the leads, the main event's uses and past events, the timeline):
    with only the recent ones kept, each read decodes all of them again from disk (seconds
    at 10,000 articles). The texts are held by the first pass anyway; the block costs the
    paragraph objects and the furniture around them, and they go back to disk when it ends.
    """
    global _holding
    with _RECENT_LOCK:
        _holding += 1
    try:
        yield
    finally:
        with _RECENT_LOCK:
            _holding -= 1
            if not _holding:
                _trim()


def load_article_rows(path: Path, fingerprint: str) -> tuple[Mapping[str, Any], str | None]:
    """Rows by file path from the article cache (empty when unusable), and why not used.

    A row holds the article's fields and where its paragraphs are; :func:`article_from_row`
    makes the article, which reads them on demand.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        return {}, None
    except OSError as error:
        return {}, f"it could not be read ({error.strerror or error})"
    source = _Source(fd)
    sections, reason = read_sections(fd, fingerprint, ARTICLES_FORMAT, "text")
    if sections is None:
        return {}, reason
    count, items, base, text = sections
    if len(items) != count or not items:
        return {}, "it was cut short"
    rows: dict[str, Any] = {}
    table = items[0]
    at = _PROVENANCE
    try:
        if type(table) is not tuple or any(type(p) is not dict for p in table):
            return {}, "it was damaged"
        for key, stored, offset, length, crc in itertools.islice(items, 1, None):
            if offset < 0 or length < 0 or offset + length > text:
                return {}, "it was damaged"
            number = stored[at]
            if type(number) is not int or number < 0:
                return {}, "it was damaged"
            # Each article its own dict, as a fresh read gives it (no article can change
            # another's); copying one of a handful costs a fifth of decoding it.
            fields = (*stored[:at], dict(table[number]), *stored[at + 1 :])
            rows[key] = (*fields, _Blob(source, base + offset, length, crc, fields))
    except (TypeError, ValueError, IndexError):
        return {}, "it was damaged"
    return rows, None


#: Where ``provenance`` is among a row's fields. Its dict has six short keys and values and
#: only a handful of distinct values in a briefing (8 among 10,005 articles), yet decoding one
#: per row was 23 of the 28 ms it took to decode the rows at every reopen; so a cache stores the
#: distinct dicts once, as its first record, and each row the position of its own among them.
_PROVENANCE = _FIELDS.index("provenance")


def provenance_table(rows: Sequence[tuple[Any, ...]]) -> tuple[list[dict[str, Any]], list[Any]]:
    """The distinct provenance dicts of ``rows`` (article fields, as stored), in order of
    first use, and the rows with each provenance replaced by its position among them."""
    positions: dict[tuple[tuple[str, Any], ...], int] = {}
    table: list[dict[str, Any]] = []
    out: list[Any] = []
    at = _PROVENANCE
    for fields in rows:
        provenance = fields[at]
        number = positions.setdefault(tuple(provenance.items()), len(table))
        if number == len(table):
            table.append(provenance)
        out.append((*fields[:at], number, *fields[at + 1 :]))
    return table, out


def save_article_rows(path: Path, fingerprint: str, articles: Mapping[str, Article]) -> None:
    """Write the article cache atomically (see ``briefing.stored_save``)."""
    from briefing.stored_save import save_article_rows as save

    save(path, fingerprint, articles)
