"""An acronym two names fit, that are one body in two languages (topicprec10).

Every text here is written for the test (invented bodies, people and towns).
"""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article, holding

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.country_initials import country_initial_pairs
from briefing.topics.expansions import one_translated


def _content(key: str) -> list[str]:
    return [w for w in key[2:].replace("'", " ").split() if w not in {"d", "de", "en", "of"}]


def test_a_name_with_one_word_translated_outright_is_a_translation() -> None:
    # "réseau" is "red" (no cognate), "hydraulique" is "hidráulica".
    assert one_translated(["réseau", "hydraulique"], ["red", "hidráulica"])
    assert (
        one_translated(["office", "hydraulique", "national"], ["bureau", "hidráulico", "nacional"])
        is False
    )  # two first letters differ: o/b
    assert one_translated(
        ["oficina", "hidráulica", "nacional"], ["office", "hydraulique", "national"]
    )


def test_names_that_only_share_letters_are_no_translation() -> None:
    assert not one_translated(["radio", "hispana"], ["red", "hidráulica"])  # no word alike
    assert not one_translated(["banco", "central"], ["radio", "central"])  # b / r left over
    assert not one_translated(["red"], ["réseau"])  # one word: nothing witnesses it
    assert not one_translated(["red", "hidráulica"], ["réseau", "hydraulique", "national"])


def test_two_fitting_bodies_that_are_one_name_in_two_languages_take_the_acronym() -> None:
    bodies = ["n:red hidraulica", "n:reseau hydraulique"]  # both spell "rh"
    one = lambda found: True  # noqa: E731
    pairs = country_initial_pairs(
        ["n:rhe"], bodies, {"España"}, lambda k: False, _content, translations=one
    )
    assert sorted(pairs) == [("n:rhe", "n:red hidraulica"), ("n:rhe", "n:reseau hydraulique")]
    # Not one name: the letters do not tell which, as before.
    two = lambda found: False  # noqa: E731
    assert (
        country_initial_pairs(
            ["n:rhe"], bodies, {"España"}, lambda k: False, _content, translations=two
        )
        == []
    )


def _in(language: str, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


def _packet(french_name: str) -> list[Article]:
    spanish = [
        _in(
            "es", n, f"La Red de Irrigación cortó el agua en Velmora el día {n}, dijo Tomás Arvide."
        )
        for n in range(3)
    ]
    english = [
        _in("en", 3, "Red de Irrigación said pumps in Velmora failed; RIE blamed the heat."),
        _in(
            "en",
            4,
            "The operator Red de Irrigación expects water back in Velmora by night, RIE said.",
        ),
    ]
    french = [
        _in(
            "fr",
            5,
            f"Les pompes de Velmora sont à l'arrêt, selon le {french_name} en Espagne (RIE). "
            "Mais la Red de Irrigación a promis un retour rapide.",
        )
    ]
    return spanish + english + french


def test_the_acronym_and_the_translation_join_the_body() -> None:
    topics = extract_topics(_packet("Réseau d'Irrigation"))
    held = {t.id for t in holding(topics, "Red de Irrigación")}
    assert len(held) == 1
    assert held == {t.id for t in holding(topics, "RIE")}
    assert held == {t.id for t in holding(topics, "Réseau d'Irrigation")}


def test_another_body_with_the_letters_stays_apart() -> None:
    # "Radio Ibérica" spells "ri" too, but no word of it is a word of "Red de Irrigación".
    topics = extract_topics(_packet("Radio Ibérica"))
    assert holding(topics, "Radio Ibérica")  # a name of its own, with the letters
    assert {t.id for t in holding(topics, "RIE")}.isdisjoint(
        {t.id for t in holding(topics, "Red de Irrigación")}
    )
