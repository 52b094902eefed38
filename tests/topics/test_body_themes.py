"""A lower-case phrase ended by the noun of a public body is an organisation, not a theme
(:mod:`briefing.topics.body_themes`); sentences written for the test."""

from __future__ import annotations

from topics.helpers import article, by_name

from briefing.topics import extract_topics
from briefing.topics.body_themes import body_description
from briefing.topics.candidates import Occurrence


def _uses(*surfaces: str) -> list[Occurrence]:
    return [Occurrence("001", i, 0, len(s), s) for i, s in enumerate(surfaces)]


def _alone(occurrences: list[Occurrence]) -> bool:
    return body_description(occurrences, {})


def test_a_body_named_by_its_noun_and_look_alikes() -> None:
    assert _alone(_uses("weather agency", "weather agency"))
    assert _alone(_uses("culture ministry"))
    assert not _alone(_uses("weather agencies"))  # a class of bodies
    assert not _alone(_uses("economic cooperation"))  # an abstract head
    assert not _alone(_uses("Weather Agency"))  # a name: the name rules' business
    assert not _alone(_uses("agency"))
    assert not _alone([])


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


def test_a_description_beside_a_name_describes_the_name() -> None:
    text = "Witnesses told the news agency Ansa, and Italy's ANSA news agency agreed."
    first = text.index("news agency")
    second = text.index("news agency", first + 1)
    uses = [Occurrence("001", 0, s, s + 11, "news agency") for s in (first, second)]
    texts = {("001", 0): text}
    assert not body_description(uses[:1], texts)  # "Ansa" after it
    assert not body_description(uses[1:], texts)  # "ANSA" before it
    owned = "Officials at South Korea's weather agency said so."
    at = owned.index("weather agency")
    use = [Occurrence("001", 0, at, at + 14, "weather agency")]
    assert body_description(use, {("001", 0): owned})  # an owner's possessive
    opening = "The weather agency said so."
    assert body_description([Occurrence("001", 0, 4, 18, "weather agency")], {("001", 0): opening})
    french = "Items were named by the French culture ministry on Sunday."
    at = french.index("culture ministry")
    use = [Occurrence("001", 0, at, at + 16, "culture ministry")]
    assert body_description(use, {("001", 0): french}, {"French"}.__contains__)
    assert not body_description(use, {("001", 0): french})  # no owner known: a name
