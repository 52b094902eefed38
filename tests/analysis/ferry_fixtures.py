"""The ferry story the main-day and time-zone tests share (importable as
``analysis.ferry_fixtures``): a ferry capsized on Thursday 12 March 2026, told by three
articles in three languages, and the main event's day flags of a packet."""

from __future__ import annotations

import dataclasses
import datetime as dt

from analysis.builders import make_article

from briefing.analysis import Discrepancy, find_discrepancies
from briefing.model import Article

THURSDAY = dt.date(2026, 3, 12)


def in_language(language: str, article_id: str, text: str, date: dt.date | None = None) -> Article:
    """A written article in ``language``, dated ``date`` when given."""
    return dataclasses.replace(make_article(article_id, text, date=date), language=language)


def ferry_story() -> list[Article]:
    """Three articles in three languages date the capsizing to Thursday 12 March."""
    return [
        in_language(
            "en", "a", "A ferry capsized on Thursday near the harbour, killing nine.", THURSDAY
        ),
        in_language("es", "b", "El ferry volcó el jueves cerca del puerto.", THURSDAY),
        in_language("de", "c", "Die Fähre kenterte am Donnerstag vor dem Hafen.", THURSDAY),
    ]


def main_event_days(articles: list[Article]) -> list[Discrepancy]:
    """The flags about the main event's day among a packet's disagreements."""
    return [d for d in find_discrepancies(articles) if d.subject.startswith("the main event")]
