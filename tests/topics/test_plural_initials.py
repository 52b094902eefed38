"""Plural abbreviations: each initial written twice ("EE. UU.", "FF. AA.") (own text).

Spanish writes a plural name by its initials doubled: "EE. UU." (Estados Unidos), "FF. AA."
(Fuerzas Armadas). Such a name is initials already: read by its own words' initials it spelled
"EU" and joined the European Union. A country's is that country (the halved letters spell its
name in the article's language); any other stays apart from every acronym.
"""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article

from briefing.model import Article, Topic
from briefing.topics import extract_topics
from briefing.topics.candidates import Occurrence
from briefing.topics.country_acronyms import doubled_initials, initials_place
from briefing.topics.spelled_initials import spelled_pairs


def _in(language: str, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


def _holding(topics: tuple[Topic, ...], surface: str) -> Topic:
    return next(t for t in topics if surface in (t.name, *t.aliases))


def test_doubled_initials_are_halved_spaced_or_not() -> None:
    assert doubled_initials("EE. UU.") == "EU"
    assert doubled_initials("EE UU") == "EU"
    assert doubled_initials("EEUU") == "EU"
    assert doubled_initials("FF. AA.") == "FA"


def test_initials_not_doubled_are_no_plural_abbreviation() -> None:
    for text in ("EU", "EE", "AAA", "Ee Uu", "EEU", "UE", "NATO", "DD. X."):
        assert doubled_initials(text) is None, text


def test_a_plural_abbreviation_is_the_country_its_halved_initials_spell() -> None:
    assert initials_place("EE. UU.", "es") == "United States"
    assert initials_place("EEUU", "es") == "United States"
    assert initials_place("FF. AA.", "es") is None  # Fuerzas Armadas: no country
    assert initials_place("EU", "es") is None  # not doubled: the letters alone say nothing


def test_a_plural_abbreviation_spells_no_acronym() -> None:
    occ = {
        "n:ee uu": [Occurrence("a", 0, 0, 5, "EE UU")],
        "n:eu": [Occurrence("b", 0, 0, 2, "EU")],
    }
    assert spelled_pairs(list(occ), lambda k: k, occ, {"a": "es", "b": "en"}) == []


def test_a_long_name_still_spells_its_acronym() -> None:
    occ = {
        "n:fondo europeo": [Occurrence("a", 0, 0, 14, "Fondo Europeo")],
        "n:fe": [Occurrence("a", 0, 20, 22, "FE")],
    }
    assert spelled_pairs(list(occ), lambda k: k, occ, {"a": "es"}) == [("n:fe", "n:fondo europeo")]


def test_ee_uu_is_the_united_states_never_the_european_union() -> None:
    topics = extract_topics(
        [
            _in(
                "es",
                0,
                "Los aranceles de EE UU golpean a la Unión Europea, dijo el ministro en Madrid.",
                "La UE prepara su respuesta a Estados Unidos.",
            ),
            _in("es", 1, "Estados Unidos y la UE negocian en Bruselas. EE UU quiere un acuerdo."),
            _in("en", 2, "The EU answered the United States on Thursday in Brussels."),
            _in("en", 3, "The EU said talks with the United States would go on in Brussels."),
        ]
    )
    union = _holding(topics, "UE")
    assert "EE UU" not in union.aliases
    assert union.name != "EE UU"
    assert "EE UU" in _holding(topics, "Estados Unidos").aliases


def test_a_plural_body_stays_apart_from_an_acronym() -> None:
    topics = extract_topics(
        [
            _in("es", 0, "Las FF AA desfilaron en Lima. La FA pidió calma a los vecinos."),
            _in("es", 1, "La FA y las FF AA hablaron en Lima."),
        ]
    )
    for topic in topics:
        names = {topic.name, *topic.aliases}
        assert not ({"FA"} <= names and "FF AA" in names), names
    assert any(t.name == "FF AA" for t in topics)
