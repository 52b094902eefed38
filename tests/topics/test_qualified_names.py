"""A name followed by the place it is in is that name ("Parque Central de Velmora").

Every text here is written for the test (invented places and bodies).
"""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article, holding

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.candidates import Occurrence
from briefing.topics.naming import name_key
from briefing.topics.qualified_names import place_qualified_pairs

_PLACES = {"Velmora": "Velmora", "Ostrana": "Ostrana"}


def _pairs(*names: str) -> set[tuple[str, str]]:
    keys = [name_key(n) for n in names]
    sightings = {name_key(n): [Occurrence("a", 0, 0, len(n), n)] for n in names}
    return set(place_qualified_pairs(keys, sightings, _PLACES.get, name_key))


def test_the_place_after_a_name_of_two_words_is_dropped_in_any_language() -> None:
    spanish = ("Parque Central de Velmora", "Parque Central")
    assert _pairs(*spanish) == {(name_key(spanish[0]), name_key(spanish[1]))}
    english = ("Ostrana Rowing Club of Velmora", "Ostrana Rowing Club")
    assert _pairs(*english) == {(name_key(english[0]), name_key(english[1]))}


def test_what_tells_two_things_apart_stays() -> None:
    # One word before the place: the place is part of the name.
    assert not _pairs("Procura di Velmora", "Procura")
    # Unless it is an acronym: the body's office there is the body.
    assert _pairs("KVR von Velmora", "KVR") == {(name_key("KVR von Velmora"), name_key("KVR"))}
    assert not _pairs("Kvr von Velmora", "Kvr")
    # No known place after the link word: "Garden of Delights" is a name of its own.
    assert not _pairs("Parque Central de Delicias", "Parque Central")
    # The short name is not written on its own: nothing to join.
    assert not _pairs("Parque Central de Velmora")


def _in(language: str, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


def test_the_long_and_the_short_form_are_one_topic() -> None:
    articles = [
        _in("es", 0, "Miles de personas llenaron el Parque Miraval de Madrid el domingo."),
        _in("es", 1, "Los vecinos volvieron el lunes al Parque Miraval tras la tormenta."),
        _in("es", 2, "El Parque Miraval abrirá de nuevo el martes, dijo el alcalde."),
    ]
    topics = extract_topics(articles)
    park = holding(topics, "Parque Miraval")
    assert len(park) == 1 and "Parque Miraval de Madrid" in park[0].aliases


def test_after_an_acronym_any_name_the_packet_lists_alone_says_where() -> None:
    # "Dravik" is no gazetteer place (a given name too); the packet writes it on its own.
    names = ("KVR von Dravik", "KVR", "Dravik")
    assert _pairs(*names) == {(name_key("KVR von Dravik"), name_key("KVR"))}
    # The tail is not listed alone: nothing says it is a place.
    assert not _pairs("KVR von Dravik", "KVR")
    # A name of words before an unknown tail keeps it: "Casa de Dravik" is a name of its own.
    assert not _pairs("Casa Nova de Dravik", "Casa Nova", "Dravik")
    assert not _pairs("Kvr von Dravik", "Kvr", "Dravik")
