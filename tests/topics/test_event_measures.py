"""A modifier written after a number is a measure, found by searching only the stretches after
numbers (:func:`~briefing.topics.event_measures.after_numbers`): the answers must be those of
searching the whole text, word boundaries and letter case included.

Every text is written for the test, in English, German, Turkish and Russian.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from briefing.topics.event_measures import _measure, after_numbers, modifiers

_LEADS = [
    "A 6.9-magnitude tremor shook Varnsholm on Tuesday, officials said.",
    "Das Beben der Stärke 5,8 erschütterte Oskaven; 12 Häuser stürzten ein.",
    "Ölçekte 4,2 büyüklüğünde bir SARSINTI Tarnköy'ü vurdu, 3ıtalyan turist yaralandı.",
    "Землетрясение магнитудой 6,1 произошло у Варнска, 7-балльные толчки ощущались.",
    "Rescuers found 40 survivors; the 2024 flood was milder, the mayor said.",
    "The tremor-hit town of Varnsholm waits; 300 magnitudes of difference, none measured.",
    "No number here: a strong tremor and a magnitude scale, 10survivors later.",
]

_WORDS = [
    "magnitude",  # after "6.9-": a measure
    "magnitudes",  # after "300 "
    "magnitud",  # a prefix of "magnitude": the boundary after it must fail
    "stärke",  # before the number, never after it
    "häuser",  # after "12 "
    "büyüklüğünde",  # after "4,2 "
    "sarsinti",  # written "SARSINTI": not after a number
    "italyan",  # "3ıtalyan": dotless ı, which the case-blind pattern takes for "i"
    "балльные",  # after "7-"
    "толчки",  # not after a number
    "survivors",  # after "40 " and glued to "10"
    "flood",  # after "2024 ", a year
    "tremor",  # never after a number
    "mayor",
    "town",
]


@pytest.mark.parametrize("word", _WORDS)
def test_the_stretches_after_numbers_answer_as_the_whole_text(word: str) -> None:
    whole = "\0".join(_LEADS)
    pattern = _measure(word)
    for longest in (len(word), len(word) + 3, 40):
        found = pattern.search(after_numbers(whole, longest))
        assert bool(found) == bool(pattern.search(whole)), (word, longest)


def test_the_fixture_has_measures_and_words_that_are_none() -> None:
    whole = "\0".join(_LEADS)
    measured = {w for w in _WORDS if _measure(w).search(whole)}
    assert {"magnitude", "häuser", "büyüklüğünde", "балльные", "flood", "italyan"} <= measured
    assert not measured & {"magnitud", "stärke", "sarsinti", "толчки", "tremor", "mayor"}


def test_a_word_cut_at_the_stretch_end_is_not_taken_for_a_whole_word() -> None:
    # "magnitudes" goes on past a stretch of len("magnitude") characters after "300 ": the
    # stretch runs on to the word's end, so "magnitude" does not end at a boundary there.
    text = "About 300 magnitudes apart."
    assert not _measure("magnitude").search(text)
    assert not _measure("magnitude").search(after_numbers(text, len("magnitude")))
    assert after_numbers(text, len("magnitude")) == "300 magnitudes"


def test_no_number_leaves_nothing_to_search() -> None:
    assert after_numbers("A tremor of some magnitude, no figures given.", 20) == ""


def test_overlapping_stretches_are_one() -> None:
    assert after_numbers("1 2 3 quake", 5) == "1 2 3 quake"


def test_modifiers_drop_the_measures_and_keep_the_kinds() -> None:
    leads = [
        "A 6.9-magnitude quake hit Varnsholm.",
        "The deadly quake hit Varnsholm at dawn.",
        "Varnsholm counts the dead after a deadly quake and a 6.9 magnitude aftershock.",
    ]
    pairs: Counter[tuple[str, str]] = Counter(
        {("magnitude", "quake"): 2, ("deadly", "quake"): 2, ("strong", "quake"): 1}
    )
    assert modifiers(pairs, "quake", leads) == [(2, "deadly")]
    assert modifiers(pairs, "tremor", leads) == []


def test_words_with_pattern_characters_are_searched_literally() -> None:
    text = "It was 5 so-called tremors; 7 (a.m.) quakes."
    for word in ("so-called", "a.m", "(a.m.)"):
        pattern = re.compile(rf"\d[\d.,]*[\s-]*{re.escape(word)}\b", re.IGNORECASE)
        assert bool(pattern.search(after_numbers(text, len(word)))) == bool(pattern.search(text))
