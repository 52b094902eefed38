"""A day and month whose weekday the text contradicts ("Sunday 9 March" in a year whose 9 March
is a Saturday) is listed with no day and month, so it counts for no day of the story; a
weekday that fits is placed as before (briefing.analysis.anchored_days, timeline). Fixture
text written for the test (9 March 2031 is a Sunday)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from analysis.builders import make_article

from briefing.analysis import extract_timeline


def _entry(text: str) -> tuple[object, ...]:
    made = make_article("a", text, date=dt.date(2031, 3, 12))
    article = dataclasses.replace(made, language="en")
    (entry,) = [e for e in extract_timeline([article]) if e.event]
    return entry.date, entry.month, entry.day


def test_a_contradicted_weekday_lists_no_day_and_month() -> None:
    assert _entry("The storm reached the coast on Saturday, 9 March, officials said.") == (
        None,
        None,
        None,
    )


def test_a_weekday_that_fits_is_placed() -> None:
    assert _entry("The storm reached the coast on Sunday, 9 March, officials said.") == (
        dt.date(2031, 3, 9),
        None,
        None,
    )
