"""A one-word province name that qualifies other places' names ("North": a region of
Cameroon in ISO 3166-2, and the first word of North Korea and North Carolina) is no place
alone (:func:`briefing.topics.multilingual_gazetteer._qualifiers`); made-up sentences."""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article, by_name

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.multilingual_gazetteer import gazetteer_for


def test_a_compass_word_is_no_province_but_real_provinces_stay() -> None:
    french = gazetteer_for(frozenset({"fr", "en"}))
    assert french.place("North") is None  # Cameroon's region, an English everyday word
    assert french.place("South") is None
    assert french.place("North Carolina") == "North Carolina"
    assert french.place("North Korea") == "North Korea"
    assert french.place("Landes") == "Landes"  # a French département, opening no name
    assert french.place("Loire") == "Loire"  # opens other names, but no everyday word
    assert french.place("Corrèze") == "Corrèze"


def _in(language: str, n: int, text: str) -> Article:
    return replace(article(f"{n:03d}", text), language=language)


def test_north_carolina_and_the_landes_stay_places_beside_the_north() -> None:
    found = extract_topics(
        [
            _in("en", 1, "North Korea fired a missile, a step in the North’s plan for more."),
            _in("en", 2, "Analysts said the North’s missiles were fired from North Korea."),
            _in("en", 3, "The storm reached North Carolina on Monday and moved north."),
            _in("fr", 4, "La tempête a frappé les Landes lundi, et la Corée du Nord a tiré."),
            _in("fr", 5, "Dans les Landes, les pompiers ont évacué des villages lundi."),
        ]
    )
    assert not [t for t in found if t.name == "North"]
    assert by_name(found, "North Carolina").kind == "place"
    assert by_name(found, "Landes").kind == "place"
