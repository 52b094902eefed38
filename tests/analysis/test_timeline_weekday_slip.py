"""A day and month whose weekday the text contradicts ("Saturday, 9 March" in a year whose 9
March is a Sunday) stays listed under its day and month with no year, but counts for no day
of the story when the story's days are counted; a weekday that fits is placed as before
(briefing.analysis.anchored_days, briefing.topics.story_days). Fixture text written for the
test (9 March 2031 is a Sunday)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from analysis.builders import make_article

from briefing.analysis import extract_timeline
from briefing.analysis.model import TimelineEntry
from briefing.topics.story_days import _day_of

FIRST, LAST = dt.date(2031, 3, 1), dt.date(2031, 3, 31)


def _entry(text: str) -> TimelineEntry:
    made = make_article("a", text, date=dt.date(2031, 3, 12))
    article = dataclasses.replace(made, language="en")
    (entry,) = [e for e in extract_timeline([article]) if e.event]
    return entry


def test_a_contradicted_weekday_keeps_its_day_but_counts_for_no_story_day() -> None:
    entry = _entry("The storm reached the coast on Saturday, 9 March, officials said.")
    assert (entry.date, entry.month, entry.day) == (None, 3, 9)
    assert _day_of(entry, FIRST, LAST, True) is None
    # the same day and month with no weekday at all counts as before
    plain = dataclasses.replace(entry, how="no year stated")
    assert _day_of(plain, FIRST, LAST, True) == dt.date(2031, 3, 9)


def test_a_weekday_that_fits_is_placed() -> None:
    entry = _entry("The storm reached the coast on Sunday, 9 March, officials said.")
    assert entry.date == dt.date(2031, 3, 9)
    assert _day_of(entry, FIRST, LAST, True) == dt.date(2031, 3, 9)
