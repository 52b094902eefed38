"""Placing a date phrase that lacks its year, month or day, counted from the article's own date.

Split from :mod:`.timeline`, which finds each article's statements and its own date (``Own``:
the article's date, its page stamp or its dateline, the only honest anchors); this module
answers, for one phrase at a time, which day that anchor makes of "Oct. 8" (the nearest
year, unless the text says otherwise), "19日" (a day written alone), "terça (14)" (a weekday
and its day of the month) and "on Wednesday" (the weekday before or after, by the tense),
and says how, or why it cannot.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from briefing.analysis.dates import DatePhrase, relative_year_in
from briefing.analysis.model import Resolution
from briefing.analysis.weekday_days import place_weekday_day
from briefing.analysis.weekday_tense import tense, weekday_near
from briefing.model import Article

#: dateutil's weekday objects by ``date.weekday()`` index.
_WEEKDAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def valid_day(year: int, month: int, day: int) -> bool:
    """Whether the three make a day of the calendar ("February 30" does not)."""
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


@dataclass(frozen=True, slots=True)
class Own:
    """The article and the date it was written, if known, with where that date came from."""

    article: Article
    date: dt.date | None
    label: str
    #: False when the article states only its month: a year, but no day to count from.
    exact: bool = True
    #: The (month, day, year) of every day the article writes in full (``year_for``).
    years: frozenset[tuple[int, int, int]] = frozenset()
    #: The month and day of a dateline or stamp without a year ("【1月18日 Agency】"), when
    #: the article gives no date of its own: it names the month of a day written alone.
    written: tuple[int, int] | None = None
    #: Every day the article writes with its month, where (``repeated_days``): in an article
    #: with no date of its own it names the month of the same day written alone later.
    full_days: tuple[tuple[int, int, int, int], ...] = ()
    #: Every date phrase that names a month, where, with its day (0 for none;
    #: ``stated_months``): in an article with no date of its own, the last one before a day
    #: written alone may give that day its month.
    named_months: tuple[tuple[int, int, int, int], ...] = ()


#: Why a day and month is not placed when the weekday the text gives with it is not that of
#: the day in the year worked out ("Sunday 9 September" in a year whose 9 September is a
#: Saturday): the text contradicts itself, so which day it means is unknown.
WEEKDAY_SLIP = "its weekday is not that of"


def year_for(own: Own, phrase: DatePhrase, sentence: str) -> tuple[int | None, Resolution, str]:
    """The year of a day and month (``phrase``, in ``sentence``), and how it was found."""
    if phrase.year:
        return phrase.year, "stated", "stated"
    month, day = phrase.month, phrase.day
    assert month is not None and day is not None
    if own.date is None:
        # Another date in the text ("In September 2024 …") may be about another event.
        return None, "unresolved", "no year stated, and the article has no date or dateline"
    if phrase.year_offset is not None:  # "2 February last year", "12 декабря прошлого года"
        year = own.date.year + phrase.year_offset
        return year, "relative", f"“{phrase.text}” counted from the {own.label}"
    if relative_year_in(sentence, own.article.language):
        # "Last year's winner … on 2 February": the sentence names another year than the
        # article's, and which of its dates that year is about the words do not say.
        return None, "unresolved", "the sentence names another year; the day is not tied to it"
    anchor, why = own.date, own.label
    # The year that puts the day closest to the anchor (a December story about "Jan. 3").
    candidates = [
        dt.date(y, month, day)
        for y in (anchor.year - 1, anchor.year, anchor.year + 1)
        if valid_day(y, month, day)
    ]
    if not candidates:
        return None, "unresolved", "no such day"
    nearest = min(candidates, key=lambda candidate: abs((candidate - anchor).days))
    elsewhere = sorted(y for m, d, y in own.years if (m, d) == (month, day) and y != nearest.year)
    if elsewhere:
        # "Taken on October 7, 2023 … captured on October 7": the article itself writes this
        # day in another year, so the nearest year is contradicted, and which one the bare
        # mention means the words do not say (an anniversary is this year's).
        return None, "unresolved", f"the article writes this day in {elsewhere[0]} elsewhere"
    if phrase.weekday is not None and nearest.weekday() != phrase.weekday:
        # "Tuesday, 29 October": the weekday the text gives checks the year worked out.
        return None, "unresolved", f"{WEEKDAY_SLIP} {day_label(nearest)}"
    return nearest.year, "year-inferred", f"year from {why}"


def month_day(own: Own, day: int) -> tuple[dt.date | None, Resolution, str]:
    """A day of the month written alone (:mod:`.bare_days`): in the month of the article's own
    day, or the month before when the day is later than that ("30日" in a report of 2 April).
    A later day nearer ahead in the article's own month than back in the month before ("26日
    開幕", opening on the 26th, in a report of the 19th) may be a coming day as well as last
    month's: no tense is read in these languages to tell, so it is left unplaced."""
    if own.date is None or not own.exact:
        return None, "unresolved", "no article day or dateline to give the month"
    placed, why = _day_counted_back(own.date, day)
    if placed is None:
        return None, "unresolved", why
    return placed, "relative", f"day {day} of the month of the {own.label}"


def _day_counted_back(anchor: dt.date, day: int) -> tuple[dt.date | None, str]:
    """Day ``day`` of ``anchor``'s month, or of the month before (:func:`month_day`)."""
    month = anchor.replace(day=1)
    if day > anchor.day:
        month = (month - dt.timedelta(days=1)).replace(day=1)
        if valid_day(month.year, month.month, day):
            back = (anchor - month.replace(day=day)).days
            if day - anchor.day < back:
                return None, "a later day: this month's to come or last month's"
    if not valid_day(month.year, month.month, day):
        return None, "no such day"
    return month.replace(day=day), ""


#: A leap year, to count a day and month that have none: 29 February is then a day.
_ANY_YEAR = 2000


def yearless_month(written: tuple[int, int], day: int) -> int | None:
    """The month of a day written alone ("18日朝") in an article that gives no year, only the
    month and day it was written (a dateline "【1月18日 Agency】" or a stamp "1月18日 6時27分",
    ``Own.written``): the rule of :func:`month_day` with no year, so the line is listed under
    its day and month and never placed in a year the text does not give."""
    month, on = written
    if not valid_day(_ANY_YEAR, month, on):
        return None
    placed, _ = _day_counted_back(dt.date(_ANY_YEAR, month, on), day)
    return None if placed is None else placed.month


def yearless_relative(written: tuple[int, int], offset: int) -> tuple[int, int] | None:
    """The month and day of "yesterday" (``offset`` days from the article's day) in an
    article that gives only the month and day it was written (``Own.written``), listed with
    no year as a day written alone is; None when the answer would depend on the year (a
    count across the end of February)."""
    month, on = written
    if not valid_day(_ANY_YEAR, month, on):
        return None
    leap = dt.date(_ANY_YEAR, month, on) + dt.timedelta(days=offset)
    if month == 2 and on == 29:
        return None
    common = dt.date(_ANY_YEAR + 1, month, on) + dt.timedelta(days=offset)
    if (leap.month, leap.day) != (common.month, common.day):
        return None
    return leap.month, leap.day


def weekday_day(own: Own, weekday: int, day: int) -> tuple[dt.date | None, Resolution, str]:
    """A weekday with its day of the month and no month (``weekday_days``)."""
    if own.date is None:
        return None, "unresolved", "no article date or dateline to give the month"
    placed = place_weekday_day(own.date, own.exact, weekday, day)
    if placed is None:
        return None, "unresolved", "the weekday and day fit no single month near the article's"
    return placed, "year-inferred", f"day {day} and its weekday in the month of {own.label}"


def named_weekday(
    own: Own, phrase: DatePhrase, sentence: str, sentence_start: int
) -> tuple[dt.date | None, Resolution, str]:
    """The day a weekday (``phrase``, in ``sentence`` starting at ``sentence_start``) names."""
    assert phrase.weekday is not None
    if own.date is None:
        return None, "unresolved", "no article date or dateline to count the weekday from"
    if not own.exact:
        return None, "unresolved", f"the weekday needs the article's day; it gives only {own.label}"
    # Tense only tells past from future relative to when the article was written.
    at = phrase.start - sentence_start
    direction = tense(sentence, at, phrase.modifier, at + len(phrase.text))
    if direction == 0 and (phrase.weekday - own.date.weekday()) % 7 == WEEK_EDGE:
        # Three days ahead or four back: with no tense to tell, neither is "this week". A
        # report tells what happened, and a coming day is nearly always marked as coming
        # ("will", "next", "scheduled"), so an unmarked day at the edge is left unplaced
        # ("Çarşamba günü çıkan yangın", the fire that broke out on Wednesday, written on
        # a Sunday) rather than put on the Wednesday to come.
        return None, "unresolved", "no tense tells the weekday ahead from the one before"
    return (
        weekday_near(own.date, phrase.weekday, direction),
        "weekday",
        f"weekday counted from {own.label}",
    )


#: Days ahead of the article's day at which an unmarked weekday may as well be the one before.
WEEK_EDGE = 3


def day_label(day: dt.date) -> str:
    return f"{_WEEKDAY_NAMES[day.weekday()]} {day.day} {day:%b %Y}"
