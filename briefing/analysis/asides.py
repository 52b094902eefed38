"""Which dated statements are not events of the story: asides, history, points of comparison.

Split from :mod:`.timeline`, which finds and places the dates; this decides, from the whole
packet, which placed statements the story is about. Three kinds are not:

- an aside: a day near the story's days that one source alone dates and the packet does not
  echo ("turned 73 on Tuesday"; ``relevance``; a day without a year but with its weekday
  is not alone when another source dates that day, on that weekday, in full);
- history told in passing: a year or a month before the story that few sources name ("built
  between 1963 and 1967", "last serviced in May"), or a year one source alone names outside
  the story's years ("a band founded in 1987");
- a year a comparison counts from ("the deadliest since the siege of X in 2004";
  ``comparisons``), or the day of an earlier record one source alone names, outside the
  story's years ("the worst shipwreck off Greece was on 3 June 2016");
- a birth date outside the story's years that one source alone gives ("né le 21 septembre
  1986"; ``births``);
- the year or month someone's term in a top office began, before the story ("in power since
  February 2017"; ``office_terms``);
- the two ends of a period before the story ("president from 2007 to 2012"; ``periods``);
- a day and month without a year, in an undated article, months from every day the story
  is known by ("el pasado 16 de abril" of a July story), whose day no other source dates;
- a day given to a thing still to come, after every day the story is known by ("the
  November 3 election" of a September ceremony; ``scheduled_days``).

They keep their dates (a discrepancy may quote them); only ``event`` is cleared.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, replace

from briefing.analysis.births import is_birth_date
from briefing.analysis.comparisons import dates_a_past_record, dates_a_record, dates_a_reference
from briefing.analysis.dates import find_dates
from briefing.analysis.model import TimelineEntry
from briefing.analysis.office_terms import begins_term
from briefing.analysis.periods import period_ends
from briefing.analysis.relevance import Story
from briefing.analysis.scheduled_days import scheduled
from briefing.model import Article


def mark_asides(articles: list[Article], entries: list[TimelineEntry]) -> list[TimelineEntry]:
    """Statements of the story's own days that one source alone dates, and that say nothing
    the packet echoes, are asides, not events (see ``relevance``)."""
    by_day: dict[tuple[int, int, int], set[str]] = {}
    for entry in entries:
        key = entry.day_key()
        if entry.event and key is not None:
            by_day.setdefault(key, set()).add(entry.article_id)
    least = max(2, math.ceil(len(articles) / 4))
    story_days = [day for day, ids in by_day.items() if len(ids) >= least]
    years = {a.date.year for a in articles if a.date} | {d[0] for d in story_days if d[0]}
    naming: dict[tuple[int, int], set[str]] = {}  # (year, 0) or (year, month) → articles
    for entry in entries:
        if entry.date is not None:
            naming.setdefault((entry.date.year, 0), set()).add(entry.article_id)
            naming.setdefault((entry.date.year, entry.date.month), set()).add(entry.article_id)
    named_days: dict[tuple[dt.date, str], set[str]] = {}  # (date, precision) → articles
    for entry in entries:
        if entry.date is not None:
            named_days.setdefault((entry.date, entry.precision), set()).add(entry.article_id)
    past = _Past(_story_start(articles, story_days), least, naming)
    written = [a.date for a in articles if a.date and a.date_precision == "day"]
    known_days = [*story_days, *((d.year, d.month, d.day) for d in written)]
    days_of_month: dict[int, set[str]] = {}  # a day of the month → articles dating one
    for key, ids in by_day.items():
        days_of_month.setdefault(key[2], set()).update(ids)
    periods = period_ends(entries, past.start)
    story: Story | None = None  # built on the first candidate: most packets have none
    by_id = {a.id: a for a in articles}
    marked = []
    for at, entry in enumerate(entries):
        key = entry.day_key()
        if entry.event and (
            at in periods
            or _background_year(entry, years, naming)
            or past.before(entry)
            or _reference_year(entry)
            or _birth(entry, years, named_days)
            or _term_start(entry, past.start, by_id[entry.article_id].language or "en")
            or _past_record(entry, years, named_days)
            or _unplaced_background(entry, days_of_month, known_days)
            or scheduled(entry, known_days, by_id[entry.article_id].language or "en")
        ):
            entry = replace(entry, event=False)
        elif (
            entry.event
            and key is not None
            and _alone(entry, key, by_day, by_id[entry.article_id].language or "en")
            and any(_days_apart(key, day) <= ASIDE_DAYS for day in story_days)
        ):
            story = story or Story(articles)
            if story.is_aside(by_id[entry.article_id], entry.sentence):
                entry = replace(entry, event=False)
        marked.append(entry)
    return marked


def _alone(
    entry: TimelineEntry,
    key: tuple[int, int, int],
    by_day: dict[tuple[int, int, int], set[str]],
    language: str,
) -> bool:
    """Whether ``entry``'s article alone dates its day. A day written without a year but
    with its weekday ("в среду, 5 августа" in an undated text) is the same day as a month
    and day another source dates in full when that day falls on that weekday: the weekday
    is the text's own evidence of the year, so the statement is not alone and no aside for
    want of a year. A bare day and month ("22 July") is still alone: nothing ties it to
    the other source's year (a photo's day under a caption reads so too)."""
    if by_day[key] != {entry.article_id}:
        return False
    if key[0]:
        return True
    at = entry.phrase_span.start - entry.sentence_span.start  # read in its sentence: "в среду"
    found = find_dates(entry.sentence, language)
    weekdays = {p.weekday for p in found if p.start <= at < p.end and p.day == key[2]}
    return not any(
        year and (month, day) == key[1:] and ids - {entry.article_id}
        and dt.date(year, month, day).weekday() in weekdays
        for (year, month, day), ids in by_day.items()
    )  # fmt: skip


def _background_year(
    entry: TimelineEntry, years: set[int], naming: dict[tuple[int, int], set[str]]
) -> bool:
    """A year named alone by one source only ("a band founded in 1987", "co-founded a club
    in 2005"), outside the years the story happens in, is an aside about another time. A
    year several sources name (the fire that closed the cathedral "in 2019") is the story's
    background and stays, as does a day of the past ("the quake of 17 August 1999"); with no
    dated article the story's years are unknown, so nothing is marked."""
    if entry.precision != "year" or entry.date is None or not years:
        return False
    year = entry.date.year
    return year not in years and naming.get((year, 0), set()) == {entry.article_id}


def _story_start(articles: list[Article], story_days: list[tuple[int, int, int]]) -> dt.date | None:
    """The earliest day the story is known to happen on: its earliest dated article or a day
    many of its articles date, whichever is first (an early date only narrows what is
    called history below); None when nothing is dated."""
    known = [a.date for a in articles if a.date] + [dt.date(*d) for d in story_days if d[0]]
    return min(known, default=None)


@dataclass(frozen=True, slots=True)
class _Past:
    """History told in passing: a year or a month wholly before the story ("built between
    1963 and 1967", "last serviced in May", "ordained in 1982") that fewer than a quarter of
    the articles name. It says when the bridge was built or the car last inspected, not what
    happened in the story, so it is background, not an event. A year or month many sources
    name (the fire "in April 2019" that closed the cathedral reopening now) is the story's
    own past and stays; so does every day written in full ("17 August 1999"), which the
    brief lists among earlier events, and everything from the story's first month on."""

    start: dt.date | None
    least: int
    naming: dict[tuple[int, int], set[str]]

    def before(self, entry: TimelineEntry) -> bool:
        if self.start is None or entry.date is None or entry.precision not in ("year", "month"):
            return False
        year = entry.date.year
        if entry.precision == "year":
            return year < self.start.year and len(self.naming[(year, 0)]) < self.least
        month = (year, entry.date.month)
        ended = month < (self.start.year, self.start.month)
        return ended and len(self.naming[month]) < self.least


def _reference_year(entry: TimelineEntry) -> bool:
    """A year named alone as the point a comparison counts from ("the deadliest attack since
    the siege of X in 2004"), or the day a record is counted from ("the heaviest rain since 11
    September 1931"): it dates another event, not this story (``comparisons``)."""
    at = entry.phrase_span.start - entry.sentence_span.start
    if entry.precision == "day":  # "the heaviest since 11 September 1931": a record's day
        return dates_a_record(entry.sentence, at)
    return entry.precision == "year" and dates_a_reference(entry.sentence, at)


def _birth(
    entry: TimelineEntry, years: set[int], named: dict[tuple[dt.date, str], set[str]]
) -> bool:
    """Someone's birth date that one source alone gives ("Simion est né le 21 septembre
    1986"), in a year the story does not happen in, is a profile's aside: it dates a person,
    not the story. The birth of the person the story is about (a new pope's, which several
    outlets give) is its background and stays, like any past day several sources name; so
    does a birth in the story's years ("the princess was born on Monday"), its event; with no
    year known nothing is marked."""
    if entry.date is None or not years or entry.date.year in years:
        return False
    if len(named.get((entry.date, entry.precision), ())) > 1:
        return False
    at = entry.phrase_span.start - entry.sentence_span.start
    end = entry.phrase_span.end - entry.sentence_span.start
    return is_birth_date(entry.sentence, at, end)


def _term_start(entry: TimelineEntry, start: dt.date | None, language: str) -> bool:
    """The start of someone's term in a top office, given as a year or a month wholly before
    the story ("in power since February 2017", "стал президентом в феврале 2017 года"):
    a profile's fact like a birth date, background however many sources give it
    (``office_terms``). A day written in full stays, as every past day does; so does a
    start in the story's own month (the new prime minister of the story); with no day of the
    story known nothing is marked."""
    if start is None or entry.date is None or entry.precision not in ("year", "month"):
        return False
    if entry.precision == "year" and entry.date.year >= start.year:
        return False
    if (entry.date.year, entry.date.month) >= (start.year, start.month):
        return False
    at = entry.phrase_span.start - entry.sentence_span.start
    end = entry.phrase_span.end - entry.sentence_span.start
    return begins_term(entry.sentence, at, end, language)


def _past_record(
    entry: TimelineEntry, years: set[int], named: dict[tuple[dt.date, str], set[str]]
) -> bool:
    """The day of an earlier record that one source alone gives, outside the story's years,
    right after a superlative ("the worst shipwreck off Greece happened on 3 June 2016"): it
    dates the event measured against, not the story. The story's own day stays even after a
    superlative ("the deadliest attack in decades, on 22 March"), as does a past day several
    sources name; with no year known nothing is marked."""
    if entry.precision != "day" or entry.date is None or not years:
        return False
    if entry.date.year in years or len(named.get((entry.date, entry.precision), ())) > 1:
        return False
    return dates_a_past_record(entry.sentence, entry.phrase_span.start - entry.sentence_span.start)


def _unplaced_background(
    entry: TimelineEntry,
    days_of_month: dict[int, set[str]],
    known_days: list[tuple[int, int, int]],
) -> bool:
    """A day and month with no year, in an article that gives none ("la llama prendida el
    pasado 16 de abril"), that lies months from every day the story is known by
    (``known_days``: the days many sources date and the days the dated articles were
    written; :data:`BACKGROUND_DAYS`, counted round the year: "5 January" is near "28
    December") and whose day of the month no other source dates (``days_of_month``) is
    background the timeline cannot place: in a dated article it would be listed on its own
    day among earlier events, but without a year it can only stand beside the story's days
    under "day and month only", where it reads as one of them. A day near the story's ("the
    Games end on 11 August") stays; so does a far day whose day another source dates, in any
    year and any month: the same past event ("8 July" beside "8 July 2022"), or a slip of it
    ("убитого 8 июня" for 8 July), which :mod:`.death_dates` compares. With no day of the
    story known nothing is marked."""
    key = entry.day_key()
    if entry.date is not None or key is None or not known_days:
        return False
    if days_of_month.get(key[2], set()) != {entry.article_id}:
        return False
    return all(_round_year_apart(key, day) > BACKGROUND_DAYS for day in known_days)


#: A day without a year more than this many days from every story day is not the story's:
#: the ten weeks within which :mod:`.main_day` looks for the story's day (``WEEKS``; not
#: imported, so the timeline's cache does not follow the main day's rules).
BACKGROUND_DAYS = 70


def _round_year_apart(a: tuple[int, int, int], b: tuple[int, int, int]) -> int:
    """Days between two days' month and day, the shorter way round the year."""
    apart = _days_apart((0, a[1], a[2]), (0, b[1], b[2]))
    return min(apart, 366 - apart)


#: How near the story's days an aside happens ("turned 73 on Tuesday" of a Wednesday visit);
#: further away, a single source's date is background (history), which the timeline keeps.
ASIDE_DAYS = 3


def _days_apart(a: tuple[int, int, int], b: tuple[int, int, int]) -> int:
    """Days between two day keys; a key without a year (0) is compared within one year."""
    same = a[0] and b[0]
    first = dt.date(a[0] if same else 2000, a[1], a[2])
    second = dt.date(b[0] if same else 2000, b[1], b[2])
    return abs((first - second).days)
