"""The brief's When line: the main event's date or span first, then the articles' own dates.

A reader asks "when did it happen?" before "when was it written?". The span of every day the
sources date events to is not that answer: one outlet recalling the fire of 2019, or a
cardinal's birth in 1955, stretches it over years. So the line gives, in this order:

- the main event's days as the event topic names them ("Heist at the Louvre, 19 Oct 2025":
  :mod:`briefing.topics.events` dates it from the story's own timeline); a month the name
  gives alone stays a month; a day that is the act's prelude, the act's day instead
  (:mod:`briefing.brief_act_day`);
- else the story's days: the run of days around the day most outlets date events to (gaps of
  at most ``RUN_GAP`` days), leaving out days long before the latest article — what one
  outlet recalls is background, not the story;
- else the day most outlets date events to without a year ("lundi 29 janvier", "29 января" in
  undated articles), placed in the one year that puts it within ``YEARLESS_DAYS`` before the
  earliest dated article or on the articles' days (:func:`yearless_day`);
- then, always, the articles' dates ("articles dated 19–23 October 2025; 5 undated"), a month
  an article states alone shown as a month.

Nothing is guessed: with no event date and no day two outlets agree on, only the articles'
dates are given.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefing.analysis.model import TimelineEntry
from briefing.markdown import day_span
from briefing.model import Article
from briefing.overview import overview

#: English month names and abbreviations as the brief writes them, to their numbers.
MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        1,
    )
    for name in names
}
#: One end of a span as ``display.date_span`` writes it: "8", "8 Oct", "Oct 2025", "8 Oct 2025".
_END = re.compile(r"^(\d{1,2}(?!\d))?\s*([A-Za-z]{3,9})?\s*(\d{4})?$")
#: Days between two story days that still make one run ("Friday … Sunday" of one weekend).
RUN_GAP = 2
#: A day this long before the latest article is something the story recalls.
BACKGROUND_DAYS = 365
#: A yearless day may fall this many days before the earliest dated article (reports follow).
YEARLESS_DAYS = 7


@dataclass(frozen=True, slots=True)
class When:
    """A span of days; an end the text gives only as a month is marked so (its day is 1)."""

    first: dt.date
    last: dt.date
    first_month: bool = False
    last_month: bool = False

    def __str__(self) -> str:
        return day_span(
            self.first, self.last, first_month=self.first_month, last_month=self.last_month
        )


def event_when(name: str | None) -> When | None:
    """The days at the end of a main event's name ("…, 8–10 Oct 2025", "…, 30 Sep – 2 Oct
    2025", "…, Oct 2024"), or None when the name ends with no date."""
    if not name or "," not in name:
        return None
    tail = name.rsplit(",", 1)[1].strip()
    parts = [p.strip() for p in re.split(r"[–—]|\s-\s", tail)]
    if not 1 <= len(parts) <= 2 or not all(parts):
        return None
    ends = [_END.match(p) for p in parts]
    if not all(ends):
        return None
    read = [(m.group(1), m.group(2), m.group(3)) for m in ends if m]
    day2, month2, year2 = read[-1]
    if month2 is None or year2 is None or month2.casefold() not in MONTHS:
        return None
    last_month = MONTHS[month2.casefold()]
    try:
        last = dt.date(int(year2), last_month, int(day2 or 1))
        if len(read) == 1:
            return When(last, last, day2 is None, day2 is None)
        day1, month1, year1 = read[0]
        if month1 is not None and month1.casefold() not in MONTHS:
            return None
        first = dt.date(
            int(year1 or year2),
            MONTHS[month1.casefold()] if month1 else last_month,
            int(day1 or 1),
        )
    except ValueError:
        return None
    if (day1 is None and month1 is None) or first > last:
        return None
    return When(first, last, day1 is None, day2 is None)


def event_days(
    main_event: str | None, entries: Sequence[TimelineEntry], articles: Sequence[Article]
) -> When | None:
    """The main event's days as its name gives them (:func:`event_when`), a prelude's day
    moved to the act's (:func:`briefing.brief_act_day.act_day`)."""
    from briefing.brief_act_day import act_day

    return act_day(event_when(main_event), entries, articles)


def story_run(entries: Sequence[TimelineEntry], latest: dt.date | None) -> When | None:
    """The run of days around the day most outlets date events to: days at least two
    articles date events to, each within ``RUN_GAP`` days of the next, none long before
    ``latest``. None when no day has two outlets."""
    outlets: dict[dt.date, set[str]] = {}
    for entry in entries:
        if not (entry.event and entry.date and entry.precision == "day"):
            continue
        if latest is None or (latest - entry.date).days <= BACKGROUND_DAYS:
            outlets.setdefault(entry.date, set()).add(entry.article_id)
    shared = sorted(day for day, ids in outlets.items() if len(ids) > 1)
    if not shared:
        return None
    # The busiest day; on a tie the earliest (the event comes before its aftermath).
    peak = min(shared, key=lambda day: (-len(outlets[day]), day))
    first = last = peak
    for day in reversed(shared[: shared.index(peak)]):
        if (first - day).days > RUN_GAP:
            break
        first = day
    for day in shared[shared.index(peak) + 1 :]:
        if (day - last).days > RUN_GAP:
            break
        last = day
    return When(first, last)


def yearless_day(
    entries: Sequence[TimelineEntry], first: dt.date | None, last: dt.date | None
) -> When | None:
    """The day (a month and a day, no year) that more outlets date events to than any
    other, two at least, in the one year that puts it between ``YEARLESS_DAYS`` before the
    earliest dated article (``first``) and the latest (``last``); None without such a day,
    without dated articles, or when no year or two years fit. The year is the articles':
    a day the story tells without one is read in the days the articles were written."""
    if first is None or last is None:
        return None
    outlets: dict[tuple[int, int], set[str]] = {}
    for entry in entries:
        if entry.event and entry.date is None and entry.month and entry.day:
            outlets.setdefault((entry.month, entry.day), set()).add(entry.article_id)
    ranked = sorted(outlets.items(), key=lambda item: -len(item[1]))
    if not ranked or len(ranked[0][1]) < 2:
        return None
    if len(ranked) > 1 and len(ranked[1][1]) == len(ranked[0][1]):
        return None  # two days as often: no one day of the story
    (month, day), _ids = ranked[0]
    fits = []
    for year in range(first.year - 1, last.year + 2):
        try:
            found = dt.date(year, month, day)
        except ValueError:
            continue
        if (first - found).days <= YEARLESS_DAYS and found <= last:
            fits.append(found)
    return When(fits[0], fits[0]) if len(fits) == 1 else None


def story_when(entries: Sequence[TimelineEntry], articles: Sequence[Article]) -> When | None:
    """The story's days without a main event's: :func:`story_run`, else :func:`yearless_day`."""
    packet = overview(articles)
    return story_run(entries, packet.last_date) or yearless_day(
        entries, packet.first_date, packet.last_date
    )


def when_line(
    articles: Sequence[Article],
    main_event: str | None,
    entries: Sequence[TimelineEntry],
) -> str:
    """The summary's When line without its label ("19 October 2025; articles dated
    19–23 October 2025; 5 undated"), or "" when nothing is dated."""
    packet = overview(articles)
    parts = []
    when = event_days(main_event, entries, articles) or story_when(entries, articles)
    if when is not None:
        parts.append(str(when))
    if packet.first_date is not None and packet.last_date is not None:
        span = day_span(
            packet.first_date,
            packet.last_date,
            first_month=packet.first_month,
            last_month=packet.last_month,
        )
        undated = sum(1 for a in articles if a.date is None)
        parts.append(f"articles dated {span}" + (f"; {undated} undated" if undated else ""))
    return "; ".join(parts)
