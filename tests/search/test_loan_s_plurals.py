"""A Spanish, Italian or Portuguese loan finds its English plural in ``-s`` and the plural its
singular (``loan_s_plurals.py``), but no native word ending so. Every sentence here was
written for these tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from search.factory import hit_ids, make_article, prefixed, synced

from briefing.search import SearchIndex
from briefing.search.analysis import analyse_word
from briefing.search.loan_s_plurals import loan_s_terms
from briefing.search.native_s_words import NATIVE_S_WORDS


@pytest.mark.parametrize(
    ("typed", "written", "language"),
    [
        ("bitcoin", "bitcoins", "es"),
        ("tuit", "tuits", "es"),
        ("email", "emails", "it"),
        ("hacker", "hackers", "it"),
        ("tweet", "tweets", "pt"),
        ("hackers", "hacker", "es"),  # the plural typed: the singular's stem (``hack``)
    ],
)
def test_a_loan_adds_its_other_numbers_stem(typed: str, written: str, language: str) -> None:
    assert analyse_word(typed, language) != analyse_word(written, language)
    terms = loan_s_terms(typed, (language,), prefixed(written))
    assert terms == {analyse_word(written, language)}


@pytest.mark.parametrize(
    ("typed", "written", "languages"),
    [
        ("ben", ("bens",), ("pt",)),  # "bens" is the plural of "bem" (goods)
        ("son", ("sons",), ("pt",)),  # "sons" of "som" (sound)
        ("val", ("vals",), ("es",)),  # "vals" is a waltz
        ("ben", ("bens",), ("es", "pt")),  # the Portuguese word reaches the Spanish stem too
        ("bitcoin", ("bitcoins", "bitcoim"), ("pt",)),  # an -ns beside the -m singular
        ("hackers", ("hacker", "hackear"), ("es",)),  # the stem holds a verb too
        ("jen", ("jens",), ("es",)),  # a given name, no plural of "Jen"
        ("hans", ("han",), ("it",)),
        ("hacker", ("hackers",), ("fr",)),  # French Snowball cuts that s itself
        ("bitcoin", (), ("es",)),  # the briefing holds no plural
    ],
)
def test_a_native_word_or_a_shared_stem_adds_nothing(
    typed: str, written: tuple[str, ...], languages: tuple[str, ...]
) -> None:
    assert loan_s_terms(typed, languages, prefixed(*written)) == frozenset()


@pytest.mark.parametrize(
    ("word", "language"),
    [  # native words ending in a vowel and s, each beside the word less its s
        ("mes", "es"),
        ("país", "es"),
        ("lunes", "es"),
        ("virus", "es"),
        ("gas", "es"),
        ("tras", "es"),
        ("más", "es"),
        ("bus", "it"),
        ("mais", "pt"),
        ("club", "es"),  # Snowball and the sibling table join "clubs" already
    ],
)
def test_other_words_add_nothing(word: str, language: str) -> None:
    vocabulary = prefixed(word, word[:-1], word + "s", "clubs")
    assert loan_s_terms(word, (language,), vocabulary) == frozenset()


def test_the_generated_table_holds_native_words() -> None:
    assert {"bens", "homens", "sons"} <= NATIVE_S_WORDS["pt"]
    assert "vals" in NATIVE_S_WORDS["es"]
    assert "bitcoins" not in NATIVE_S_WORDS["es"] | NATIVE_S_WORDS["pt"]


ES = make_article(
    "es",
    "Los atacantes pidieron un rescate de trescientos dólares en bitcoins por equipo.",
    title="Rescate",
    language="es",
)
ES_WALTZ = make_article(
    "es-waltz", "La orquesta tocó un vals antes del cierre.", title="Orquesta", language="es"
)
PT = make_article(
    "pt",
    "Os homens levaram os bens da família antes da cheia.",
    title="Cheia",
    language="pt",
)
ES_NAME = make_article(
    "es-name", "El secretario Jens habló con la prensa.", title="Prensa", language="es"
)
EN = make_article(
    "en", "Ben and Jen waited for the val of the river.", title="River", language="en"
)
ARTICLES = [ES, ES_WALTZ, ES_NAME, PT, EN]
BY_ID = {a.id: a for a in ARTICLES}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    yield from synced(tmp_path_factory.mktemp("loan-s-plurals"), ARTICLES)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("bitcoin", {"es"}),  # the singular finds the Spanish plural
        ("bitcoins", {"es"}),
        ("ben", {"en"}),  # not the Portuguese "bens"
        ("val", {"en"}),  # not the Spanish waltz
        ("jen", {"en"}),  # not the Spanish article's "Jens"
    ],
)
def test_search(index: SearchIndex, query: str, expected: set[str]) -> None:
    assert hit_ids(index, query, BY_ID) == expected
