"""Running a parsed query and turning Whoosh hits into ``model.Hit``s.

Hit metadata comes from the caller's ``Article`` when it has one (the index and the article
set can briefly disagree during a sync), from the stored fields otherwise. Spans and
snippets are computed only here, for the hits actually returned.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from heapq import heapify, nlargest
from typing import Any, Literal

from whoosh.collectors import TopCollector
from whoosh.searching import Searcher

from briefing.model import Article, Hit, Snippet, Span
from briefing.search.highlight import article_spans, snippets
from briefing.search.match_terms import MatchTerms
from briefing.search.phrases import fast_phrases
from briefing.search.postings import ScoredList
from briefing.search.schema import article_id_from_key
from briefing.search.unions import array_unions

SortOrder = Literal["relevance", "newest", "oldest"]
#: (article id, score, stored fields)
Row = tuple[str, float, dict[str, Any]]


def run_query(
    searcher: Searcher, parsed: Any, limit: int, sort: SortOrder
) -> tuple[list[Row], int]:
    """Top ``limit`` (id, score, stored fields) and the total number of matches.

    One pass that scores every match. Whoosh's default skips blocks that cannot reach the
    top N, so it does not know the total and ``len(results)`` runs the query a second time.
    ``optimize=False`` alone is no cure: the collector still *replaces* a union it no longer
    needs whole by an intersection once its heap is full, and then counts only what the
    intersection visits (at 10,000 articles "memory" reported 532 of 2,667 matches). With
    replacement off too, the total is exact and a query costs about two thirds of the
    default's two passes.
    """
    parsed = fast_phrases(parsed)
    if searcher.doc_count_all() > ARRAY_FROM:
        parsed = _array_unions(parsed)
    if sort == "relevance":
        collector = _TopCollector(max(1, limit), usequality=False, replace=0)
        searcher.search_with_collector(parsed, collector)
        results = collector.results()
        return [_row(r) for r in results], len(results)
    rows = [_row(r) for r in searcher.search(parsed, limit=None)]
    newest = sort == "newest"

    def key(row: Row) -> tuple[bool, float, str]:
        when = row[2].get("date")
        stamp = when.timestamp() if when is not None else 0.0
        return (when is None, -stamp if newest else stamp, row[0])

    rows.sort(key=key)
    return rows[: max(1, limit)], len(rows)


#: Whoosh's own boundary: at or below it, its heuristics already choose the array matcher
#: for most unions, and its choice is kept (nothing changes at 1,000 articles).
ARRAY_FROM = 5000


def _array_unions(q: Any) -> Any:
    """The tree with every ``Or`` collecting its matches into an array of scores.

    Above ``ARRAY_FROM`` documents Whoosh joins the alternatives of an ``Or`` (each field of a word,
    each word of an expanded ``thread*``) as a binary tree of union matchers, walked in
    Python one document at a time; its array matcher adds each alternative's postings into
    one score per document instead, and ``unions.FastOr`` does that from whole posting
    lists. Both give the same documents, scores and totals; at 10,000 articles ``thread*``
    went from 352 to 52 ms with Whoosh's array matcher (benchmarks/PROFILE.md). Nothing here
    needs the tree's one virtue, knowing the current match's spans while scoring.
    """
    return array_unions(q)


class _TopCollector(TopCollector):
    """Whoosh's top-N collector, taking a segment's finished list of matches (``FastOr``,
    ``FastAnd``, phrases) at once instead of one ``matcher`` call after another.

    Whoosh keeps a heap of ``(score, -document)`` and lets a later document in only with a
    strictly higher score; documents arrive in ascending order, so that is exactly the top N
    of ``(score, -document)`` over all matches, which ``heapq.nlargest`` finds in one call.
    """

    items: list[tuple[float, int]]

    def collect_matches(self) -> None:
        m = self.matcher
        if type(m) is not ScoredList or self.final_fn:
            super().collect_matches()
            return
        offset, at = self.offset, m._i
        found = [
            (score, -(offset + d)) for d, score in zip(m._ids[at:], m._weights[at:], strict=True)
        ]
        self.total += len(found)
        self.items = nlargest(self.limit, [*self.items, *found])
        heapify(self.items)
        if len(self.items) == self.limit:
            self.minscore = self.items[0][0]


def _row(hit: Any) -> Row:
    return (article_id_from_key(str(hit["id"])), float(hit.score or 0.0), dict(hit.fields()))


class HighlightCache:
    """Spans and snippets by (article id, content hash, matched terms), least recently used
    dropped first.

    Search as you type asks for the same hits again and again (a pane refresh, a backspace,
    a query typed once more); re-tokenising their paragraphs is most of a search's cost.
    The content hash keys the article's text, so a changed article is never served stale
    spans; articles without one (built in memory) are not cached.
    """

    def __init__(self, size: int = 1024) -> None:
        self._size = size
        self._entries: OrderedDict[Any, tuple[tuple[Span, ...], tuple[Snippet, ...]]] = (
            OrderedDict()
        )
        self._lock = threading.Lock()

    def highlights(
        self, article: Article, terms: MatchTerms
    ) -> tuple[tuple[Span, ...], tuple[Snippet, ...]]:
        """(spans, snippets) of ``article`` for ``terms``, computed at most once while kept."""
        key = (article.id, article.content_hash, terms) if article.content_hash else None
        if key is not None:
            with self._lock:
                found = self._entries.get(key)
                if found is not None:
                    self._entries.move_to_end(key)
                    return found
        spans = article_spans(article, terms)
        value = (spans, snippets(article, spans))
        if key is not None:
            with self._lock:
                self._entries[key] = value
                while len(self._entries) > self._size:
                    self._entries.popitem(last=False)
        return value


def make_hit(
    row: Row,
    article: Article | None,
    terms: MatchTerms,
    with_snippets: bool,
    cache: HighlightCache | None = None,
) -> Hit:
    """A ``Hit`` for one result row; spans and snippets only when ``with_snippets``."""
    article_id, score, stored = row
    if article is None:  # the index is ahead of or behind the caller's articles
        when = stored.get("date")
        return Hit(
            article_id=article_id,
            title=stored.get("title") or None,
            source=stored.get("source"),
            date=when.date() if when is not None else None,
            score=score,
        )
    spans: tuple[Span, ...] = ()
    excerpts: tuple[Snippet, ...] = ()
    if with_snippets:
        if cache is not None:
            spans, excerpts = cache.highlights(article, terms)
        else:
            spans = article_spans(article, terms)
            excerpts = snippets(article, spans)
    return Hit(
        article_id=article_id,
        title=article.title,
        source=article.source,
        date=article.date,
        date_precision=article.date_precision,
        score=score,
        spans=spans,
        snippets=excerpts,
    )
