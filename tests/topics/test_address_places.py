"""A name written as an address, before a comma and a state or country, is a place (own
text, invented names): "Zarvo Pinta, Texas" is a town; "Kylian Dorsel, France" (a given name
opens it) stays a person; a city after the comma ("Marta Dorsel, Paris": a byline) and a
possessive ("Zarvo Pinta, Texas's …") say nothing."""

from __future__ import annotations

from briefing.topics.address_places import addressed, region_or_country
from briefing.topics.candidates import Occurrence
from briefing.topics.gazetteer import gazetteer
from briefing.topics.person_evidence import person_or_thing


def _uses(*texts: str, name: str = "Zarvo Pinta") -> tuple[list[Occurrence], dict]:
    occs, paragraphs = [], {}
    for n, text in enumerate(texts):
        start = text.index(name)
        occs.append(Occurrence(f"{n:03d}", 0, start, start + len(name), name))
        paragraphs[(f"{n:03d}", 0)] = text
    return occs, paragraphs


def test_states_and_countries_not_cities() -> None:
    for name in ("Texas", "Illinois", "France", "United States"):
        assert region_or_country(name), name
    for name in ("Paris", "Moscow", "Zarvo"):
        assert not region_or_country(name), name


def test_an_address_in_any_script() -> None:
    place = gazetteer().place
    for text in (
        "The rocket rose from Zarvo Pinta, Texas, on Thursday.",
        "Zarvo Pinta, Texas — The rocket rose.",
        "It lifted off at Zarvo Pinta, Texas.",
    ):
        assert addressed(*_uses(text), place), text
    for text in (
        "Zarvo Pinta, Texas's largest firm, said so.",  # a possessive: an apposition of a body
        "Zarvo Pinta, Paris.",  # a city: a byline may end so
        "Zarvo Pinta said on Thursday.",
    ):
        assert not addressed(*_uses(text), place), text


def test_an_address_is_a_place_unless_a_given_name_opens_it() -> None:
    gaz = gazetteer()
    occs, texts = _uses("The rocket rose from Zarvo Pinta, Texas.", "Zarvo Pinta reopened.")
    languages = {"000": "en", "001": "en"}
    assert person_or_thing(gaz, occs, texts, languages, set(), frozenset()) == "place"
    occs, texts = _uses("Players: Kylian Dorsel, France.", name="Kylian Dorsel")
    assert person_or_thing(gaz, occs, texts, {"000": "en"}, set(), frozenset()) == "person"
