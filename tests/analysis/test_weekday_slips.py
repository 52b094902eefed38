"""The main day's weekday written with another near date that the calendar contradicts
(``weekday_slips``). Written fixtures (no article text): a ferry capsized on Saturday 14 March
2026; the look-alikes are another event told with its right weekday, a caption, an article
that dates the main day too, and a date a week off."""

from __future__ import annotations

import dataclasses
import datetime as dt

from analysis.builders import make_article

from briefing.analysis import Discrepancy, find_discrepancies
from briefing.model import Article, ParagraphKind

SATURDAY = dt.date(2026, 3, 14)


def _in(language: str, article_id: str, text: str, kind: ParagraphKind = "body") -> Article:
    article = make_article(article_id, (text, kind), date=None)
    return dataclasses.replace(article, language=language)


def _dated(language: str, article_id: str, text: str) -> Article:
    article = make_article(article_id, text, date=SATURDAY)
    return dataclasses.replace(article, language=language)


def _story() -> list[Article]:
    """Three articles in three languages date the capsizing to Saturday 14 March."""
    return [
        _dated("en", "a", "A ferry capsized on Saturday near the harbour, killing nine."),
        _dated("es", "b", "El ferry volcó el sábado cerca del puerto."),
        _dated("de", "c", "Die Fähre kenterte am Samstag vor dem Hafen."),
    ]


def _days(articles: list[Article]) -> list[Discrepancy]:
    return [d for d in find_discrepancies(articles) if d.subject == "the main event's day"]


def test_the_main_days_weekday_with_an_impossible_date_disagrees() -> None:
    # 11 March 2026 was a Wednesday: the weekday names the story's Saturday, the date another
    slip = _in("uk", "d", "Пором перекинувся. Про це стало відомо у суботу, 11 березня.")
    (found,) = _days([*_story(), slip])
    claims = {c.value: c.article_ids for c in found.claims}
    assert claims["Saturday, 11 March"] == ("d",)
    assert set(claims["Saturday 14 March 2026"]) == {"a", "b", "c"}
    assert "11 March 2026 was a Wednesday" in found.note


def test_the_slip_may_be_written_in_any_language() -> None:
    slip = _in("en", "d", "On Saturday, March 12, nine people died at sea.")
    (found,) = _days([*_story(), slip])
    assert {c.value for c in found.claims} == {"Saturday 14 March 2026", "Saturday, 12 March"}


def test_a_rival_the_main_days_rule_shows_is_not_shown_twice() -> None:
    # the act's word beside the date: main_day shows it as Thursday 12 March, once
    rival = _in("en", "d", "The ferry capsized on Saturday, March 12, off the coast.")
    (found,) = _days([*_story(), rival])
    assert {c.value for c in found.claims} == {"Saturday 14 March 2026", "Thursday 12 March 2026"}


def test_another_day_told_with_its_right_weekday_is_no_slip() -> None:
    # two events on two dates: the inspection really was on Wednesday 11 March
    inspected = _in("en", "d", "On Wednesday, March 11, inspectors visited the port.")
    assert _days([*_story(), inspected]) == []
    # and a Saturday that is one (7 March 2026), the week before
    drill = _in("en", "d", "On Saturday, March 7, divers held a drill at the port.")
    assert _days([*_story(), drill]) == []


def test_a_caption_is_no_statement() -> None:
    caption = _in("en", "d", "The harbour on Saturday, March 12. Photo: Outlet", "caption")
    assert _days([*_story(), caption]) == []


def test_an_article_dating_the_main_day_contradicts_only_itself() -> None:
    both = _in(
        "en",
        "d",
        "The ferry capsized on Saturday, March 14, near the harbour. "
        "On Saturday, March 12, nine people died at sea.",
    )
    assert _days([*_story(), both]) == []


def test_a_date_a_week_off_is_another_weeks_news() -> None:
    # 21 March 2026 is a Saturday anyway; 20 March (a Friday) is six days off
    later = _in("en", "d", "On Saturday, March 20, nine people died at sea.")
    assert _days([*_story(), later]) == []
