"""A one-word province name that qualifies other places' names ("North": a region of
Cameroon in ISO 3166-2, and the first word of North Korea and North Carolina) is no place
topic alone (:func:`briefing.topics.multilingual_gazetteer._qualifiers`, dropped in
:mod:`briefing.topics.assemble`); made-up sentences."""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article, by_name

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.multilingual_gazetteer import gazetteer_for

_MANY = frozenset({"fr", "de", "it", "es", "pt", "en"})


def test_a_compass_word_qualifies_and_real_provinces_do_not() -> None:
    french = gazetteer_for(frozenset({"fr", "en"}))
    assert {"North", "South", "East", "West"} <= french.qualifiers  # Cameroon's regions
    assert "Landes" not in french.qualifiers  # a French département, opening no name
    assert "Loire" not in french.qualifiers  # opens other names, but no everyday word
    assert "Corrèze" not in french.qualifiers
    assert not {"Paris", "Zürich", "Porto"} & french.qualifiers  # cities, not provinces only
    assert not {"Paris", "Zürich", "Porto"} & gazetteer_for(_MANY).qualifiers
    assert french.place("North Carolina") == "North Carolina"


def _in(language: str, n: int, text: str) -> Article:
    return replace(article(f"{n:03d}", text), language=language)


def test_the_north_alone_is_no_place_topic() -> None:
    found = extract_topics(
        [
            _in("en", 1, "North Korea fired a rocket on Monday."),
            _in("en", 2, "That would be a step forward in the North’s plan for a larger rocket."),
            _in("en", 3, "On North Korean television, a reader called the launch a success."),
            _in("ja", 4, "北朝鮮北東部の咸鏡北道(North Hamgyeong Province)で揺れを観測した。"),
            _in("zh", 5, "在朝鲜咸镜北道(North Hamgyeong Province)侦测到人工地震。"),
            _in("fr", 6, "La Corée du Nord a tiré une fusée lundi, selon Séoul."),
        ]
    )
    assert not [t for t in found if t.name == "North"]  # a place of 4 mentions on main
    assert "Rocket in North Korea" in [t.name for t in found]  # not "in North"


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
    assert by_name(found, "North Carolina").kind == "place"
    assert by_name(found, "Landes").kind == "place"
