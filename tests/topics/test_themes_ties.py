"""The left half of an English three-word phrase written as often as its right half
(:mod:`briefing.topics.themes_ties`).

Texts written for the test, about made-up places; each rule is shown with look-alikes that
must stay.
"""

from __future__ import annotations

import re

from briefing.topics.candidates import Occurrence
from briefing.topics.themes_ties import tied_halves


def _themes(texts: dict[str, str], *keys: str) -> dict[str, list[Occurrence]]:
    """Every use of each two-word key (case-insensitive, whole words) in one-paragraph
    articles."""
    found: dict[str, list[Occurrence]] = {}
    for key in keys:
        found[key] = [
            Occurrence(article, 0, m.start(), m.end(), m.group())
            for article, text in texts.items()
            for m in re.finditer(rf"(?<!\w){re.escape(key)}(?!\w)", text, re.IGNORECASE)
        ]
    return found


_ENGLISH = {
    "a": "The council of Varnia warned against any outside naval blockade of its ports.",
    "b": "Officials in Varnia again rejected any outside naval blockade on Tuesday.",
}


def test_left_half_of_a_phrase_written_only_inside_it_goes() -> None:
    themes = _themes(_ENGLISH, "outside naval", "naval blockade")
    assert tied_halves(themes, dict.fromkeys(_ENGLISH, "en")) == {"outside naval"}


def test_a_left_half_also_written_alone_is_no_tie() -> None:
    texts = {**_ENGLISH, "c": "The outside naval presence grew near Varnia."}
    themes = _themes(texts, "outside naval", "naval blockade")
    assert tied_halves(themes, dict.fromkeys(texts, "en")) == set()


def test_a_verb_in_s_or_ing_after_the_pair_keeps_both() -> None:
    texts = {
        "a": "In Ostrava the flood toll rises again, officials said.",
        "b": "Rescuers fear the flood toll rises further this week.",
        "c": "Crews saw a grain ship carrying wheat near Ostrava.",
        "d": "The grain ship carrying wheat sank off Ostrava.",
    }
    themes = _themes(texts, "flood toll", "toll rises", "grain ship", "ship carrying")
    assert tied_halves(themes, dict.fromkeys(texts, "en")) == set()


def test_a_plural_middle_word_keeps_both() -> None:
    texts = {
        "a": "Two fishing boats capsize near Ostrava every winter.",
        "b": "Old fishing boats capsize there when storms come.",
    }
    themes = _themes(texts, "fishing boats", "boats capsize")
    assert tied_halves(themes, dict.fromkeys(texts, "en")) == set()


def test_other_languages_are_not_asked() -> None:
    texts = {
        "a": "Le conseil rejette toute intervention navale extérieure à Varnia.",
        "b": "Varnia refuse encore toute intervention navale extérieure.",
    }
    themes = _themes(texts, "intervention navale", "navale extérieure")
    assert tied_halves(themes, dict.fromkeys(texts, "fr")) == set()
    # English words in a French article do not count as English either.
    themes = _themes(_ENGLISH, "outside naval", "naval blockade")
    assert tied_halves(themes, {"a": "en", "b": "fr"}) == set()


def test_verb_endings_are_read_as_written_not_as_keyed() -> None:
    texts = {
        "a": "A grain boat capsizes off Ostrava, the coastguard said.",
        "b": "Rescuers fear the grain boat capsizes again in the storm.",
    }
    themes = _themes(texts, "grain boat", "boat capsizes")
    themes["boat capsize"] = themes.pop("boat capsizes")  # keyed singular, as the shapes do
    assert tied_halves(themes, dict.fromkeys(texts, "en")) == set()
