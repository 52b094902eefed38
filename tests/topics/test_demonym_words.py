"""A key word that is a listed place's demonym or adjective is that place, not a theme.

Every text here is written for the test (invented places and people).
"""

from __future__ import annotations

from briefing.topics.candidates import Occurrence
from briefing.topics.demonym_words import demonym_place, place_of_form

_NAMES = {
    "g:Velmoria": {"Velmoria", "Velmorie", "Velmorien"},
    "g:Niger": {"Niger"},
    "g:Nigeria": {"Nigeria"},
    "g:India": {"India"},
    "g:Indiana": {"Indiana"},
}


def test_demonyms_derived_from_the_names_in_several_languages() -> None:
    assert place_of_form("velmorianos", _NAMES) == "g:Velmoria"  # Spanish-like plural
    assert place_of_form("velmoraine", _NAMES) == "g:Velmoria"  # French-like: "Velmorie"
    assert place_of_form("Velmorener", _NAMES) == "g:Velmoria"  # German-like: "Velmorien"


def test_the_place_whose_whole_name_the_word_begins_with_wins() -> None:
    assert place_of_form("Nigerian", _NAMES) == "g:Nigeria"  # not Niger
    assert place_of_form("Nigerien", _NAMES) == "g:Niger"
    assert place_of_form("Indian", _NAMES) == "g:India"  # not Indiana


def test_words_that_only_start_alike_are_no_demonym() -> None:
    assert place_of_form("parish", {"g:Paris": {"Paris"}}) is None  # "-h" is no ending
    assert place_of_form("Parisians", {"g:Paris": {"Paris"}}) == "g:Paris"
    assert place_of_form("Parisiennes", {"g:Paris": {"Paris"}}) is None  # "-iennes": too long
    assert place_of_form("velvet", _NAMES) is None  # "vel": too few letters
    assert place_of_form("Velmoxan", _NAMES) is None  # "-xan" reads as no ending
    assert place_of_form("Velmoriatribunal", _NAMES) is None  # a word of its own after it
    assert place_of_form("Nige", _NAMES) is None


def _uses(*forms: str) -> list[Occurrence]:
    return [Occurrence(f"{n:03d}", 0, 0, len(f), f) for n, f in enumerate(forms)]


def test_most_uses_must_be_one_place_s() -> None:
    assert demonym_place(_uses("velmorianos", "Velmorener", "velmoraine"), _NAMES) == "g:Velmoria"
    # Half the uses are another word: a theme that mentions the people, left as it is.
    assert demonym_place(_uses("velmorianos", "ballots", "ballot", "velmoraine"), _NAMES) is None
