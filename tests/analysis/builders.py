"""Building Articles in memory for the analysis tests (importable as ``analysis.builders``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

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
