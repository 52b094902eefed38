"""A count in one person's own story is not the event's count (:mod:`briefing.analysis.personal`).

Fixtures are written for these tests: a storm on a made-up coast, reported on one day.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from analysis.builders import make_article

from briefing.analysis import Discrepancy, find_discrepancies
from briefing.analysis.personal import personal_story
from briefing.model import Article

DAY = dt.date(2031, 9, 3)


def _in(language: str, article_id: str, text: str) -> Article:
    return dataclasses.replace(make_article(article_id, text, date=DAY), language=language)


def _figures(articles: list[Article]) -> list[Discrepancy]:
    return [d for d in find_discrepancies(articles) if d.kind == "figure"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("A visitor, Jo Marsh, was moved from two shelters with her 9-year-old son.", "en"),
        ("Il a dû quitter deux refuges avec sa femme.", "fr"),
        ("Tuvo que dejar dos albergues con su familia.", "es"),
        ("Er musste mit seiner Familie zwei Unterkünfte verlassen.", "de"),
        ("Он сменил два убежища вместе со своей семьёй.", "ru"),
    ],
)
def test_a_sentence_naming_someones_kin_is_a_personal_story(text: str, language: str) -> None:
    assert personal_story(text, language)


def test_an_official_count_is_no_personal_story() -> None:
    assert not personal_story("Officials said three shelters were damaged.", "en")
    assert not personal_story("Her Majesty's coastguard opened four shelters.", "en")


def test_a_personal_count_is_not_compared_with_the_events() -> None:
    story = _in("en", "en1", "A visitor, Jo Marsh, was moved from two shelters with her son.")
    event = _in("en", "en2", "Officials said five shelters on the coast were damaged.")
    assert _figures([story, event]) == []
    other = _in("en", "en3", "Officials said two shelters on the coast were damaged.")
    assert len(_figures([other, event])) == 1


def test_a_toll_naming_a_victims_kin_is_still_a_toll() -> None:
    one = _in("en", "en1", "The storm killed 12 people, among them a woman and her son.")
    other = _in("en", "en2", "The storm killed 20 people on the coast.")
    assert len(_figures([one, other])) == 1
