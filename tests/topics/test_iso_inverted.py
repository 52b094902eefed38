"""A country's formal name that ISO 3166 files inverted ("Korea, Republic of") is that country,
a place, in the order prose writes it; two Koreas stay two (made-up texts)."""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article

from briefing.model import Article
from briefing.topics.first_pass import read
from briefing.topics.gazetteer import gazetteer
from briefing.topics.iso_inverted import uninverted
from briefing.topics.multilingual_gazetteer import gazetteer_for


def _in(language: str, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


def test_the_form_after_the_comma_goes_first() -> None:
    assert uninverted("Korea, Republic of") == "Republic of Korea"
    assert uninverted("Congo, The Democratic Republic of the") == (
        "Democratic Republic of the Congo"
    )
    assert uninverted("Corée, République de") == "République de Corée"
    assert uninverted("Iran, République islamique d'") == "République islamique d'Iran"
    assert uninverted("Mikronesien, Föderierte Staaten von") == "Föderierte Staaten von Mikronesien"


def test_a_comma_without_a_joining_word_is_no_inverted_name() -> None:
    assert uninverted("Taiwan, Province of China") is None
    assert uninverted("Virgin Islands, British") is None
    assert uninverted("Bonaire, Sint Eustatius and Saba") is None
    assert uninverted("Saint Helena, Ascension and Tristan da Cunha") is None
    assert uninverted("Korea") is None


def test_the_two_koreas_are_two_places() -> None:
    gaz = gazetteer()
    assert gaz.place("Republic of Korea") == "South Korea"
    assert gaz.place("Democratic People's Republic of Korea") == "North Korea"
    assert gaz.place("Republic of Moldova") is not None
    assert gazetteer_for(frozenset({"fr"})).place("République de Corée") == "South Korea"


def test_a_formal_name_in_a_text_is_the_place_a_made_up_republic_is_not() -> None:
    out = read(
        [
            _in("en", 0, "The team of the Republic of Korea was announced under a wrong name."),
            _in("en", 1, "Officials of the Republic of Veldoria protested at the ceremony."),
        ]
    )
    places = {occ.surface: place for place, occ in out.places}
    assert places.get("Republic of Korea") == "South Korea"
    assert "Republic of Veldoria" not in places
