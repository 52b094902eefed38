"""Polish, Czech and Slovak case forms of place names (:mod:`briefing.topics.place_cases`),
on sentences written for the test, with words the rules must leave alone."""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article, by_name

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.multilingual_gazetteer import gazetteer_for
from briefing.topics.subdivisions import other_name, town_alternates


def test_polish_czech_and_slovak_cases_of_known_places() -> None:
    polish = gazetteer_for(frozenset({"pl", "en"}))
    assert polish.place("Hiszpanii") == "Spain"  # genitive of "Hiszpania"
    assert polish.place("Hiszpanię") == "Spain"  # accusative
    assert polish.place("Madrytu") == "Madrid"  # genitive of "Madryt"
    assert polish.place("Madrycie") == "Madrid"  # locative, "t" softened
    assert polish.place("Warszawie") == "Warsaw"
    slovak = gazetteer_for(frozenset({"sk", "en"}))
    assert slovak.place("Bratislave") == "Bratislava"
    assert slovak.place("Slovensku") == "Slovakia"  # locative of the neuter "Slovensko"


def test_the_rules_of_other_languages_and_other_words_stay_silent() -> None:
    italian = gazetteer_for(frozenset({"it", "en"}))
    assert italian.place("Madrytu") is None  # no Polish article: no Polish endings
    polish = gazetteer_for(frozenset({"pl", "en"}))
    assert polish.place("hiszpanii") is None  # not capitalised: no name
    assert polish.place("Kowalskiego") is None  # a surname's genitive, no place
    assert polish.place("Hiszpanii Wschodniej") is None  # one word only
    slovak = gazetteer_for(frozenset({"sk", "en"}))
    assert slovak.place("Fica") is None  # the genitive of a surname


def _in(language: str, n: int, text: str) -> Article:
    return replace(article(f"{n:03d}", text), language=language)


def test_a_polish_case_form_is_a_mention_of_the_place() -> None:
    found = extract_topics(
        [
            _in("en", 1, "A storm hit Spain on Monday and flooded towns near Madrid."),
            _in("en", 2, "Spain asked for help after the storm; Madrid sent soldiers."),
            _in(
                "pl", 3, "Burza uderzyła w poniedziałek w Hiszpanię, a woda zalała okolice Madrytu."
            ),
            _in("pl", 4, "Po burzy żołnierze z Hiszpanii wyjechali z Madrytu na południe."),
        ]
    )
    spain = by_name(found, "Spain")
    assert {"Hiszpanię", "Hiszpanii"} <= set(spain.aliases)
    assert "Madrytu" in by_name(found, "Madrid").aliases


def test_a_citys_name_in_another_language_and_its_cases() -> None:
    both = gazetteer_for(frozenset({"es", "pl", "en"}))
    assert both.place("Walencja") == "Valencia"  # GeoNames' Polish name of the city
    assert both.place("Walencji") == "Valencia"  # and its genitive
    assert other_name("Walencja", frozenset({"es", "pl", "en"})) == "Valencia"
    # No article of the city's country's language: its other names are not read.
    assert other_name("Walencja", frozenset({"pl", "en"})) is None
    assert other_name("Walencja", frozenset({"en"})) is None


def test_a_spelling_an_everyday_word_or_a_given_name_is_no_other_name() -> None:
    spanish = frozenset({"es", "en", "pl"})
    assert town_alternates(spanish).get("Resistencia") == "Resistencia"
    assert other_name("Resistencia", spanish) is None  # "resistance": a word, and the own name
    greek = frozenset({"el", "en", "de"})
    assert town_alternates(greek).get("Larissa") == "Lárisa"
    assert other_name("Larissa", greek) is None  # a spelling: read by the folded names
    argentine = frozenset({"es", "en"})
    assert town_alternates(argentine).get("Rosario") is not None
    assert other_name("Rosario", argentine) is None  # a given name
