"""A lower-case phrase ended by the noun of a public body is an organisation, not a theme
(:mod:`briefing.topics.body_themes`); sentences written for the test."""

from __future__ import annotations

from topics.helpers import article, by_name

from briefing.topics import extract_topics
from briefing.topics.body_themes import body_description
from briefing.topics.candidates import Occurrence


def _uses(*surfaces: str) -> list[Occurrence]:
    return [Occurrence("001", i, 0, len(s), s) for i, s in enumerate(surfaces)]


def test_a_body_named_by_its_noun_and_look_alikes() -> None:
    assert body_description(_uses("weather agency", "weather agency"))
    assert body_description(_uses("culture ministry"))
    assert not body_description(_uses("weather agencies"))  # a class of bodies
    assert not body_description(_uses("economic cooperation"))  # an abstract head
    assert not body_description(_uses("Weather Agency"))  # a name: the name rules' business
    assert not body_description(_uses("agency"))
    assert not body_description([])


def test_the_weather_agency_is_an_organisation() -> None:
    found = extract_topics(
        [
            article("001", "The weather agency said the tremor was strong on Sunday."),
            article("002", "A weather agency official said the tremor was felt in Seoul."),
            article("003", "Economic cooperation between the two countries was halted."),
            article("004", "Talks on economic cooperation resumed after the tremor."),
        ]
    )
    assert by_name(found, "weather agency").kind == "organisation"
    assert by_name(found, "economic cooperation").kind == "theme"
