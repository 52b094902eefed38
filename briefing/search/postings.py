"""Whole posting lists read a block at a time, and a matcher over finished scores.

The fast paths (``phrases``, ``unions``) read a word's postings in bulk rather than through
Whoosh's matcher calls, one posting at a time; what they hand back to Whoosh's collector is a
``ScoredList``: the matching document numbers of one segment, ascending, with their scores.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from whoosh import matching
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.matching.wrappers import FilterMatcher


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
