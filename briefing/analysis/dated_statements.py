"""A statement that dates a day of the story, as the main-day rules read it, and how a flag
quotes such statements.

Split from :mod:`.main_day` for size; :mod:`.weekday_slips` and :mod:`.earlier_acts` read the
same statements (imported from :mod:`.main_day`, which re-exports these names).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from briefing.analysis.model import Claim, Discrepancy, Quote, TimelineEntry
from briefing.model import Span


@dataclass(frozen=True, slots=True)
class Dated:
    """One day-precise statement of the timeline placed on its day, with what the main-day
    rules need of its sentence."""

    entry: TimelineEntry
    language: str
    day: dt.date
    #: The day as written: a weekday name the calendar may contradict, else None.
    weekday: int | None
    #: The phrase follows a word for night: the evening before is meant as well.
    night: bool
    #: Prefixes of the words within GAP words of the phrase.
    near: frozenset[str]
    #: ``near`` and the prefixes of the content words of the phrase's clause
    #: (:mod:`.date_clause`): what a rival statement is read for.
    clause: frozenset[str]
    #: The phrase writes a day of the month ("mardi 11 mars 2020", "Sunday, April 28"), not a
    #: weekday alone: only then can the calendar contradict its weekday. ``entry.month`` does
    #: not tell it: the timeline fills it only for a date without a year.
    written: bool = False
    #: A time zone or the place's local time is named beside the phrase (:mod:`.time_zones`).
    zone: bool = False
    #: The clause's word forms, however short, compared within one language
    #: (:mod:`.language_ties`).
    forms: frozenset[str] = frozenset()
    #: The forms of the words next to the phrase only (within GAP + 1 words).
    near_forms: frozenset[str] = frozenset()
    #: A weekday placed in an article that states only its month (:func:`_month_weekdays`).
    guessed: bool = False


def claim(day: dt.date, members: Sequence[Dated]) -> Claim:
    return Claim(f"{day:%A} {day.day} {day:%B %Y}", quotes(members))


def quotes(members: Sequence[Dated]) -> tuple[Quote, ...]:
    quotes = []
    for dated in members:
        entry = dated.entry
        span = Span(
            entry.sentence_span.paragraph, entry.sentence_span.start, entry.sentence_span.end
        )
        quotes.append(Quote(entry.article_id, entry.source, span, entry.sentence))
    return tuple(dict.fromkeys(quotes))


def dating_with_weekday(placed: Sequence[Dated], main: dt.date) -> list[Dated]:
    """One statement per article that writes the main day with its weekday (the first it
    writes), in the timeline's order: the majority's quotes beside a rival weekday."""
    return list(
        {
            d.entry.article_id: d
            for d in reversed(placed)
            if d.day == main and d.weekday == main.weekday()
        }.values()
    )[::-1]


def rival_weekday(placed: Sequence[Dated], main: dt.date) -> Discrepancy | None:
    """The main day written beside a weekday it was not ("Sunday, April 28" when 28 April
    was a Monday), against the articles writing its right weekday (see :mod:`.main_day`)."""
    wrong = [
        d
        for d in placed
        if d.day == main
        and d.weekday not in (None, main.weekday())
        and d.written
        # a weekday one off in a named zone is that zone's
        and not (d.zone and (d.weekday or 0) - main.weekday() in (1, -1, 6, -6))
    ]
    if not wrong:
        return None
    right = dating_with_weekday(placed, main)
    if not right:
        return None
    claims = [Claim(f"{main:%A} {main.day} {main:%B %Y}", quotes(right))]
    for weekday in sorted({d.weekday for d in wrong if d.weekday is not None}):
        members = [d for d in wrong if d.weekday == weekday]
        name = dt.date(2001, 1, 1 + weekday).strftime("%A")  # 1 January 2001 was a Monday
        claims.append(Claim(f"{name}, {main.day} {main:%B}", quotes(members)))
    return Discrepancy(
        "date",
        "the main event's weekday",
        tuple(claims),
        note=f"{main.day} {main:%B %Y}, the day most articles date, was a {main:%A}",
    )
