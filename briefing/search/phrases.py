"""Phrase queries matched from whole posting lists instead of one candidate at a time.

Whoosh runs ``"configuration file"`` as an intersection of the words' postings wrapped in a
span matcher: for every document holding all the words it builds ``Span`` objects for each
word's positions and compares them pairwise in Python, through four layers of matcher calls
(at 10,005 articles, 11,454 candidate postings and most of a phrase query's time). Here each
word's postings are read a block at a time (ids, weights and position lists as Whoosh's own
codec stores them), the documents holding every word are found with set intersections, and a
candidate matches when some position ``p`` of the first word has ``p + i`` among the positions
of word ``i`` — which is what Whoosh's ``SpanNear2(slop=1, ordered=True, mindist=1)`` accepts.

Scores are Whoosh's to the bit: each word's score comes from the very scorer Whoosh would
attach to that word's postings (same weight, same field length), and they are added in the
shape of Whoosh's binary intersection tree, then multiplied by the phrase's boost. Only the
default ``slop`` of 1 takes this path; ``"a b"~3`` runs Whoosh's own matcher.
"""

from __future__ import annotations

from itertools import accumulate
from pickle import loads
from typing import Any

from whoosh import matching
from whoosh import query as wq
from whoosh.formats import Positions

from briefing.search.postings import ScoredList, read_postings, term_scores

#: Bytes of the frequency Whoosh's ``Positions`` format writes before the pickled deltas.
_FREQUENCY_BYTES = 4
#: How each pickled list of gaps starts: protocol 2, then an empty list to append to.
_LIST_PICKLE = b"\x80\x02]"
#: Where the list's opcodes start (after the frequency and the protocol header).
_BODY = _FREQUENCY_BYTES + 2


class FastPhrase(wq.Phrase):
    """A ``Phrase`` whose matcher finds its documents from the words' whole posting lists."""

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        fieldname = self.fieldname
        if self.slop != 1 or not searcher.is_atomic() or fieldname not in searcher.schema:
            return super().matcher(searcher, context)
        field = searcher.schema[fieldname]
        if type(field.format) is not Positions:
            return super().matcher(searcher, context)  # also raises for a field without them
        reader = searcher.reader()
        words: list[bytes] = []
        for word in self.words:
            try:
                text = field.to_bytes(word)
            except ValueError:
                return matching.NullMatcher()
            if (fieldname, text) not in reader:
                return matching.NullMatcher()
            words.append(text)
        weighting = (context.weighting if context is not None else None) or searcher.weighting
        ids, scores = _phrase_matches(searcher, reader, fieldname, words, weighting)
        m: Any = ScoredList(ids, scores)
        if self.boost != 1.0:
            m = matching.WrappingMatcher(m, boost=self.boost)
        return m


def fast_phrases(q: Any) -> Any:
    """The query tree with every ``Phrase`` made a ``FastPhrase`` (same field, words, slop and
    boost), rebuilt with ``apply`` as the parser's rewrites are (``query._rewrite``)."""
    if type(q) is wq.Phrase:
        fast = FastPhrase(q.fieldname, list(q.words), slop=q.slop, boost=q.boost)
        fast.char_ranges = q.char_ranges
        return fast
    if q.is_leaf():
        return q
    return q.apply(fast_phrases)


def _phrase_matches(
    searcher: Any, reader: Any, fieldname: str, words: list[bytes], weighting: Any
) -> tuple[list[int], list[float]]:
    """(ids, scores) of the documents of one segment where ``words`` stand side by side."""
    postings = [read_postings(reader, fieldname, word) for word in words]
    rarest = min(range(len(words)), key=lambda i: len(postings[i][0]))
    candidates = set(postings[rarest][0])
    for i, (ids, _, _) in enumerate(postings):
        if i != rarest:
            candidates.intersection_update(ids)
        if not candidates:
            return [], []
    found = sorted(candidates)
    rows = [{d: (w, v) for d, w, v in zip(*p, strict=True) if d in candidates} for p in postings]
    columns = [[row[d] for d in found] for row in rows]  # per word: (weight, value) per doc
    deltas = [_decode_all([value for _, value in column]) for column in columns]
    keep = [i for i, per_word in enumerate(zip(*deltas, strict=True)) if _adjacent(per_word)]
    matched = [found[i] for i in keep]
    scores = [
        term_scores(searcher, reader, fieldname, word, weighting, matched, [c[i][0] for i in keep])
        for word, c in zip(words, columns, strict=True)
    ]
    return matched, [_tree_sum(list(parts)) for parts in zip(*scores, strict=True)]


def _adjacent(deltas: tuple[list[int], ...]) -> bool:
    """Whether positions ``p``, ``p + 1``, … of the words (each given as Whoosh's ``Positions``
    format stores them: gaps from the previous position) exist for some ``p``."""
    starts = set(accumulate(deltas[0]))
    for offset, gaps in enumerate(deltas[1:], start=1):
        starts.intersection_update([p - offset for p in accumulate(gaps)])
        if not starts:
            return False
    return True


def _decode_all(values: list[bytes]) -> list[list[int]]:
    """The position gaps of many postings of Whoosh's ``Positions`` format (a 4-byte frequency,
    then the gaps as a protocol-2 pickle of a list, its final STOP sometimes cut off), with one
    ``pickle.loads``: the lists' opcodes are joined into one pickled tuple. Values of another
    shape are decoded one by one, as ``Positions.decode_positions`` does."""
    if all(v.startswith(_LIST_PICKLE, _FREQUENCY_BYTES) for v in values):
        body = b"".join(v[_BODY:-1] if v.endswith(b".") else v[_BODY:] for v in values)
        decoded = loads(b"\x80\x02(" + body + b"t.")
        if len(decoded) == len(values):
            return list(decoded)
    return [
        loads(v[_FREQUENCY_BYTES:] if v.endswith(b".") else v[_FREQUENCY_BYTES:] + b".")
        for v in values
    ]


def _tree_sum(parts: list[float]) -> float:
    """Sum in the shape of ``whoosh.util.make_binary_tree`` over intersection matchers, whose
    score is ``a.score() + b.score()``: the same additions in the same order."""
    if len(parts) == 1:
        return parts[0]
    half = len(parts) // 2
    return _tree_sum(parts[:half]) + _tree_sum(parts[half:])
