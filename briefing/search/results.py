"""Running a parsed query and turning Whoosh hits into ``model.Hit``s.

Hit metadata comes from the caller's ``Article`` when it has one (the index and the article
set can briefly disagree during a sync), from the stored fields otherwise. Spans and
snippets are computed only here, for the hits actually returned.
"""

from __future__ import annotations

from typing import Any, Literal

from whoosh.searching import Searcher

from briefing.model import Article, Hit
from briefing.search.highlight import article_spans, snippets
from briefing.search.query import MatchTerms
from briefing.search.schema import article_id_from_key

SortOrder = Literal["relevance", "newest", "oldest"]
#: (article id, score, stored fields)
Row = tuple[str, float, dict[str, Any]]


def run_query(
    searcher: Searcher, parsed: Any, limit: int, sort: SortOrder
) -> tuple[list[Row], int]:
    """Top ``limit`` (id, score, stored fields) and the total number of matches.

    ``optimize=False``: with block-quality skipping Whoosh does not know the total, and
    ``len(results)`` then runs the whole query a second time (expanding prefix and fuzzy
    terms again). Scoring every match once is about twice as fast here (benchmarks/PROFILE.md).
    """
    if sort == "relevance":
        results = searcher.search(parsed, limit=max(1, limit), optimize=False)
        return [_row(r) for r in results], len(results)
    rows = [_row(r) for r in searcher.search(parsed, limit=None)]
    newest = sort == "newest"

    def key(row: Row) -> tuple[bool, float, str]:
        when = row[2].get("date")
        stamp = when.timestamp() if when is not None else 0.0
        return (when is None, -stamp if newest else stamp, row[0])

    rows.sort(key=key)
    return rows[: max(1, limit)], len(rows)


def _row(hit: Any) -> Row:
    return (article_id_from_key(str(hit["id"])), float(hit.score or 0.0), dict(hit.fields()))


def make_hit(
    row: Row,
    article: Article | None,
    terms: MatchTerms,
    with_snippets: bool,
) -> Hit:
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
    spans = article_spans(article, terms) if with_snippets else ()
    return Hit(
        article_id=article_id,
        title=article.title,
        source=article.source,
        date=article.date,
        score=score,
        spans=spans,
        snippets=snippets(article, spans) if with_snippets else (),
    )
