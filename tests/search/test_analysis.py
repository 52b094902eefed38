"""The analyzers: script-aware stemming, and the fast tokeniser that highlighting relies on."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.search.analysis import (
    EXACT,
    STEMMING,
    fast_tokens,
    stem_word,
    term_ranges,
    tokens,
)

WORDS = st.sampled_from(
    [
        "the",
        "Migrants",
        "migration",
        "a",
        "of",
        "U.S.",
        "саммита",
        "Саммит",
        "в",
        "и",
        "3.5",
        "e-mail",
        "don't",
        "x*y",
        "Ǆemal",
        "İstanbul",
        "straße",
        "ΟΔΟΣ",
        "日本語",
        "_",
        "__init__",
    ]
)
SEPARATORS = st.sampled_from([" ", "  ", ", ", ".", "\n", "—", "'", "-", "…", "\t", "("])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(WORDS, SEPARATORS), max_size=25))
def test_fast_tokens_equal_the_real_analyzers_on_word_soup(parts: list[tuple[str, str]]) -> None:
    text = "".join(word + sep for word, sep in parts)
    assert fast_tokens(text, stemmed=True) == tokens(STEMMING, text)
    assert fast_tokens(text, stemmed=False) == tokens(EXACT, text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_fast_tokens_equal_the_real_analyzers_on_any_text(text: str) -> None:
    assert fast_tokens(text, stemmed=True) == tokens(STEMMING, text)
    assert fast_tokens(text, stemmed=False) == tokens(EXACT, text)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(WORDS, SEPARATORS), max_size=25),
    st.frozensets(WORDS.map(str.lower)),
    st.frozensets(WORDS.map(str.lower)),
)
def test_term_ranges_select_what_the_tokens_would(
    parts: list[tuple[str, str]], raw_stems: frozenset[str], words: frozenset[str]
) -> None:
    text = "".join(word + sep for word, sep in parts)
    stems = frozenset(stem_word(w) for w in raw_stems)
    expected = sorted(
        {(t.start, t.end) for t in fast_tokens(text, stemmed=True) if t.text in stems}
        | {(t.start, t.end) for t in fast_tokens(text, stemmed=False) if t.text in words}
    )
    assert term_ranges(text, stems, words) == expected


def test_stemmer_is_chosen_by_script() -> None:
    assert stem_word("migrants") == stem_word("migrant") == "migrant"
    assert stem_word("саммита") == "саммит"
    assert stem_word("президентом") == stem_word("президента")
    # Words of other scripts pass through Porter unchanged in substance.
    assert stem_word("日本語") == "日本語"


def test_stop_words_are_dropped_but_phrase_positions_stay_adjacent() -> None:
    got = [(t.text, t.pos) for t in tokens(STEMMING, "President of the Russian Federation")]
    assert got == [("presid", 0), ("russian", 1), ("feder", 2)]
