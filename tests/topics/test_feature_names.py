"""A valley's or river's noun before a town's name ("Wadi Derna") is a place, never a person
whose surname the town's name alone would join; and a town the gazetteer keys by another
name ("Darnah") is found in Cyrillic by the Latin form the packet writes ("Derna" / "Дерна").
Own sentences and key lists."""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article, holding

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.candidates import Occurrence
from briefing.topics.crossnames import one_word_names
from briefing.topics.feature_names import feature_place

_PLACES = {"Derna": "Darnah", "Phoenix": "Phoenix", "Sebou": "Sebou"}


def test_a_valleys_noun_before_a_known_place_is_a_place() -> None:
    assert feature_place("Wadi Derna", "fr", _PLACES.get)
    assert feature_place("Wadi Derna", "es", _PLACES.get)
    assert feature_place("Oued Sebou", "fr", _PLACES.get)
    assert feature_place("Вади Derna", "ru", _PLACES.get)


def test_look_alikes_stay_people() -> None:
    assert not feature_place("Wadi Haddad", "fr", _PLACES.get)  # no place: a person
    assert not feature_place("River Phoenix", "en", _PLACES.get)  # an English given name
    assert not feature_place("Karim Derna", "fr", _PLACES.get)  # no feature's noun
    assert not feature_place("Wadi", "fr", _PLACES.get)  # one word


def _seen(article_id: str, *surfaces: str) -> list[Occurrence]:
    return [Occurrence(article_id, 0, 0, len(s), s) for s in surfaces]


def test_a_gazetteer_place_is_also_the_latin_form_the_packet_writes() -> None:
    keys = ["g:Darnah", "n:дерн"]
    written = {"g:Darnah": _seen("a", "Derna", "Darnah"), "n:дерн": _seen("b", "Дерна")}
    assert one_word_names(keys, {"n:дерн"}) == []  # the gazetteer's own name is too far
    assert one_word_names(keys, {"n:дерн"}, written=written) == [("n:дерн", "g:Darnah")]


def test_written_forms_of_two_places_that_fit_join_neither() -> None:
    keys = ["g:Darnah", "g:Dernaville", "n:дерн"]
    written = {
        "g:Darnah": _seen("a", "Derna"),
        "g:Dernaville": _seen("c", "Derne"),
        "n:дерн": _seen("b", "Дерна"),
    }
    assert one_word_names(keys, {"n:дерн"}, written=written) == []
    # A name's written forms count only for a gazetteer place, never for any other key.
    keys = ["n:darnah", "n:дерн"]
    written = {"n:darnah": _seen("a", "Derna"), "n:дерн": _seen("b", "Дерна")}
    assert one_word_names(keys, {"n:дерн"}, written=written) == []


def _in(language: str, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


def test_the_town_in_cyrillic_joins_the_town_not_its_valley() -> None:
    topics = extract_topics(
        [
            _in(
                "fr", 1, "Les deux barrages sur Wadi Derna ont cédé. La ville de Derna a souffert."
            ),
            _in("es", 2, "Las presas del Wadi Derna cedieron. En Derna faltan agua y luz."),
            _in("ru", 3, "В городе Дерна прорвало две дамбы. Дерна осталась без воды."),
            _in("ru", 4, "Город Дерна затопило ночью, сообщили спасатели."),
            _in("ar", 5, "غمرت المياه مدينة درنة في الليل."),  # the gazetteer reads Libya's towns
        ]
    )
    town = holding(topics, "Дерна")
    assert len(town) == 1 and "Derna" in town[0].aliases
    assert "Wadi Derna" not in town[0].aliases
    for topic in holding(topics, "Wadi Derna"):
        assert topic.kind == "place"
