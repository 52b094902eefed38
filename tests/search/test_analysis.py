"""The analyzers: script-aware stemming, and the fast tokeniser that highlighting relies on."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.search.analysis import EXACT, STEMMING, fast_tokens, stem_word, tokens

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


def test_stemmer_is_chosen_by_script() -> None:
    assert stem_word("migrants") == stem_word("migrant") == "migrant"
    assert stem_word("саммита") == "саммит"
    assert stem_word("президентом") == stem_word("президента")
    # Words of other scripts pass through Porter unchanged in substance.
    assert stem_word("日本語") == "日本語"


def test_stop_words_are_dropped_but_phrase_positions_stay_adjacent() -> None:
    got = [(t.text, t.pos) for t in tokens(STEMMING, "President of the Russian Federation")]
    assert got == [("presid", 0), ("russian", 1), ("feder", 2)]
