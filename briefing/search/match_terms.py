"""Which index terms a parsed query matched, for highlighting the hits.

Kept apart from ``query.py`` (what the user typed → a Whoosh query): highlighting needs only the
finished query and the reader, and the snippet and reader code import ``MatchTerms`` without the
parser's rewrites.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from whoosh import query as wq
from whoosh.reading import IndexReader

from briefing.search.schema import STEMMED_FIELDS

#: Cap on how many index terms one pattern contributes to highlighting.
MAX_EXPANSIONS = 500


@dataclass(frozen=True, slots=True)
class MatchTerms:
    """What a query matched, in the terms of the analyzers (for highlighting).

    ``stemmed`` are terms of the stemmed fields (patterns arrive here already expanded to
    stems), ``exact`` unstemmed words, ``phrases`` stem sequences that must be adjacent.
    """

    stemmed: frozenset[str] = frozenset()
    exact: frozenset[str] = frozenset()
    phrases: tuple[tuple[str, ...], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.stemmed or self.exact or self.phrases)


def positive_leaves(q: wq.Query) -> Iterator[wq.Query]:
    """Leaves that contribute matches: nothing under ``NOT`` or the right of ``ANDNOT``."""
    if isinstance(q, wq.Not):
        return
    if isinstance(q, wq.AndNot):
        yield from positive_leaves(q.a)
        return
    if q.is_leaf():
        yield q
        return
    for child in q.children():
        yield from positive_leaves(child)


def match_terms(q: wq.Query, reader: IndexReader) -> MatchTerms:
    """Collect the terms (patterns expanded against ``reader``) a query highlights."""
    stemmed: set[str] = set()
    phrases: list[tuple[str, ...]] = []
    for leaf in positive_leaves(q):
        field = leaf.field() if hasattr(leaf, "field") else None
        if isinstance(leaf, wq.Every) or field not in STEMMED_FIELDS:
            continue
        if isinstance(leaf, wq.Phrase):
            words = tuple(str(w) for w in leaf.words)
            if len(words) == 1:
                stemmed.add(words[0])
            elif words and words not in phrases:
                phrases.append(words)
        elif isinstance(leaf, wq.Term):
            stemmed.add(str(leaf.text))
        else:  # a pattern that was not expanded against the vocabulary
            for count, (_, btext) in enumerate(leaf.expanded_terms(reader)):
                if count >= MAX_EXPANSIONS:
                    break
                stemmed.add(btext.decode("utf-8") if isinstance(btext, bytes) else str(btext))
    return MatchTerms(frozenset(stemmed), frozenset(), tuple(phrases))
