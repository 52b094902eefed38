"""The parts of a country made of countries are places (:mod:`.constituent_countries`).

Invented reports in English and German: a part ISO 3166-2 types a country ("Scotland"), its
sibling of another type ("Northern Ireland") and a German translation ("Schottland") read as
places; the subdivisions below them (a county, a council area) and the top-level regions of
countries with no part typed a country stay out.
"""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article, by_name

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.constituent_countries import constituent_parts, constituent_translations
from briefing.topics.gazetteer import gazetteer
from briefing.topics.multilingual_gazetteer import gazetteer_for


def _in(language: str, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


def test_the_parts_of_a_country_made_of_countries() -> None:
    parts = constituent_parts()
    assert parts["Scotland"] == "Scotland"
    assert parts["Northern Ireland"] == "Northern Ireland"  # a province beside the countries
    assert parts["Cymru"] == "Wales"  # the part's second ISO name
    # Subdivisions of the parts, and top-level regions of other countries, are no parts.
    assert "Kent" not in parts and "Highland" not in parts
    assert "Bretagne" not in parts and "Central" not in parts and "Ulster" not in parts
    # Aruba is typed a country of the Netherlands but has no subdivisions of its own.
    assert "Aruba" not in parts


def test_english_gazetteer_knows_them() -> None:
    assert gazetteer().place("Scotland") == "Scotland"
    assert gazetteer().place("Kent") is None  # a county (and a surname) stays out


def test_translations_in_the_briefings_languages() -> None:
    assert constituent_translations(frozenset({"de"}))["Schottland"] == "Scotland"
    assert "Schottland" not in constituent_translations(frozenset({"fr"}))
    assert gazetteer_for(frozenset({"de", "en"})).place("Nordirland") == "Northern Ireland"


def test_a_part_named_in_two_articles_is_a_place_topic() -> None:
    topics = extract_topics(
        [
            _in("en", 0, "Voters in Scotland backed the plan by a wide margin on Thursday."),
            _in("en", 1, "The count in Scotland finished late, officials said."),
            _in("de", 2, "In Schottland stimmte eine klare Mehrheit für den Plan."),
        ]
    )
    scotland = by_name(topics, "Scotland")
    assert scotland.kind == "place"
    assert "Schottland" in scotland.aliases
