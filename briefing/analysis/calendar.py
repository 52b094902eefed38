"""The timeline arranged for reading: days in order, each source's statements under the day.

Shared by ``briefing timeline`` and the exported brief so both tell the same story: dated
days first, then month-only "earlier and later" context, then what could not be dated.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from briefing.analysis.model import TimelineEntry


@dataclass(frozen=True, slots=True)
class Calendar:
    """Timeline entries split by how precisely they are dated."""

    #: Day → entries, days in order.
    days: dict[dt.date, list[TimelineEntry]]
    #: Month- and year-precision entries ("In September 2024", "in 2019"), in date order.
    background: list[TimelineEntry]
    #: Entries with no date, kept with the reason.
    undated: list[TimelineEntry]

    @property
    def day_and_month(self) -> dict[tuple[int, int], list[TimelineEntry]]:
        """Undated entries that name a day and month ("October 8" in an article that gives
        no year), by (month, day) in calendar order: listed apart, never given a year."""
        found: dict[tuple[int, int], list[TimelineEntry]] = defaultdict(list)
        for entry in self.undated:
            if entry.month and entry.day:
                found[(entry.month, entry.day)].append(entry)
        return dict(sorted(found.items()))

    @property
    def no_day(self) -> list[TimelineEntry]:
        """Undated entries that name no day ("today" in an undated article)."""
        return [e for e in self.undated if not (e.month and e.day)]

    def to_json(self) -> dict[str, Any]:
        """The JSON shape of ``briefing timeline --json``: days → sources → statements."""
        return {
            "days": [
                {
                    "date": day.isoformat(),
                    "sources": [
                        {
                            "article_id": article_id,
                            "source": statements[0].source,
                            "statements": [e.to_json() for e in statements],
                        }
                        for article_id, statements in by_source(entries).items()
                    ],
                }
                for day, entries in self.days.items()
            ],
            "background": [e.to_json() for e in self.background],
            "unresolved": [e.to_json() for e in self.undated],
        }


def arrange(entries: Iterable[TimelineEntry]) -> Calendar:
    """Split ``entries`` into days, background and undated; captions, credits and trivia
    (``event`` False) date the articles but are not events, so they are left out."""
    days: dict[dt.date, list[TimelineEntry]] = defaultdict(list)
    background: list[TimelineEntry] = []
    undated: list[TimelineEntry] = []
    for entry in entries:
        if not entry.event:
            continue
        if entry.date is None:
            undated.append(entry)
        elif entry.precision == "day":
            days[entry.date].append(entry)
        else:
            background.append(entry)
    background.sort(key=lambda e: (e.date, e.article_id))
    return Calendar(dict(sorted(days.items())), background, undated)


def by_source(entries: Iterable[TimelineEntry]) -> dict[str, list[TimelineEntry]]:
    """Article id → its entries, one per sentence (a sentence with two dates shows once)."""
    grouped: dict[str, list[TimelineEntry]] = defaultdict(list)
    for entry in entries:
        if all(e.sentence_span != entry.sentence_span for e in grouped[entry.article_id]):
            grouped[entry.article_id].append(entry)
    return dict(grouped)
