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


def overview(articles: Iterable[Article]) -> PacketOverview:
    """Count outlets, dates and languages over ``articles``."""
    items = list(articles)
    outlets = Counter(a.source for a in items if a.source)
    dates = sorted(a.date for a in items if a.date is not None)
    languages = Counter(a.language for a in items if a.language)
    return PacketOverview(
        articles=len(items),
        outlets=tuple(sorted(outlets.items(), key=lambda kv: (-kv[1], kv[0].casefold()))),
        no_outlet=sum(1 for a in items if not a.source),
        first_date=dates[0] if dates else None,
        last_date=dates[-1] if dates else None,
        undated=len(items) - len(dates),
        languages=tuple(sorted(languages.items(), key=lambda kv: (-kv[1], kv[0]))),
    )
