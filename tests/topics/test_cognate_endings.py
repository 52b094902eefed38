"""Names translated word by word whose cognates differ by an ending ("Coast Guard" /
"Guardia Costera"): :func:`briefing.topics.cognate_endings.word_ratio` compares the shorter
word with the longer one's start, and :class:`~briefing.topics.cognate_endings.AlikeWords`
finds the words it passes as a loop over every word would. Names invented for this test."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from briefing.topics.cognate_endings import AlikeWords, word_ratio
from briefing.topics.phrase_names import _phrase_words, phrase_cognates


def _pairs(names: dict[str, set[str]]) -> list[tuple[str, str]]:
    return phrase_cognates(list(names), names)


def test_a_cognate_with_an_ending_is_alike_by_its_start() -> None:
    assert fuzz.ratio("guard", "guardia") < 85 <= word_ratio("guard", "guardia")
    assert fuzz.ratio("koast", "kostera") < 70 <= word_ratio("koast", "kostera")
    assert word_ratio("kostera", "koast") == word_ratio("koast", "kostera")


def test_a_short_word_or_a_long_run_is_compared_whole() -> None:
    assert word_ratio("park", "parkinson") == fuzz.ratio("park", "parkinson") < 70
    assert word_ratio("art", "artes") == fuzz.ratio("art", "artes")
    assert word_ratio("marsh", "marsh") == 100


def test_a_body_named_in_three_languages_with_endings_is_one_name() -> None:
    names = {
        "n:national coast guard": {"en"},
        "n:guardia costera nacional": {"es"},
        "n:guardia costiera nazionale": {"it"},
    }
    assert all(_phrase_words(k) for k in names)
    pairs = {frozenset(pair) for pair in _pairs(names)}
    assert frozenset(["n:national coast guard", "n:guardia costera nacional"]) in pairs
    assert frozenset(["n:national coast guard", "n:guardia costiera nazionale"]) in pairs
    names = {"n:valley coast guard": {"en"}, "n:guardia costera": {"es"}}
    assert _pairs(names) == []  # three words and two: never one name


def test_two_names_sharing_only_a_start_stay_apart() -> None:
    # "Coast Road" is no coast guard; "Parkinson Lane" is no "Park Lane"; one language
    # writes both names of a pair: two things.
    assert _pairs({"n:coast road": {"en"}, "n:guardia costera": {"es"}}) == []
    assert _pairs({"n:park lane": {"en"}, "n:parkinson lane": {"de"}}) == []
    assert _pairs({"n:coast guard": {"en", "es"}, "n:guardia costera": {"es"}}) == []


def test_a_cognate_with_an_ending_in_german_and_french() -> None:
    names = {"n:nordic marine guard": {"de"}, "n:garde marine nordique": {"fr"}}
    assert _pairs(names) == [("n:nordic marine guard", "n:garde marine nordique")]


_WORDS = st.text(alphabet="aeiknorst", min_size=1, max_size=10)


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, max_size=30), _WORDS)
def test_the_alike_words_are_those_a_loop_over_every_word_finds(
    choices: list[str], word: str
) -> None:
    expected = {c for c in choices if word_ratio(word, c) >= 70}
    assert set(AlikeWords(choices, 70)(word)) == expected


def test_the_alike_words_of_a_word_with_an_ending() -> None:
    alike = AlikeWords(["guardia", "guardianship", "gulf", "kostera", "kosten"], 70)
    assert set(alike("guard")) == {"guardia"}  # "guardianship" runs on by seven letters
    assert set(alike("koast")) == {"kostera", "kosten"}
    assert alike("art") == []
