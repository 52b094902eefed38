"""A smaller town's names in other languages (GeoNames' alternate names of towns under
100,000 people) are the town: "Korfu", "Corfou", "Κέρκυρα" of Corfu (40,000 people); a
name two towns share ("Kastro" of Chios and of Mytilene) names neither."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from topics.helpers import article

from briefing import geodata
from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.local_towns import _towns
from briefing.topics.subdivisions import town_alternates


def _dated(n: int, language: str, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language, date=dt.date(2031, 6, 2))


def test_other_names_are_read_for_the_asked_countries_only() -> None:
    names = geodata.other_names(frozenset({"GR"}))
    corfu = next(c for c in geodata.cities() if c.name == "Corfu" and c.countrycode == "GR")
    assert "Korfu" in names[corfu.geonameid]
    assert all(c.countrycode == "GR" for c in geodata.cities() if c.geonameid in names)


def test_a_small_towns_other_names_name_it() -> None:
    found = town_alternates(frozenset({"en", "el", "de"}))
    assert found.get("Korfu") == "Corfu"
    assert found.get("Kastro") is None  # Chios's and Mytilene's: neither
    assert _towns(frozenset({"GR"})).get("corfou") == "Corfu"
    assert _towns(frozenset({"GR"})).get("kastro") is None


def test_the_town_in_three_languages_is_one_place() -> None:
    articles = [
        _dated(0, "de", "Auf Korfu in Griechenland schlossen die Behörden am Montag den Hafen."),
        _dated(1, "de", "Der Hafen von Korfu in Griechenland bleibt geschlossen."),
        _dated(2, "fr", "À Corfou, en Grèce, le port reste fermé lundi."),
        _dated(3, "fr", "Le port de Corfou en Grèce est fermé."),
        _dated(4, "el", "Στην Κέρκυρα το λιμάνι έκλεισε τη Δευτέρα. Η Ελλάδα ανακοίνωσε."),
    ]
    places = [t for t in extract_topics(articles) if {"Korfu", "Corfou"} & set(t.aliases)]
    assert len(places) == 1 and places[0].kind == "place"
