"""An acronym and the long name whose capitalised words spell it, and its translation (own text).

A Romance long form links its words with articles and prepositions written in lower case
("Organización del Tratado de Cooperación Amazónica"): the initials are its capitalised words'
(OTCA). The same body's English name spells the letters in another order (ACTO), and the two
long names are word-for-word translations, so the four are one body. A body whose letters are
the same in another order but whose words are not the translation's stays apart.
"""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article

from briefing.model import Article, Topic
from briefing.topics import extract_topics
from briefing.topics.candidates import Occurrence
from briefing.topics.spelled_initials import spelled_pairs


def _in(language: str, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


def _occ(article_id: str, surface: str) -> Occurrence:
    return Occurrence(article_id, 0, 0, len(surface), surface)


def test_the_capitalised_words_of_a_romance_long_form_spell_its_acronym() -> None:
    occ = {
        "n:organizacion del tratado de cooperacion amazonica": [
            _occ("es1", "Organización del Tratado de Cooperación Amazónica")
        ],
        "n:otca": [_occ("es1", "OTCA")],
        "n:organizzazione per la sicurezza e la cooperazione": [
            _occ("it1", "Organizzazione per la Sicurezza e la Cooperazione")
        ],
        "n:osc": [_occ("it1", "OSC")],
    }
    pairs = spelled_pairs(list(occ), lambda k: k, occ, {"es1": "es", "it1": "it"})
    assert ("n:otca", "n:organizacion del tratado de cooperacion amazonica") in pairs
    assert ("n:osc", "n:organizzazione per la sicurezza e la cooperazione") in pairs


def test_two_names_that_spell_one_acronym_join_neither() -> None:
    occ = {
        "n:consejo de integracion social": [_occ("a", "Consejo de Integración Social")],
        "n:centro de investigacion sismica": [_occ("b", "Centro de Investigación Sísmica")],
        "n:cis": [_occ("a", "CIS")],
    }
    assert spelled_pairs(list(occ), lambda k: k, occ, {"a": "es", "b": "es"}) == []


def _names(*articles: Article) -> tuple[Topic, ...]:
    return extract_topics(list(articles))


def test_one_body_in_two_languages_by_its_acronyms_and_long_names() -> None:
    topics = _names(
        _in(
            "es",
            0,
            "Brasil acoge la cumbre de la Organización del Tratado de Cooperación "
            "Amazónica en Belém. La OTCA reúne a ocho países.",
        ),
        _in("es", 1, "La OTCA pidió fondos para la selva, dijo su secretaria en Belém."),
        _in(
            "en",
            2,
            "Brazil hosts the Amazon Cooperation Treaty Organization summit in Belém. "
            "ACTO brings together eight countries.",
        ),
        _in("en", 3, "ACTO asked for funds for the forest, its secretary said in Belém."),
    )
    body = next(t for t in topics if "OTCA" in (t.name, *t.aliases))
    assert "ACTO" in (body.name, *body.aliases)
    assert "Amazon Cooperation Treaty Organization" in (body.name, *body.aliases)
    assert "Organización del Tratado de Cooperación Amazónica" in (body.name, *body.aliases)


def test_another_body_with_the_letters_in_another_order_stays_apart() -> None:
    topics = _names(
        _in(
            "es",
            0,
            "La Oficina de Turismo de Canarias Atlántica (OTCA) abrió en Belém. "
            "La OTCA reúne a ocho islas.",
        ),
        _in("es", 1, "La OTCA pidió fondos para sus playas, dijo su directora en Belém."),
        _in(
            "en",
            2,
            "Brazil hosts the Amazon Cooperation Treaty Organization summit in Belém. "
            "ACTO brings together eight countries.",
        ),
        _in("en", 3, "ACTO asked for funds for the forest, its secretary said in Belém."),
    )
    body = next(t for t in topics if "OTCA" in (t.name, *t.aliases))
    assert "ACTO" not in (body.name, *body.aliases)


def test_a_body_opened_by_a_place_word_is_whole() -> None:
    # With French articles "North" is a region (Cameroon's); a run that ends in a body's
    # head noun is the body's name, not that place and a person.
    topics = _names(
        _in("en", 0, "Velda joined the North Atlantic Fisheries Organization on Tuesday."),
        _in("en", 1, "The North Atlantic Fisheries Organization met in Brussels."),
        _in("fr", 2, "La Velda a rejoint l'organisation mardi à Bruxelles."),
    )
    names = {t.name: t.kind for t in topics}
    assert names.get("North Atlantic Fisheries Organization") == "organisation"
    assert "Atlantic Fisheries Organization" not in names
