"""The day a statement speaks of, with or without a year, and when two such days agree.

An undated article's "October 8" has no year, and none is borrowed (see ``timeline``). It
can still be compared: "October 6" and "October 8, 2025" name different days whatever the
year, while "October 8" and "October 8, 2025" do not disagree. A ``Day`` keeps exactly what
the text supports and says which comparisons that allows.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from briefing.analysis.model import TimelineEntry
from briefing.analysis.text import Sentence


@dataclass(frozen=True, slots=True, order=True)
class Day:
    """A month and day, with the year when the text gives one."""

    month: int
    day: int
    year: int | None = None

    @property
    def label(self) -> str:
        """ "8 October 2025", or "8 October (no year given)"."""
        name = dt.date(2000, self.month, 1).strftime("%B")
        return (
            f"{self.day} {name} {self.year}" if self.year else f"{self.day} {name} (no year given)"
        )

    @property
    def short(self) -> str:
        """ "8 October 2025", or "8 October" when no year is given."""
        name = dt.date(2000, self.month, 1).strftime("%B")
        return f"{self.day} {name} {self.year}" if self.year else f"{self.day} {name}"

    def agrees(self, other: Day) -> bool:
        """Same month and day, and the same year where both state one."""
        same_day = (self.month, self.day) == (other.month, other.day)
        return same_day and (self.year is None or other.year is None or self.year == other.year)


def day_of(entry: TimelineEntry) -> Day | None:
    """The day an entry is about, if it names one (a day-precision date or a month and day)."""
    if entry.date is not None and entry.precision == "day":
        return Day(entry.date.month, entry.date.day, entry.date.year)
    if entry.date is None and entry.month and entry.day:
        return Day(entry.month, entry.day)
    return None


def merge_days(days: Iterable[Day]) -> dict[Day, Day]:
    """Each day → the day it is shown as: a year-less day joins the one dated day that
    agrees with it, so "8 October" and "8 October 2025" are one value, not two."""
    by_day: dict[tuple[int, int], set[int | None]] = defaultdict(set)
    days = list(days)
    for day in days:
        by_day[(day.month, day.day)].add(day.year)
    shown: dict[Day, Day] = {}
    for day in days:
        years = {y for y in by_day[(day.month, day.day)] if y is not None}
        if day.year is None and len(years) == 1:
            shown[day] = Day(day.month, day.day, next(iter(years)))
        else:
            shown[day] = day
    return shown


def days_by_sentence(entries: Sequence[TimelineEntry]) -> dict[tuple[str, int, int], Day]:
    """(article id, paragraph, sentence start) → the day that sentence dates itself to."""
    days: dict[tuple[str, int, int], Day] = {}
    for entry in entries:
        day = day_of(entry)
        if day is not None:
            span = entry.sentence_span
            days.setdefault((entry.article_id, span.paragraph, span.start), day)
    return days


def context_day(
    days: dict[tuple[str, int, int], Day],
    article_id: str,
    paragraph: int,
    parts: Sequence[Sentence],
    position: int,
) -> Day | None:
    """The day a sentence speaks of: its own date, else the last one earlier in the paragraph."""
    for earlier in reversed(parts[: position + 1]):
        day = days.get((article_id, paragraph, earlier.start))
        if day is not None:
            return day
    return None
