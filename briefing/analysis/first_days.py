"""The story's first act, dated to two days in a row by sources in any language.

A story told on its main day (a leak, an emergency) recalls how it began, often weeks before:
"the ship ran aground on 25 July", "le 25 juillet", "25 июля сел на мель", "7月25日…触礁",
"지난달 25일 … 좌초했으며". The verb is every language's own and no resource here translates
it, so the act is not found by its words (:mod:`.earlier_acts` ties Latin cognates, and only
beside the main day's words). What ties these statements is their place in each account: **an
article's first day** is the earliest day-precise date it gives to an event of the story (a
day written without its year is the last such day on or before the story's anchor, the main
day or else the latest day of writing). A story is told from its start, so the articles that
tell the start meet on one first day whatever their language; an article that starts the
story a day later and never writes that day tells the start on another day.

Two sources disagree when:

- **the first day** :math:`D` is the first day of at least :data:`LEAST_ARTICLES` articles in
  at least two languages, more than any other day, and at least twice as many as the rival;
- **the rival** :math:`D \\pm 1` is the first day of at least one other article, told in no
  named time zone and not after a word for night (:mod:`.main_day`: "in the night to the
  26th" allows the evening before; "26 July, Japan time" is the 25th told elsewhere);
- **no source writes both days** (a source writing the 25th and the 26th tells two acts),
  and no other article's first day lies within :data:`~.main_day.NEAR` days of :math:`D`
  (the packet's starts are then too loose to be one act's);
- the first day lies more than :data:`~.main_day.NEAR` days before the main day: the main
  day's own act is :mod:`.main_day`'s, which ties it by its words.

Silent, for precision: captions, credits and asides (not events), a day the media reported on
(:mod:`.media_reports`), a weekday that the calendar cannot place in an undated article, two
different acts on two days when any source tells both, and a pair another date rule already
sets side by side.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace

from briefing.analysis.dated_statements import quotes as _quotes
from briefing.analysis.main_day import NEAR, _placed
from briefing.analysis.main_day import _Dated as Dated
from briefing.analysis.model import Claim, Discrepancy, TimelineEntry
from briefing.model import Article

#: The first day is the first day of at least this many articles (in two languages or more).
LEAST_ARTICLES = 3
#: Days further than this before the story's anchor are another story's (background).
MOST_DAYS = 366


def first_day_discrepancies(
    articles: Sequence[Article],
    entries: Iterable[TimelineEntry],
    main: dt.date | None,
    told: Sequence[Discrepancy] = (),
) -> list[Discrepancy]:
    """The story's first day told as two days in a row (module docstring); ``main`` is the
    main day (:func:`~.main_day.story_statements`), ``told`` the date flags already made."""
    anchor = main or latest_writing(articles)
    if anchor is None:
        return []
    languages = {a.id: a.language for a in articles}
    # Each article's story days, by the day alone first: a statement is read for its night,
    # zone and report words (:func:`~.main_day._placed`, the costly part) only where the
    # answer counts, its article's earliest day and the two days compared.
    days: dict[str, list[tuple[dt.date, int, TimelineEntry]]] = defaultdict(list)
    for index, entry in enumerate(entries):
        if entry.article_id not in languages or not entry.event:
            continue
        day = exact_day(placed_in_year(entry, anchor))
        if day is not None and 0 <= (anchor - day).days + NEAR <= MOST_DAYS + NEAR:
            days[entry.article_id].append((day, index, placed_in_year(entry, anchor)))
    read: dict[int, Dated | None] = {}

    def placed(index: int, entry: TimelineEntry) -> Dated | None:
        if index not in read:
            read[index] = _placed(entry, languages[entry.article_id], None, None)
        return read[index]

    first: dict[str, Dated] = {}
    for article_id, found in days.items():
        found.sort(key=lambda f: (f[0], f[1]))
        earliest = next((d for _, i, e in found if (d := placed(i, e)) is not None), None)
        if earliest is not None:
            first[article_id] = earliest
    votes = Counter(d.day for d in first.values() if not d.night)
    if not votes:
        return []
    top = max(votes, key=lambda d: (votes[d], -d.toordinal()))
    if votes[top] < LEAST_ARTICLES or list(votes.values()).count(votes[top]) > 1:
        return []
    if main is not None and (main - top).days <= NEAR:
        return []  # the main day's own act (main_day)
    backing = [d for d in first.values() if d.day == top and not d.night]
    if len({d.language for d in backing}) < 2:
        return []
    one_off = {top - dt.timedelta(days=1), top + dt.timedelta(days=1)}
    rivals = [d for d in first.values() if d.day in one_off]
    loose = {day for day in votes if 0 < abs((day - top).days) <= NEAR} - one_off
    if len({d.day for d in rivals}) != 1 or loose or 2 * len(rivals) > len(backing):
        return []
    rival = rivals[0].day
    if any(d.zone or d.night for d in rivals):
        return []  # another zone's day, or the evening before told by its night
    both = [
        a
        for a, found in days.items()
        if all(
            any(day == d and placed(i, e) is not None for d, i, e in found) for day in (top, rival)
        )
    ]
    if both or _already(told, top, rival):
        return []
    early, late = (backing, rivals) if top < rival else (rivals, backing)
    return [
        Discrepancy(
            "date",
            "the day the story began",
            (_claim(min(top, rival), early), _claim(max(top, rival), late)),
            note=f"{len(backing)} articles in {len({d.language for d in backing})} languages "
            f"date the first act they tell to {top.day} {top:%B}, {len(rivals)} to "
            f"{rival.day} {rival:%B}, and none gives both; a day written without its year is "
            "placed in the story's",
        )
    ]


def latest_writing(articles: Sequence[Article]) -> dt.date | None:
    """The latest day-precise day of writing: the anchor when no main day stands out."""
    written = [
        a.date for a in articles if isinstance(a.date, dt.date) and a.date_precision == "day"
    ]
    return max(written, default=None)


def exact_day(entry: TimelineEntry) -> dt.date | None:
    """The day :func:`~.main_day._placed` gives an entry whose year is placed, when it gives
    one: a day-precise date that is no range."""
    if entry.precision != "day" or entry.until is not None or entry.day_until is not None:
        return None
    return entry.date


def placed_in_year(entry: TimelineEntry, anchor: dt.date) -> TimelineEntry:
    """``entry`` with a month and day written without a year placed in the year that puts it
    nearest the story's ``anchor`` ("25 December" in a story of January is last year's)."""
    if entry.date is not None or not entry.month or not entry.day or entry.day_until:
        return entry
    placed = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            placed.append(dt.date(year, entry.month, entry.day))
        except ValueError:
            continue
    if not placed:
        return entry
    return _dated(entry, min(placed, key=lambda day: abs((day - anchor).days)))


def _dated(entry: TimelineEntry, day: dt.date) -> TimelineEntry:
    return replace(entry, date=day)


def _claim(day: dt.date, members: Sequence[Dated]) -> Claim:
    """The day as the text supports it: with its year only when every source wrote one."""
    dated = all(m.entry.month is None for m in members)
    value = f"{day.day} {day:%B %Y}" if dated else f"{day.day} {day:%B}"
    return Claim(value, _quotes(members))


def _already(told: Sequence[Discrepancy], a: dt.date, b: dt.date) -> bool:
    """A date flag of ``told`` already names both days ("25 July" and "26 July")."""
    names = (f"{a.day} {a:%B}", f"{b.day} {b:%B}")
    return any(
        all(any(name in c.value for c in d.claims) for name in names)
        for d in told
        if d.kind == "date"
    )
