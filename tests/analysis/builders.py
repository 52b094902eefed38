"""Building Articles in memory for the analysis tests (importable as ``analysis.builders``)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path

from briefing.analysis import Discrepancy, find_discrepancies
from briefing.model import Article, Paragraph, ParagraphKind

MakeArticle = Callable[..., Article]


def make_article(
    article_id: str,
    *paragraphs: str | tuple[str, ParagraphKind],
    date: dt.date | None = None,
    source: str | None = None,
) -> Article:
    """An Article whose paragraphs are the given strings (or (text, kind) pairs)."""
    built = tuple(Paragraph(p) if isinstance(p, str) else Paragraph(p[0], p[1]) for p in paragraphs)
    return Article(
        id=article_id,
        path=Path(f"/nonexistent/{article_id}.txt"),
        title=None,
        source=source or f"Outlet {article_id}",
        date=date,
        paragraphs=built,
    )


def in_language(language: str, article_id: str, *paragraphs: str) -> Article:
    """An article of ``paragraphs`` in ``language`` (the reader's detected language)."""
    return dataclasses.replace(make_article(article_id, *paragraphs), language=language)


def figure_flags(*articles: Article) -> list[Discrepancy]:
    """The figure disagreements found among ``articles``."""
    return [d for d in find_discrepancies(articles) if d.kind == "figure"]


def values_by_article(found: Discrepancy) -> dict[str, tuple[str, ...]]:
    """Each value a disagreement's claims state → the articles that state it."""
    return {c.value: c.article_ids for c in found.claims}


def figure_values(*articles: Article) -> list[dict[str, tuple[str, ...]]]:
    """Each figure disagreement among ``articles`` as value → the articles stating it."""
    return [values_by_article(d) for d in figure_flags(*articles)]


def claim_values(found: Discrepancy) -> set[str]:
    """The values a disagreement's claims state."""
    return {c.value for c in found.claims}


def article_in(language: str, article_id: str, text: str, date: dt.date | None = None) -> Article:
    """A one-paragraph article in ``language``, dated ``date`` when given."""
    return dataclasses.replace(make_article(article_id, text, date=date), language=language)


#: The day a stand collapsed in :func:`collapse_story` (a Thursday).
COLLAPSE_DAY = dt.date(2026, 3, 12)


def collapse_story() -> list[Article]:
    """Three dated articles date a stand's collapse to Thursday 12 March 2026 (the main day)
    in three languages; none gives a toll: the story the report-day tests add tolls to."""
    return [
        article_in(
            "en", "a", "A stand collapsed on Thursday at the Korvala stadium.", COLLAPSE_DAY
        ),
        article_in(
            "es", "b", "Una tribuna se derrumbó el jueves en el estadio de Korvala.", COLLAPSE_DAY
        ),
        article_in(
            "fr", "c", "Une tribune s'est effondrée jeudi au stade de Korvala.", COLLAPSE_DAY
        ),
    ]


def toll_flags(articles: list[Article]) -> list[Discrepancy]:
    """The disagreements on how many died among ``articles``."""
    return [d for d in find_discrepancies(articles) if d.subject.startswith("how many dead")]
