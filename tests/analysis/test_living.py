"""Counts of the living (analysis/living.py): a part of the noun, never set against the whole.

Fixtures are written for these tests (no article text).
"""

from __future__ import annotations

from analysis.builders import figure_flags, in_language, values_by_article

from briefing.analysis.counted_noun import _counted


def _key(language: str, text: str) -> str:
    start = next(i for i, c in enumerate(text) if c.isdigit())
    end = start + next(i for i, c in enumerate(text[start:]) if not c.isdigit())
    found = _counted(text, start, end, language)
    assert found is not None
    return found.key[1]


def test_the_living_are_keyed_apart_in_several_languages() -> None:
    assert _key("it", "Sono tornati 17 ostaggi ancora in vita.").endswith(" alive")
    assert _key("es", "Volvieron 17 rehenes israelíes vivos.").endswith(" alive")
    assert _key("fr", "On attend 17 otages vivants.").endswith(" alive")
    assert _key("de", "Es kamen 17 lebende Geiseln zurück.").endswith(" alive")
    # the word belongs to another count, after a comma and a number: not this one's
    assert not _key("fr", "Au total, 36 otages, dont 17 encore vivants.").endswith(" alive")
    assert not _key("it", "Sono tornati 17 ostaggi dalla prigionia.").endswith(" alive")


def test_the_living_and_all_stay_silent_and_two_counts_of_the_living_disagree() -> None:
    living = in_language("it", "a", "Sono stati liberati i 20 ostaggi ancora in vita.")
    everyone = in_language("it", "b", "In tutto restano 36 ostaggi, dice il governo.")
    assert not figure_flags(living, everyone)
    other = in_language("it", "c", "Sono stati liberati 27 ostaggi vivi, dice il governo.")
    (found,) = figure_flags(living, other)
    assert set(values_by_article(found)) == {"20 ostaggi", "27 ostaggi"}
