"""One-word translations of a region's name that only respell its ending ("Ligurie",
"Ligurië" of "Liguria"): :func:`briefing.topics.subdivisions._respelt`, with look-alikes."""

from __future__ import annotations

from briefing.topics.multilingual_gazetteer import gazetteer_for
from briefing.topics.subdivisions import _respelt, subdivision_names


def test_a_translation_that_respells_the_ending_is_the_same_region() -> None:
    assert _respelt("Ligurie", ["Liguria"])
    assert _respelt("Ligurië", ["Liguria"])
    assert _respelt("Bologne", ["Bologna"])


def test_look_alikes_and_other_changes_are_not_respellings() -> None:
    assert not _respelt("Australia", ["Austria"])  # two countries, one more syllable
    assert not _respelt("Austria", ["Australia"])
    assert not _respelt("Ligurien", ["Liguria"])  # a German ending: more than a vowel
    assert not _respelt("Лигурия", ["Liguria"])  # another script
    assert not _respelt("Para", ["Pará"])  # too short a stem to say
    assert not _respelt("Nord-Est", ["Nordeste"])  # two words


def test_subdivision_names_hold_the_respelt_translations_of_the_briefings_languages() -> None:
    names = subdivision_names(frozenset({"it", "fr", "nl", "en"}))
    assert names["Ligurie"] == "Liguria"
    assert names["Ligurië"] == "Liguria"
    assert "Ligurien" not in names  # no German article in the briefing, and not a respelling
    assert "Trente" not in names  # Trento in French, but French for "thirty"
    gaz = gazetteer_for(frozenset({"it", "fr", "en"}))
    assert gaz.place("Ligurie") == "Liguria"
    assert gaz.place("Trente") is None
    # No article in Italy's language: Italy's regions are not read at all.
    assert gazetteer_for(frozenset({"fr", "nl", "en"})).place("Ligurie") is None
