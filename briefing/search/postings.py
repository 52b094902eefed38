"""Whole posting lists read a block at a time, and a matcher over finished scores.

The fast paths (``phrases``, ``unions``) read a word's postings in bulk rather than through
Whoosh's matcher calls, one posting at a time; what they hand back to Whoosh's collector is a
``ScoredList``: the matching document numbers of one segment, ascending, with their scores.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any
from weakref import WeakKeyDictionary

from whoosh import matching
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher, W3PerDocReader, _lenfield
from whoosh.columns import NumericColumn
from whoosh.matching.wrappers import FilterMatcher
from whoosh.scoring import BM25FScorer
from whoosh.util.numeric import byte_to_length

#: Per segment reader and field: each document's field length as Whoosh's scorer reads it.
_LENGTHS: WeakKeyDictionary[Any, dict[str, list[int]]] = WeakKeyDictionary()


class ScoredList(matching.ListMatcher):
    """Document numbers (ascending) with their finished scores."""

    _i: int

    def __init__(self, ids: list[int], scores: list[float]) -> None:
        super().__init__(ids, scores)

    def score(self) -> float:
        return float(self._weights[self._i])

    def skip_to(self, id: int) -> None:
        if not self.is_active():
            raise matching.ReadTooFar
        if id > self._ids[self._i]:
            self._i = bisect_left(self._ids, id, self._i)

    def supports(self, astype: str) -> bool:
        return False  # no positions or other values are kept

    def supports_block_quality(self) -> bool:
        return False


def read_postings(
    reader: Any, fieldname: str, word: bytes, *, with_values: bool = True
) -> tuple[list[int], list[float], list[bytes]]:
    """(ids, weights, encoded values) of one word's postings in one segment, deleted
    documents left out; ``word`` must be in ``reader``. On-disk postings are read a block at
    a time (whoosh-reloaded 2.7.5's ``W3LeafMatcher``, pinned); inlined ones one by one.
    Without ``with_values`` the values list stays empty."""
    m = reader.postings(fieldname, word)
    filtered = isinstance(m, FilterMatcher)  # the segment has deleted documents
    if filtered:
        m = m.child
    ids: list[int] = []
    weights: list[float] = []
    values: list[bytes] = []
    if isinstance(m, W3LeafMatcher):
        while m.is_active():
            if m._ids is None:
                m._read_ids()
            if m._weights is None:
                m._read_weights()
            start = m._i
            ids.extend(m._ids[start:])
            weights.extend(m._weights[start:])
            if with_values:
                if m._values is None:
                    m._read_values()
                values.extend(m._values[start:])
            m._next_block()
    else:  # inlined postings of a rare word, or another codec
        while m.is_active():
            ids.append(m.id())
            weights.append(m.weight())
            if with_values:
                values.append(m.value())
            m.next()
    if filtered:
        keep = [i for i, d in enumerate(ids) if not reader.is_deleted(d)]
        ids = [ids[i] for i in keep]
        weights = [weights[i] for i in keep]
        values = [values[i] for i in keep] if with_values else values
    return ids, weights, values


def term_scores(
    searcher: Any,
    reader: Any,
    fieldname: str,
    text: bytes,
    weighting: Any,
    ids: list[int],
    weights: list[float],
) -> list[float]:
    """The score Whoosh's matcher for ``text`` would give each posting (``ids``, ``weights``):
    its scorer's own, with BM25F's formula written out over the postings when that is the
    scorer (``whoosh.scoring.bm25``, operation for operation: the same floats)."""
    scorer = weighting.scorer(searcher, fieldname, text, qf=1)
    if type(scorer) is not BM25FScorer:  # another model: its own score per posting
        at = _Posting(scorer)
        return [at(d, w) for d, w in zip(ids, weights, strict=True)]
    idf, avgfl, b, k1 = scorer.idf, scorer.avgfl, scorer.B, scorer.K1
    lengths = _field_lengths(searcher, reader, fieldname)
    return [
        idf * ((tf * (k1 + 1)) / (tf + k1 * ((1 - b) + b * lengths[d] / avgfl)))
        for d, tf in zip(ids, weights, strict=True)
    ]


def _field_lengths(searcher: Any, reader: Any, fieldname: str) -> list[int]:
    """Every document's length in ``fieldname`` as ``BM25FScorer`` asks for it
    (``searcher.doc_field_length(docnum, fieldname, 1)``), read once per segment."""
    per_field = _LENGTHS.get(reader)
    if per_field is None:
        per_field = _LENGTHS[reader] = {}
    found = per_field.get(fieldname)
    if found is None:
        found = _bulk_lengths(searcher.ixreader, fieldname, reader.doc_count_all())
        if found is None:
            length = searcher.doc_field_length
            found = [length(d, fieldname, 1) for d in range(reader.doc_count_all())]
        per_field[fieldname] = found
    return found


def _bulk_lengths(reader: Any, fieldname: str, count: int) -> list[Any] | None:
    """``[reader.doc_field_length(d, fieldname, 1) for d in range(count)]`` from one read of
    the segment's length column (a byte per document), or None when the reader is not the
    whoosh3 segment reader this follows (``W3PerDocReader.doc_field_length``, pinned
    whoosh-reloaded 2.7.5). One call per document cost ~40 ms per field at 10,005 articles,
    paid by the first query of every launch: the first keys typed."""
    perdoc: Any = getattr(reader, "_perdoc", None)
    if type(perdoc) is not W3PerDocReader or reader.is_closed:
        return None
    column = perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
    if column is None:
        return [1] * count
    if type(column) is not NumericColumn.Reader or column._fixedlen != 1:
        return None
    stored = min(column._count, count)
    raw = column._dbfile.get(column._basepos, stored) + bytes(count - stored)
    # A zero byte (no words in the field) answers None there, as Whoosh's reader does.
    return [byte_to_length(b) if b else None for b in raw]


class _Posting:
    """Scores one posting through a scorer that reads ``weight()`` and ``id()``."""

    __slots__ = ("docnum", "scorer", "w")

    def __init__(self, scorer: Any) -> None:
        self.scorer = scorer
        self.docnum = 0
        self.w = 0.0

    def __call__(self, docnum: int, weight: float) -> float:
        self.docnum, self.w = docnum, weight
        return float(self.scorer.score(self))

    def id(self) -> int:
        return self.docnum

    def weight(self) -> float:
        return self.w
