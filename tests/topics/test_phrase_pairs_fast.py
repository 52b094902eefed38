"""The cross-language name pairs worth comparing word by word, found by their alike words
rather than by listing every pair (issue 15): held to listing every pair of names in no
common language and keeping those whose first word has a partner, as before (names made up
for this test)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import process
from topics.helpers import across_languages

from briefing.topics.cognate_endings import word_ratio
from briefing.topics.phrase_names import (
    _FIRST,
    _first_word_partners,
    _phrase_words,
    phrase_cognates,
)


def plain_partners(
    group: list[tuple[str, list[str]]], languages: dict[str, set[str]]
) -> list[tuple[int, int]]:
    """Every pair in no common language whose first name's first word has a partner."""
    return [
        (i, j)
        for i, j in across_languages(group, languages)
        if process.extractOne(group[i][1][0], group[j][1], scorer=word_ratio, score_cutoff=_FIRST)
        is not None
    ]


def _group(names: dict[str, set[str]]) -> list[tuple[str, list[str]]]:
    group = []
    for key in names:
        words = _phrase_words(key)
        if words is not None:
            group.append((key, words))
    return group


def _passing(
    group: list[tuple[str, list[str]]], pairs: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    return [
        (i, j)
        for i, j in pairs
        if process.extractOne(group[i][1][0], group[j][1], scorer=word_ratio, score_cutoff=_FIRST)
        is not None
    ]


@settings(max_examples=300, deadline=None)
@given(
    st.dictionaries(
        st.lists(
            st.sampled_from(["mar", "ina", "kap", "ella", "elle", "san", "to", "ro", "vat", "el"]),
            min_size=2,
            max_size=6,
        ).map(
            lambda parts: (
                "n:" + " ".join("".join(parts[k : k + 2]) for k in range(0, len(parts), 2))
            )
        ),
        # Most names in one language, a few in others, some in none known.
        st.sets(st.sampled_from(["en", "en", "en", "it", "es", "pt"]), min_size=0, max_size=2),
        max_size=16,
    )
)
def test_the_same_pairs_pass_as_when_every_pair_is_listed(names: dict[str, set[str]]) -> None:
    group = _group(names)
    found = _first_word_partners(group, names)
    assert found == sorted(set(found))  # in the order of listing every pair
    assert _passing(group, found) == plain_partners(group, names)


def test_only_names_of_other_languages_with_an_alike_word_are_listed() -> None:
    names = {
        "n:kapella marina": {"it"},
        "n:capela marina": {"pt"},
        "n:bosco nero": {"pt"},
        "n:kapelle marine": {"it"},  # the same language as the first: never paired with it
    }
    group = _group(names)
    pairs = {(group[i][0], group[j][0]) for i, j in _first_word_partners(group, names)}
    assert ("n:kapella marina", "n:capela marina") in pairs
    assert ("n:capela marina", "n:kapelle marine") in pairs
    assert not any("bosco" in a or "bosco" in b for a, b in pairs)
    assert ("n:kapella marina", "n:kapelle marine") not in pairs
    assert phrase_cognates(list(names), names) == [
        ("n:kapella marina", "n:capela marina"),
        ("n:capela marina", "n:kapelle marine"),
    ]
