"""A body's defined long name and its translation, tied by the acronym's letters.

Every text here is written for the test (invented bodies, people and places).
"""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article, holding

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.expansions import translated_expansions
from briefing.topics.naming import name_key


def _in(language: str, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


def _pairs(names: dict[str, set[str]], definitions: list[tuple[str, str]]) -> set[frozenset[str]]:
    seen_in = {name_key(n): langs for n, langs in names.items()}
    found = translated_expansions(seen_in, seen_in, definitions, name_key)
    return {frozenset(pair) for pair in found}


def test_a_translation_in_another_word_order_joins_the_defined_name() -> None:
    names = {"Autoridad Electoral Permanente": {"es"}, "Permanent Election Authority": {"en"}}
    pairs = _pairs(names, [("Autoridad Electoral Permanente", "AEP")])
    assert pairs == {frozenset(name_key(n) for n in names)}
    # French, adjectives after the noun too: "Agence Nationale de Sécurité" (ANS).
    names = {"Agence Nationale de Sécurité": {"fr"}, "National Security Agency": {"en"}}
    assert _pairs(names, [("Agence Nationale de Sécurité", "ANS")])


def test_a_body_that_shares_the_letters_but_not_the_words_stays_apart() -> None:
    names = {"Autoridad Electoral Permanente": {"es"}, "Election Appeals Panel": {"en"}}
    assert not _pairs(names, [("Autoridad Electoral Permanente", "AEP")])
    names = {"Agence Nationale de Sécurité": {"fr"}, "Nordic Aviation Service": {"en"}}
    assert not _pairs(names, [("Agence Nationale de Sécurité", "ANS")])


def test_names_in_one_language_or_other_letters_are_never_paired() -> None:
    # Within one language two names are two bodies.
    names = {"Autoridad Electoral Permanente": {"es"}, "Autoridad Permanente Electoral": {"es"}}
    assert not _pairs(names, [("Autoridad Electoral Permanente", "AEP")])
    # Letters that are not the defined name's own (an acronym in a third language).
    names = {"Stałego Urzędu Wyborczego": {"pl"}, "Permanent Election Authority": {"en"}}
    assert not _pairs(names, [("Stałego Urzędu Wyborczego", "AEP")])


def test_the_body_is_one_topic_across_the_two_languages() -> None:
    spanish = [
        _in(
            "es",
            n,
            f"El día {n} la Autoridad Electoral Permanente (AEP) dio los resultados de Velmora.",
        )
        for n in range(3)
    ]
    english = [
        _in(
            "en",
            n,
            f"On day {n} the Permanent Election Authority published the results from Velmora.",
        )
        for n in range(3, 6)
    ]
    topics = extract_topics(spanish + english)
    held = {t.id for t in holding(topics, "Permanent Election Authority")}
    assert len(held) == 1
    assert held == {t.id for t in holding(topics, "AEP")}
