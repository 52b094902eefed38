"""The analyzers: stemming by language (and by script where the language has no say), and the
fast tokeniser that highlighting relies on."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from search.chain_analyzer import chain_analyzer

from briefing.search.analysis import (
    STEMMING,
    TokenAt,
    analyse_word,
    collecting_words,
    fast_tokens,
    tagged,
    term_ranges,
    tokens,
)

LANGUAGES = st.sampled_from(["und", "en", "ru", "fr", "de", "tr", "uk", "es", "ar", "zz"])


def indexed(text: str, language: str = "und") -> list[TokenAt]:
    """What the index analyses for ``text`` as a paragraph in ``language``, offsets into
    ``text`` (the marker in front of it is not text)."""
    shift = len(tagged("", language))
    return [
        TokenAt(t.text, t.pos, t.start - shift, t.end - shift)
        for t in tokens(STEMMING, tagged(text, language))
    ]


def unstemmed(text: str, language: str = "und") -> list[TokenAt]:
    return [
        TokenAt(text[t.start : t.end].lower(), t.pos, t.start, t.end)
        for t in indexed(text, language)
    ]


def stem_word(word: str) -> str:
    term = analyse_word(word, "und")
    assert term is not None
    return term


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
@given(st.lists(st.tuples(WORDS, SEPARATORS), max_size=25), LANGUAGES)
def test_fast_tokens_equal_the_real_analyzers_on_word_soup(
    parts: list[tuple[str, str]], language: str
) -> None:
    text = "".join(word + sep for word, sep in parts)
    assert fast_tokens(text, stemmed=True, language=language) == indexed(text, language)
    assert fast_tokens(text, stemmed=False, language=language) == unstemmed(text, language)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200).filter(lambda t: "\ue000" not in t), LANGUAGES)
def test_fast_tokens_equal_the_real_analyzers_on_any_text(text: str, language: str) -> None:
    assert fast_tokens(text, stemmed=True, language=language) == indexed(text, language)
    assert fast_tokens(text, stemmed=False, language=language) == unstemmed(text, language)


CHAIN = chain_analyzer()
TOKEN_FIELDS = ("text", "pos", "startchar", "endchar", "stopped", "lang", "boost", "original")


def _tokens(analyzer: object, value: str, **options: object) -> list[tuple[object, ...]]:
    return [
        tuple(getattr(t, name, None) for name in TOKEN_FIELDS)
        for t in analyzer(value, **options)  # type: ignore[operator]
    ]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.tuples(st.one_of(WORDS, LANGUAGES.map(lambda lang: tagged("", lang))), SEPARATORS),
        max_size=25,
    ),
    st.fixed_dictionaries(
        {
            "positions": st.booleans(),
            "chars": st.booleans(),
            "keeporiginal": st.booleans(),
            "removestops": st.booleans(),
            "start_pos": st.integers(0, 5),
            "start_char": st.integers(0, 5),
            "tokenize": st.booleans(),
            "mode": st.sampled_from(["index", "query", ""]),
        }
    ),
)
def test_the_one_pass_analyzer_does_what_the_tokenizer_and_two_filters_did(
    parts: list[tuple[str, str]], options: dict[str, object]
) -> None:
    """Token for token, every attribute, under every option Whoosh or the parser passes —
    and it collects exactly the words it keeps, which the old chain's filter kept."""
    value = "".join(word + sep for word, sep in parts)
    with collecting_words() as words:
        fused = _tokens(STEMMING, value, **options)
    assert fused == _tokens(CHAIN, value, **options)
    kept = _tokens(CHAIN, value, **{**options, "removestops": True, "keeporiginal": True})
    expected = set() if options["mode"] == "query" else {str(t[-1]).lower() for t in kept}
    assert words == expected


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
    stems = frozenset(analyse_word(w, "und") or w for w in raw_stems)
    expected = sorted(
        {(t.start, t.end) for t in fast_tokens(text, stemmed=True) if t.text in stems}
        | {(t.start, t.end) for t in fast_tokens(text, stemmed=False) if t.text in words}
    )
    assert term_ranges(text, stems, words) == expected


def test_undetermined_text_is_stemmed_by_script() -> None:
    assert stem_word("migrants") == stem_word("migrant") == "migrant"
    assert stem_word("саммита") == "саммит"
    assert stem_word("президентом") == stem_word("президента")
    # Words of other scripts pass through Porter unchanged in substance; a traditional Han
    # character is folded to its simplified form, as accents are (``han.py``).
    assert stem_word("日本") == "日本"
    assert stem_word("日本語") == "日本语"


def test_stop_words_are_dropped_but_phrase_positions_stay_adjacent() -> None:
    got = [(t.text, t.pos) for t in indexed("President of the Russian Federation", "en")]
    assert got == [("presid", 0), ("russian", 1), ("feder", 2)]


def test_each_language_has_its_stemmer_stop_words_and_folding() -> None:
    # Singular and plural (or case forms) meet in the paragraph's language.
    pairs = {
        "fr": ("cathédrale", "cathédrales"),
        "de": ("Haus", "Häuser"),
        "es": ("joya", "joyas"),
        "it": ("ladro", "ladri"),
        "pt": ("joia", "joias"),
        "nl": ("boek", "boeken"),
        "ru": ("президента", "президентом"),
    }
    for language, (one, other) in pairs.items():
        assert analyse_word(one.lower(), language) == analyse_word(other.lower(), language)
    assert analyse_word("les", "es") is None and analyse_word("und", "de") is None
    assert analyse_word("nuñez", "es") == analyse_word("nunez", "es")
    assert analyse_word("cathedrale", "fr") == analyse_word("cathédrale", "fr")


def test_turkish_uses_a_snowball_stemmer_whoosh_lacks() -> None:
    assert analyse_word("depremler", "tr") == "deprem"
    assert analyse_word("binalar", "tr") == analyse_word("bina", "tr")
    assert analyse_word("i̇stanbul", "tr") == "istanbul"  # İ lowercased keeps a combining dot


def test_british_and_american_spellings_meet_in_english() -> None:
    for gb, us in [
        ("labour", "labor"),
        ("defence", "defense"),
        ("organise", "organize"),
        ("colours", "colors"),
        ("centre", "center"),
        ("grey", "gray"),
    ]:
        assert analyse_word(gb, "en") == analyse_word(us, "en"), (gb, us)
    # Only English is respelled: "centre" in French text stays French.
    assert analyse_word("centre", "fr") != analyse_word("center", "en")


def test_words_in_another_script_fall_back_by_script() -> None:
    assert analyse_word("саммита", "en") == "саммит"  # Russian quote in English text
    assert analyse_word("migrants", "ru") == "migrant"  # Latin name in Russian text
    assert analyse_word("саммита", "bg") == "саммит"  # no Bulgarian stemmer: Russian's
    # Ukrainian is lemmatised, but a word its dictionary lacks (a Russian quote) is stemmed
    # as Russian, as it was before.
    assert analyse_word("саммита", "uk") == "саммит"


def test_markers_switch_language_and_take_no_position() -> None:
    text = tagged("Les joyas", "es") + "\n\n" + tagged("the jewels", "en")
    got = [(t.text, t.pos) for t in tokens(STEMMING, text)]
    assert got == [("joy", 1), ("jewel", 2)]
