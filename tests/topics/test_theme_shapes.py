"""Pairs that are no theme by their shape (:mod:`briefing.topics.theme_shapes`).

Texts written for the test, about made-up places and things; each rule is shown with
look-alikes that must stay.
"""

from __future__ import annotations

from briefing.topics.themes import theme_occurrences
from briefing.topics.tokens import tokenize


def _keys(text: str) -> list[str]:
    return [key for key, _start, _end in theme_occurrences(tokenize(text))]


def test_a_pair_cut_at_a_hyphen_joint_is_no_theme() -> None:
    assert _keys("The firm hopes to make travel inter-island soon.") == []
    assert "harbour protests" not in _keys("Anti-harbour protests spread in Varnia.")
    assert "ferry service" not in _keys("Its cross-ferry service closed.")


def test_a_hyphen_away_from_the_pair_keeps_it() -> None:
    assert "ferry strike" in _keys("A two-day ferry strike hit Varnia.")
    assert "ferry strike" in _keys("The ferry strike - the third - hit Varnia.")
    assert "grain exports" not in _keys("Grain-exports fell.")  # one word


def test_two_adjectives_are_no_theme() -> None:
    assert "giant new" not in _keys("The firm's giant new barge sank on Thursday.")
    assert "barge several" not in _keys("They saw the barge several times.")


def test_a_noun_that_is_also_a_general_modifier_stays_a_head() -> None:
    assert "cup final" in _keys("Varnia won the cup final on Sunday.")
    assert "ocean current" in _keys("A warm ocean current reached Varnia.")


def test_a_graded_adjective_describes_and_makes_no_theme() -> None:
    assert _keys("It is the most powerful barge ever built.") == []
    assert _keys("It was the largest and most powerful barge in Varnia.") == []
    assert _keys("It is a very complicated, gigantic barge.") == []
    assert _keys("It is an extremely heavy barge.") == []


def test_an_ungraded_classifier_or_a_counting_most_keeps_the_pair() -> None:
    assert "nuclear test" in _keys("Varnia held more nuclear tests last year.")
    assert "naval exercise" in _keys("Most naval exercises were called off.")
    assert "powerful barge" in _keys("A powerful barge docked at Varnia.")
    assert "cargo barge" in _keys("The heavy, cargo barge docked.")  # no graded word
    assert "harbor worker" in _keys("It rained, so harbour workers met.")  # "so": a clause


def test_adjective_head_is_the_modifier_list_or_a_superlative() -> None:
    # The lists and superlative are looked up once (issue 15); the answers are the rule's.
    from briefing.topics.theme_shapes import NOUNS_TOO, adjective_head
    from briefing.topics.themes import GENERIC_MODIFIERS, superlative

    assert adjective_head("new") and adjective_head("huge")  # a modifier never a noun
    assert adjective_head("largest") and adjective_head("deadliest")  # superlatives
    # Look-alikes: modifiers that are nouns too, and "-est" words no superlative.
    for word in ("current", "final", "forest", "arrest", "harbour"):
        assert not adjective_head(word)
    for word in ("new", "current", "largest", "forest", "several", "past", "ferry"):
        assert adjective_head(word) == (word in GENERIC_MODIFIERS - NOUNS_TOO or superlative(word))
