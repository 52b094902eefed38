"""The topics cache: each topic's summary in memory, its mentions on disk until asked for.

A briefing of 10,000 articles caches 1,000 topics with 321,000 mentions. Held as ``Mention``
and ``Span`` objects they were 45 MB, and decoding them from MessagePack lifted the app's
peak by 137 MB (the decoded lists and the objects at once), most of the app's memory while
browsing (issue 15; benchmarks/PROFILE.md). Yet the app shows one topic's mentions at a
time: the reader marks the chosen topic in the article it shows, the cross-reference lists
one topic's passages. So the cache file (``topics.msgpack``) is, after a one-line JSON header
like every cache's:

* a MessagePack table of the article ids the mentions refer to, then one row per topic: its
  fields but ``mentions``, how many mentions it has, the articles it is mentioned in (as
  numbers into the table, a packed array), and where its mentions are (offset, length,
  CRC-32); then where each article's entry of the index by article is;
* the mentions, one blob per topic of packed ``uint32`` columns (article, paragraph, start,
  end, surface) and its surface forms;
* the index by article: per article, which topics are mentioned in which paragraphs (the
  pairs, once each), so "what is mentioned alongside this topic" reads the few articles the
  topic is in instead of every topic's mentions.

Opening reads the rows only (:func:`load_topics`). Each :class:`StoredTopic` reads its blob
with ``os.pread`` on a descriptor kept open (a cache renamed over it later cannot change what
it reads) and only the ``RECENT_TOPICS`` most recently used stay built. The layout assumes
the model's fields as they are (:func:`layout_known`); the façade keeps the plain record
cache for any other layout, and a change of this layout bumps ``TOPICS_FORMAT``. Writing the
file is :mod:`briefing.topic_save`.
"""

from __future__ import annotations

import contextlib
import dataclasses
import itertools
import os
import sys
import threading
import zlib
from array import array
from collections import Counter, OrderedDict
from collections.abc import Iterable
from pathlib import Path
from typing import Any, get_args

import msgpack

from briefing.cache import read_sections
from briefing.model import Mention, Span, Topic, TopicKind

#: Bump when the layout of the topics cache changes (the model's is in the schema). Not the
#: record caches' number: a file of either kind is never taken for the other.
TOPICS_FORMAT = 5
#: Topics whose mentions stay built, least recently used dropped first: the chosen topic,
#: the cross-referenced one and the few before them.
RECENT_TOPICS = 8

_LAYOUT = {
    Topic: ("id", "name", "kind", "aliases", "mentions", "score"),
    Mention: ("article_id", "span", "surface"),
    Span: ("paragraph", "start", "end"),
}
_KINDS = frozenset(get_args(TopicKind))
_MENTIONS = Topic.__dict__["mentions"]
_COLUMNS = 5  # article, paragraph, start, end, surface
_SWAP = sys.byteorder != "little"  # the file is little-endian on every machine


def layout_known() -> bool:
    """Whether the model still has exactly the fields this cache stores."""
    return all(
        tuple(f.name for f in dataclasses.fields(cls)) == names for cls, names in _LAYOUT.items()
    )


class TopicStoreDamaged(ValueError):
    """A topic's stored mentions are not what was written (the file changed under us)."""

    def __init__(self) -> None:
        super().__init__("the topics cache was damaged since it was opened")


def _pack(values: Iterable[int]) -> bytes:
    column = array("I", values)
    if _SWAP:
        column.byteswap()
    return column.tobytes()


def _unpack(data: Any) -> array[int]:
    if type(data) is not bytes or len(data) % 4:
        raise ValueError("a column of another layout")
    column = array("I")
    column.frombytes(data)
    if _SWAP:
        column.byteswap()
    return column


class _Source:
    """An open topics cache: the descriptor blobs are read from, and the article table."""

    _serials = itertools.count()

    def __init__(self, fd: int, articles: tuple[str, ...]) -> None:
        self.fd = fd
        self.articles = articles
        self.serial = next(self._serials)
        #: Topics in stored order and where each article's index entry is (set by the loader).
        self.topics: tuple[StoredTopic, ...] = ()
        self.index: tuple[array[int], array[int], int] = (array("I"), array("I"), 0)

    def read(self, offset: int, length: int, crc: int) -> bytes:
        data = os.pread(self.fd, length, offset)
        if len(data) != length or zlib.crc32(data) != crc:
            raise TopicStoreDamaged()
        return data

    def __del__(self) -> None:
        with contextlib.suppress(OSError):
            os.close(self.fd)


class StoredTopic(Topic):
    """A ``Topic`` read from the cache, whose mentions are read from disk when asked for.

    It is a ``Topic`` to every caller: same fields, equal to a ``Topic`` with the same values
    (either way round), immutable. Its counts and articles come from the row, without the
    mentions.
    """

    __slots__ = ("_articles", "_blob", "_count", "_index", "_source")

    _source: _Source
    _index: int
    _count: int
    _articles: array[int]
    _blob: tuple[int, int, int]  # offset, length, crc

    @property
    def mentions(self) -> tuple[Mention, ...]:
        try:
            built: tuple[Mention, ...] = _MENTIONS.__get__(self)
        except AttributeError:
            return _recent_mentions(self)
        return built

    @mentions.setter
    def mentions(self, value: tuple[Mention, ...]) -> None:
        # Only reached through object.__setattr__ (dataclass __init__, copy, replace).
        _MENTIONS.__set__(self, value)

    @property
    def articles(self) -> tuple[str, ...]:
        if _built(self):
            return super().articles
        table = self._source.articles
        return tuple([table[i] for i in self._articles])

    @property
    def mention_count(self) -> int:
        return len(_MENTIONS.__get__(self)) if _built(self) else self._count

    @property
    def article_count(self) -> int:
        return len(self.articles) if _built(self) else len(self._articles)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Topic):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in Topic.__dataclass_fields__)

    __hash__ = Topic.__hash__

    def __reduce__(self) -> tuple[Any, ...]:
        # Copied (and pickled) as the plain Topic it stands for.
        return (Topic, tuple(getattr(self, n) for n in Topic.__dataclass_fields__))


def _built(topic: StoredTopic) -> bool:
    try:
        _MENTIONS.__get__(topic)
    except AttributeError:
        return False
    return True


_RECENT: OrderedDict[tuple[int, int], tuple[Mention, ...]] = OrderedDict()
_RECENT_LOCK = threading.Lock()


def _recent_mentions(topic: StoredTopic) -> tuple[Mention, ...]:
    key = (topic._source.serial, topic._index)
    with _RECENT_LOCK:
        found = _RECENT.get(key)
        if found is not None:
            _RECENT.move_to_end(key)
            return found
    built = _build_mentions(topic)
    with _RECENT_LOCK:
        _RECENT[key] = built
        while len(_RECENT) > RECENT_TOPICS:
            _RECENT.popitem(last=False)
    return built


def _columns(topic: StoredTopic) -> tuple[tuple[str, ...], list[array[int]]]:
    """A stored topic's surface forms and its five columns, checked against each other."""
    try:
        surfaces, *packed = msgpack.unpackb(
            topic._source.read(*topic._blob),
            use_list=False,
            unicode_errors="surrogatepass",
            strict_map_key=True,
        )
        columns = [_unpack(data) for data in packed]
    except (ValueError, TypeError, msgpack.UnpackException) as error:
        raise TopicStoreDamaged() from error
    if (
        len(columns) != _COLUMNS
        or any(len(c) != topic._count for c in columns)
        or type(surfaces) is not tuple
        or not all(type(s) is str for s in surfaces)
        or (topic._count and max(columns[4]) >= len(surfaces))
        or (topic._count and max(columns[0]) >= len(topic._source.articles))
    ):
        raise TopicStoreDamaged()
    return surfaces, columns


def _build_mentions(topic: StoredTopic) -> tuple[Mention, ...]:
    surfaces, (articles, paragraphs, starts, ends, forms) = _columns(topic)
    table = topic._source.articles
    new = object.__new__
    m_article, m_span, m_surface = (Mention.__dict__[n].__set__ for n in _LAYOUT[Mention])
    s_paragraph, s_start, s_end = (Span.__dict__[n].__set__ for n in _LAYOUT[Span])
    built = []
    for article, paragraph, start, end, form in zip(
        articles, paragraphs, starts, ends, forms, strict=True
    ):
        span = new(Span)
        s_paragraph(span, paragraph)
        s_start(span, start)
        s_end(span, end)
        mention = new(Mention)
        m_article(mention, table[article])
        m_span(mention, span)
        m_surface(mention, surfaces[form])
        built.append(mention)
    return tuple(built)


def mention_places(topic: Topic) -> Iterable[tuple[str, int, int]]:
    """(article id, paragraph, start) of each of ``topic``'s mentions, in their order: for a
    stored topic read from its columns, without building the mentions (which is most of what
    asking a stored topic's mentions costs, and they are not kept: ``RECENT_TOPICS``)."""
    if isinstance(topic, StoredTopic) and not _built(topic):
        _, (articles, paragraphs, starts, _ends, _forms) = _columns(topic)
        table = topic._source.articles
        return zip(map(table.__getitem__, articles), paragraphs, starts, strict=True)
    return [(m.article_id, m.span.paragraph, m.span.start) for m in topic.mentions]


def mention_spans(topic: Topic) -> Iterable[tuple[str, int, int, int]]:
    """(article id, paragraph, start, end) of each of ``topic``'s mentions: as
    :func:`mention_places`, with where each mention ends (the rates of named places,
    :mod:`briefing.analysis.topic_rates`, measure the words between a name and a figure)."""
    if isinstance(topic, StoredTopic) and not _built(topic):
        _, (articles, paragraphs, starts, ends, _forms) = _columns(topic)
        table = topic._source.articles
        return zip(map(table.__getitem__, articles), paragraphs, starts, ends, strict=True)
    return [(m.article_id, m.span.paragraph, m.span.start, m.span.end) for m in topic.mentions]


def cooccurring(topic: StoredTopic, limit: int = 10) -> tuple[tuple[Topic, int], ...]:
    """``briefing.topics.xref.cooccurring`` for a stored topic, through the index by article:
    the same topics and counts, reading only the articles ``topic`` is mentioned in."""
    source = topic._source
    _, (articles, paragraphs, *_) = _columns(topic)
    mine: dict[int, set[int]] = {}
    for article, paragraph in zip(articles, paragraphs, strict=True):
        mine.setdefault(article, set()).add(paragraph)
    offsets, crcs, base = source.index
    counts: Counter[int] = Counter()
    me = topic._index
    for article, shared in mine.items():
        start, end = offsets[article], offsets[article + 1]
        others, where = _index_entry(source.read(base + start, end - start, crcs[article]))
        for other, paragraph in zip(others, where, strict=True):
            if other != me and paragraph in shared:
                counts[other] += 1
    if counts and max(counts) >= len(source.topics):
        raise TopicStoreDamaged()
    best = sorted(counts, key=lambda i: (-counts[i], i))[: max(limit, 0)]
    return tuple((source.topics[i], counts[i]) for i in best)


def _index_entry(data: bytes) -> tuple[array[int], array[int]]:
    half = len(data) // 2
    if len(data) % 8:
        raise TopicStoreDamaged()
    return _unpack(data[:half]), _unpack(data[half:])


# ----------------------------------------------------------------- loading


def load_topics(path: Path, fingerprint: str) -> tuple[tuple[StoredTopic, ...] | None, str | None]:
    """(topics, None) from a cache this code wrote; else (None, why it was not used).

    The reason is ``None`` when there was no cache yet; a stale, truncated or damaged one says
    so, and the façade works the topics out again.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        return None, None
    except OSError as error:
        return None, f"it could not be read ({error.strerror or error})"
    sections, reason = read_sections(fd, fingerprint, TOPICS_FORMAT, "body")
    if sections is None:
        os.close(fd)
        return None, reason
    count, items, base, body = sections
    if len(items) != count + 2:
        os.close(fd)
        return None, "it was cut short"
    try:
        return _topics(fd, items, base, body), None
    except (ValueError, TypeError):
        return None, "it was damaged"


def _topics(fd: int, items: list[Any], base: int, body: int) -> tuple[StoredTopic, ...]:
    """Stored topics from the cache's rows (``ValueError`` for rows of another layout)."""
    table, *rows, index = items
    if type(table) is not tuple or not all(type(a) is str for a in table):
        os.close(fd)
        raise ValueError("an article table of another layout")
    source = _Source(fd, table)  # closes the descriptor when the last topic goes
    set_id, set_name, set_kind, set_aliases, _, set_score = (
        Topic.__dict__[n].__set__ for n in _LAYOUT[Topic]
    )
    setter = object.__setattr__
    topics = []
    for number, row in enumerate(rows):
        ident, name, kind, aliases, score, count, first_seen, offset, length, crc = row
        if (
            type(ident) is not str
            or type(name) is not str
            or kind not in _KINDS
            or type(aliases) is not tuple
            or not all(type(a) is str for a in aliases)
            or type(score) not in (float, int)
            or type(count) is not int
            or not 0 <= offset <= offset + length <= body
        ):
            raise ValueError("a topic row of another layout")
        articles = _unpack(first_seen)
        if articles and max(articles) >= len(table):
            raise ValueError("a topic row of another layout")
        topic = object.__new__(StoredTopic)
        set_id(topic, ident)
        set_name(topic, name)
        set_kind(topic, kind)
        set_aliases(topic, aliases)
        set_score(topic, float(score))
        setter(topic, "_source", source)
        setter(topic, "_index", number)
        setter(topic, "_count", count)
        setter(topic, "_articles", articles)
        setter(topic, "_blob", (base + offset, length, crc))
        topics.append(topic)
    offsets, crcs = map(_unpack, index)
    if (
        len(offsets) != len(table) + 1
        or len(crcs) != len(table)
        or any(b < a for a, b in itertools.pairwise(offsets))
        or offsets[-1] != body
    ):
        raise ValueError("an article index of another layout")
    source.topics = tuple(topics)
    source.index = (offsets, crcs, base)
    return source.topics
