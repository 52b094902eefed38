"""Whether a candidate lede dates the main event's days (for :mod:`briefing.brief_lede`).

Kept apart from the lede's other counts because the day is a rule of its own, read from the
timeline rather than from the sentence's words: a sentence about the event dates its day (a
date on it weighs :data:`ON_DATE`; a weekday of an undated article, whose week is not known,
only :data:`ON_WEEKDAY`); a sentence dating only other days tells of another event (a date a
year or more before is background, not another event); and a photo caption, the present
tense with the event's full date (:mod:`.brief_lede_caption`), tells what a picture shows,
so its date does not count for it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefing.analysis.model import TimelineEntry
from briefing.brief_lede_caption import present_caption, writes_year
from briefing.brief_lede_report import dates_report
from briefing.brief_when import When

if TYPE_CHECKING:
    from briefing.brief_lede import Lede

#: A weekday names the main event's day only when the event lies within one week.
WEEK = 7
#: What a date on the main event's day weighs, and a weekday of an undated article (whose
#: week is not known: "the prosecutor said Sunday", weeks later).
ON_DATE, ON_WEEKDAY = 3, 1
#: A date this long before the main event is background ("devastated by fire in April 2019,
#: the cathedral reopened…"), not another event the sentence is about.
BACKGROUND_DAYS = 365


def paragraph_of(lede: Lede) -> tuple[str, int]:
    """The key of :func:`dated_paragraphs` the lede's entries are under."""
    return (lede.article_id, lede.paragraph)


def dated_paragraphs(
    timeline: Sequence[TimelineEntry],
) -> dict[tuple[str, int], list[TimelineEntry]]:
    """The timeline's event entries by (article id, paragraph)."""
    by_paragraph: dict[tuple[str, int], list[TimelineEntry]] = {}
    for entry in timeline:
        if entry.event:
            by_paragraph.setdefault((entry.article_id, entry.paragraph), []).append(entry)
    return by_paragraph


def on_day(lede: Lede, entries: Sequence[TimelineEntry], when: When | None) -> tuple[int, int]:
    """How firmly the sentence dates the main event's days (``ON_DATE``, ``ON_WEEKDAY`` or
    0), and how many of its dates fall on other days (background long before aside)."""
    if when is None:
        return (0, 0)
    on = off = 0
    for entry in entries:
        if not lede.start <= entry.phrase_span.start < lede.end:
            continue
        verdict = _entry_on(entry, when)
        if verdict is False and dates_report(lede.text, entry.phrase_span.start - lede.start):
            continue  # "the prefect told the broadcaster Sunday": the day of a statement
        if verdict is True:
            weekday = entry.date is None and entry.weekday is not None
            on = max(on, ON_WEEKDAY if weekday else ON_DATE)
        elif verdict is False and not _background(entry, when):
            off += 1
    return (on, off)


def captioned(
    lede: Lede, language: str, entries: Sequence[TimelineEntry], when: When | None
) -> bool:
    """The sentence writes the main event's full date, its year too, and tells in the
    present what a picture shows (:mod:`.brief_lede_caption`)."""
    full = when is not None and any(
        lede.start <= entry.phrase_span.start < lede.end
        and entry.precision == "day"
        and writes_year(entry.phrase)
        and _entry_on(entry, when) is True
        for entry in entries
    )
    return full and present_caption(lede.text, language)


def _entry_on(entry: TimelineEntry, when: When) -> bool | None:
    """True on the main event's days, False on another day, None when it cannot be told
    (a month or a year that holds them, a date with nothing to compare)."""
    first, last = when.first, when.last
    if when.first_month or when.last_month:
        return None  # a month-long event: any of its days may be meant
    if entry.date is not None:
        end = entry.until or entry.date
        if entry.precision == "day":
            return entry.date <= last and first <= end
        if entry.precision == "month":
            inside = (entry.date.year, entry.date.month) in {
                (first.year, first.month),
                (last.year, last.month),
            }
            return None if inside else False
        return None if entry.date.year in (first.year, last.year) else False
    if entry.month and entry.day:
        span = _span_days(when)
        return any((d.month, d.day) == (entry.month, entry.day) for d in span)
    if entry.weekday is not None and (last - first).days < WEEK:
        return any(d.weekday() == entry.weekday for d in _span_days(when))
    return None


def _background(entry: TimelineEntry, when: When) -> bool:
    return entry.date is not None and (when.first - entry.date).days > BACKGROUND_DAYS


def _span_days(when: When) -> list[dt.date]:
    count = min((when.last - when.first).days, 31)
    return [when.first + dt.timedelta(days=i) for i in range(count + 1)]
