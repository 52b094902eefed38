"""What a packet is, in plain data: how many articles, which outlets, what dates, what languages.

The app shows this when a briefing opens (a newcomer's first question is "what am I looking
at?"), and it is plain data so the CLI or an export may use it too. Only what the articles
state is counted: an article without an outlet or a date is counted as such, never guessed.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from briefing.model import Article


@dataclass(frozen=True, slots=True)
class PacketOverview:
    """Counts over a packet's articles, most frequent first."""

    articles: int
    #: (outlet, articles), most articles first; articles stating no outlet are not listed.
    outlets: tuple[tuple[str, int], ...]
    no_outlet: int
    first_date: dt.date | None
    last_date: dt.date | None
    undated: int
    #: (language code, articles), most articles first.
    languages: tuple[tuple[str, int], ...]
    #: The first or last date is a month the text states, not a day (its stored day is the 1st).
    first_month: bool = False
    last_month: bool = False


def overview(articles: Iterable[Article]) -> PacketOverview:
    """Count outlets, dates and languages over ``articles``."""
    items = list(articles)
    outlets = Counter(a.source for a in items if a.source)
    dated = [a for a in items if a.date is not None]
    first = min(dated, key=_starts, default=None)
    last = max(dated, key=_ends, default=None)
    languages = Counter(a.language for a in items if a.language)
    return PacketOverview(
        articles=len(items),
        outlets=tuple(sorted(outlets.items(), key=lambda kv: (-kv[1], kv[0].casefold()))),
        no_outlet=sum(1 for a in items if not a.source),
        first_date=first.date if first else None,
        last_date=last.date if last else None,
        undated=len(items) - len(dated),
        languages=tuple(sorted(languages.items(), key=lambda kv: (-kv[1], kv[0]))),
        first_month=first is not None and first.date_precision == "month",
        last_month=last is not None and last.date_precision == "month",
    )


def _starts(article: Article) -> tuple[dt.date, int]:
    """When the article's date starts (a month before a day in it: "Oct" opens "Oct – 3 Oct")."""
    assert article.date is not None
    return article.date, article.date_precision == "day"


def _ends(article: Article) -> tuple[dt.date, int]:
    """When the article's date ends: a month stated alone runs to its last day."""
    assert article.date is not None
    if article.date_precision != "month":
        return article.date, 0
    following = (article.date.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return following - dt.timedelta(days=1), 1
