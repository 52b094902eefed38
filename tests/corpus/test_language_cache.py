"""Reading's CLD2 answers and the foreign-line count (issue 15): the same answers, fewer calls.

The article's sample is handed to CLD2 three times while the foreign-line test asks about its
lines in between; the cache must keep the sample. The foreign-line count over one set must
count what the two lookups a word counted. The lines are made up.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.corpus import foreign_line, language
from briefing.corpus.kicker_words import any_language_function_words, language_function_words

_WORDS = [
    "the",
    "of",
    "and",
    "der",
    "die",
    "und",
    "les",
    "des",
    "el",
    "los",
    "que",
    "di",
    "il",
    "och",
    "het",
    "river",
    "bridge",
    "fluss",
    "brücke",
    "pont",
    "ponte",
    "zz",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=30), st.sampled_from(["en", "de", "fr", "xx"]))
def test_foreign_count_is_the_two_lookups(words: list[str], lang: str) -> None:
    anyone, ours = any_language_function_words(), language_function_words(lang)
    old = sum(word in anyone and word not in ours for word in words)
    new = sum(map(foreign_line._others_function_words(lang).__contains__, words))
    assert new == old


def test_the_sample_outlives_the_lines_asked_between() -> None:
    sample = "The river rose over the old bridge in the night and the town woke to water. " * 20
    language._cld2.cache_clear()
    first = language.detect_language(sample)
    for n in range(40):  # lines the foreign-line test asks about, each its own text
        language._cld2(f"Der Fluss stieg über die alte Brücke in der Nacht, Zeile {n}.")
    hits = language._cld2.cache_info().hits
    assert language.detect_language(sample) == first == "en"
    assert language._cld2.cache_info().hits == hits + 1  # answered from the cache


def test_a_different_sample_is_read_again() -> None:
    """The look-alike: a text that differs by one character is CLD2's to read anew."""
    sample = "The river rose over the old bridge in the night and the town woke to water. " * 20
    language.detect_language(sample)
    misses = language._cld2.cache_info().misses
    language.detect_language(sample + "!")
    assert language._cld2.cache_info().misses == misses + 1
