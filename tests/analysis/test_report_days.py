"""Tolls of undated reports tied to a weekday of the story's week (:mod:`.report_days`).

Written fixtures (no article text): a stand collapsed at a stadium in a made-up town on
Thursday 12 March 2026, told by three dated articles in three languages; undated rewrites
give the toll "on Saturday" / "bis Samstag". Each look-alike keeps every condition of a real
disagreement but one: the act's own weekday, a weekday of another week, another event's
year in the sentence, two different weekdays, no main day, a rounded lower bound.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from analysis.builders import (
    COLLAPSE_DAY,
    article_in,
    collapse_story,
    toll_flags,
    values_by_article,
)

from briefing.analysis.dates import find_dates
from briefing.analysis.report_days import report_day, told_weekday

THURSDAY = COLLAPSE_DAY


@pytest.mark.parametrize(
    ("text", "language", "weekday"),
    [
        (
            "The town held a day of mourning on Saturday after the collapse killed 61 people.",
            "en",
            5,
        ),
        ("Die Zahl der Toten belief sich bis Samstag auf 63.", "de", 5),
        ("Samedi, le bilan s'élevait à 63 morts.", "fr", 5),
        ("El sábado el balance era de 63 muertos.", "es", 5),
        ("В субботу число погибших достигло 63.", "ru", 5),
        ("Mourners gathered on Saturday following the collapse.", "en", 5),
        # Look-alikes: a weekday of another week, two dates, a full date.
        ("Last Saturday the toll stood at 61.", "en", None),
        ("Le bilan était de 61 morts samedi dernier.", "fr", None),
        ("Am letzten Samstag lag die Zahl der Toten bei 61.", "de", None),
        ("В прошлую субботу погибших было 61.", "ru", None),
        ("On Friday 40 had died, and on Saturday 61.", "en", None),
        ("On Saturday, March 14, the toll stood at 61.", "en", None),
    ],
)
def test_a_sentence_dated_by_one_weekday_of_this_week(
    text: str, language: str, weekday: int | None
) -> None:
    assert told_weekday(text, find_dates(text, language)) == weekday


def test_a_weekday_is_placed_after_the_main_day_within_its_week() -> None:
    assert report_day(5, THURSDAY) == dt.date(2026, 3, 14)  # Saturday
    assert report_day(2, THURSDAY) == dt.date(2026, 3, 18)  # the next Wednesday
    assert report_day(3, THURSDAY) is None  # the act's own weekday dates the act
    assert report_day(5, None) is None  # no main day: no week to place it in


def test_two_undated_reports_of_one_weekday_disagree_in_any_language() -> None:
    english = article_in(
        "en", "d", "The town mourned on Saturday after the collapse killed 61 people."
    )
    german = article_in("de", "e", "Die Zahl der Toten belief sich bis Samstag auf 67.")
    (found,) = toll_flags([*collapse_story(), english, german])
    assert found.subject == "how many dead, reported 14 March 2026"
    assert values_by_article(found) == {"61 people": ("d",), "67 dead": ("e",)}


def test_the_acts_own_weekday_dates_the_act_not_the_report() -> None:
    # "killed on Thursday" is the collapse; the toll may be of any later day.
    # Against a report published that Thursday with that day's toll, it would clash.
    that_day = article_in("de", "e", "Bei dem Einsturz kamen 40 Menschen ums Leben.", THURSDAY)
    thursday = article_in("en", "d", "The collapse on Thursday killed 61 people, officials said.")
    assert toll_flags([*collapse_story(), that_day, thursday]) == []


def test_two_weekdays_are_two_reports() -> None:
    saturday = article_in(
        "en", "d", "The town mourned on Saturday after the collapse killed 61 people."
    )
    sunday = article_in("de", "e", "Die Zahl der Toten belief sich bis Sonntag auf 67.")
    assert toll_flags([*collapse_story(), saturday, sunday]) == []


def test_another_week_or_another_event_is_not_the_report_of_that_day() -> None:
    saturday = article_in(
        "en", "d", "The town mourned on Saturday after the collapse killed 61 people."
    )
    last_week = article_in("de", "e", "Am letzten Samstag lag die Zahl der Toten bei 67.")
    assert toll_flags([*collapse_story(), saturday, last_week]) == []
    # The sentence names another event's year: its toll is that event's.
    older = article_in(
        "es", "e", "El sábado hubo luto, como tras el derrumbe de 1998: dejó 67 muertos."
    )
    assert toll_flags([*collapse_story(), saturday, older]) == []


def test_without_a_main_day_no_weekday_is_placed() -> None:
    # Two articles only date the act: no day stands out, so no week to place a weekday in.
    story = collapse_story()[:2]
    saturday = article_in(
        "en", "d", "The town mourned on Saturday after the collapse killed 61 people."
    )
    german = article_in("de", "e", "Die Zahl der Toten belief sich bis Samstag auf 67.")
    assert toll_flags([*story, saturday, german]) == []


def test_a_lower_bound_or_a_rounded_toll_of_that_day_agrees() -> None:
    saturday = article_in(
        "en", "d", "The town mourned on Saturday after the collapse killed 61 people."
    )
    bound = article_in("de", "e", "Die Zahl der Toten belief sich bis Samstag auf mindestens 58.")
    assert toll_flags([*collapse_story(), saturday, bound]) == []
    rounded = article_in("fr", "e", "Samedi, le bilan s'élevait à environ 60 morts.")
    assert toll_flags([*collapse_story(), saturday, rounded]) == []


def test_an_article_of_another_month_reports_another_week() -> None:
    saturday = article_in(
        "en", "d", "The town mourned on Saturday after the collapse killed 61 people."
    )
    german = article_in("de", "e", "Die Zahl der Toten belief sich bis Samstag auf 67.")
    march = dataclasses.replace(german, date=dt.date(2026, 3, 1), date_precision="month")
    (found,) = toll_flags([*collapse_story(), saturday, march])
    assert values_by_article(found) == {"61 people": ("d",), "67 dead": ("e",)}
    april = dataclasses.replace(german, date=dt.date(2026, 4, 1), date_precision="month")
    assert toll_flags([*collapse_story(), saturday, april]) == []
