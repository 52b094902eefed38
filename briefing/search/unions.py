"""``Or`` over many words scored from whole posting lists, above 5,000 documents.

Above Whoosh's own 5,000-document boundary every ``Or`` is run by Whoosh's array matcher
(``ArrayUnionMatcher``): it adds each alternative's scores into an array of document scores.
It still walks every posting through three or four matcher calls and a BM25F scorer that
looks each document's field length up in a column (at 10,005 articles ``user AND group AND
owner`` scored 10,000 postings that way, most of its time). ``FastOr`` fills the same array
from each word's postings read a block at a time, with BM25F's formula written out over them;
any other alternative (a phrase, a nested ``Or``, a date range) is added through its own
matcher exactly as the array matcher adds it.

Scores are Whoosh's to the bit: the same formula with the same operations in the same order
(``whoosh.scoring.bm25``), the same weights and field lengths, then the word's boost and the
``Or``'s boost, added per document in the order of the alternatives, as the array matcher
adds them. A document is a match when its sum is above zero, as the array matcher decides
(every score is positive when no boost is zero or negative; with one, Whoosh's own matcher
runs). Documents come out in ascending order, as from the array matcher.
"""

from __future__ import annotations

from array import array
from itertools import compress
from typing import Any

from whoosh import query as wq
from whoosh.matching import IntersectionMatcher, WrappingMatcher

from briefing.search.postings import ScoredList, read_postings, term_scores


class FastOr(wq.Or):
    """An ``Or`` run by Whoosh's array matcher, whose word alternatives are scored in bulk."""

    matcher_type = wq.Or.ARRAY_MATCHER

    def _matcher(self, subs: list[Any], searcher: Any, context: Any) -> Any:
        if (
            context is None
            or context.weighting is None  # counting only: Whoosh marks matches with 1
            or not searcher.is_atomic()
            or self.boost <= 0
            or any(getattr(leaf, "boost", 1.0) <= 0 for leaf in self.leaves())
        ):
            return super()._matcher(subs, searcher, context)
        reader = searcher.reader()
        doccount = searcher.doc_count_all()
        sums = array("d", bytes(8 * doccount))
        for sub in subs:
            if type(sub) is wq.Term and not sub.minquality:
                _add_term(sums, sub, self.boost, searcher, reader, context.weighting)
                continue
            m = sub.matcher(searcher, context)  # as ArrayUnionMatcher reads its sub-matchers
            while m.is_active():
                sums[m.id()] += m.score() * self.boost
                m.next()
        ids = list(compress(range(doccount), map((0.0).__lt__, sums)))
        return ScoredList(ids, [sums[i] for i in ids])


class FastAnd(wq.And):
    """An ``And`` whose matcher tree, once its branches are finished lists (``FastOr``,
    phrases), is worked out at once: the documents in both branches of each of Whoosh's
    intersection matchers, scored ``a + b`` as that matcher scores them."""

    def _matcher(self, subs: list[Any], searcher: Any, context: Any) -> Any:
        m = super()._matcher(subs, searcher, context)
        done = _collapse(m)
        return m if done is None else ScoredList(*done)


def array_unions(q: Any) -> Any:
    """The query tree with every ``Or`` made a ``FastOr`` and every ``And`` a ``FastAnd``
    (rebuilt with ``apply``)."""
    if type(q) is wq.Or:
        return FastOr(
            [array_unions(child) for child in q.subqueries],
            boost=q.boost,
            minmatch=q.minmatch,
            scale=q.scale,
        )
    if type(q) is wq.And:
        return FastAnd([array_unions(child) for child in q.subqueries], boost=q.boost)
    if q.is_leaf():
        return q
    return q.apply(array_unions)


def _collapse(m: Any) -> tuple[list[int], list[float]] | None:
    """(ids, scores) still ahead in a tree of intersection and boosting matchers over
    finished lists, or None when any part of it is something else."""
    if type(m) is ScoredList:
        at = m._i
        return list(m._ids[at:]), list(m._weights[at:])
    if type(m) is WrappingMatcher:
        child = _collapse(m.child)
        if child is None:
            return None
        boost = m.boost
        return child[0], [score * boost for score in child[1]]
    if type(m) is IntersectionMatcher:
        a = _collapse(m.a)
        b = _collapse(m.b) if a is not None else None
        if a is None or b is None:
            return None
        b_scores = dict(zip(*b, strict=True))
        ids = [d for d in a[0] if d in b_scores]
        a_scores = dict(zip(*a, strict=True))
        return ids, [a_scores[d] + b_scores[d] for d in ids]
    return None


def _add_term(
    sums: array[float], term: Any, boost: float, searcher: Any, reader: Any, weighting: Any
) -> None:
    """Add one word's BM25F scores (times its boost, then the ``Or``'s) into ``sums``."""
    fieldname = term.fieldname
    if fieldname not in searcher.schema:
        return
    field = searcher.schema[fieldname]
    try:
        text = field.to_bytes(term.text)
    except ValueError:
        return
    if (fieldname, text) not in reader:
        return
    ids, weights, _ = read_postings(reader, fieldname, text, with_values=False)
    scores = term_scores(searcher, reader, fieldname, text, weighting, ids, weights)
    factor = term.boost
    for d, s in zip(ids, scores, strict=True):
        sums[d] += s * factor * boost
