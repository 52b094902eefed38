"""A compound written with a hyphen and its solid spelling find each other in languages that
write compounds solid (``hyphen_compounds.py``); elsewhere, and for words that only look
like the parts, nothing changes. Every sentence here was written for these tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from search.factory import hit_ids, make_article, synced

from briefing.search import SearchIndex
from briefing.search.analysis import analyse_word
from briefing.search.hyphen_compounds import joined_terms, split_phrases


def test_a_solid_word_splits_into_two_known_words() -> None:
    found = split_phrases("hafenbrand", ("de", "en"), {"hafen", "brand"}.__contains__)
    assert found == [("de", (analyse_word("hafen", "de"), analyse_word("brand", "de")))]


@pytest.mark.parametrize(
    ("word", "known", "languages"),
    [
        ("hafenbrand", {"hafen", "brand"}, ("en", "fr")),  # no compounding language
        ("notstand", {"not", "stand"}, ("de",)),  # a part shorter than four letters
        ("hafenbrand", {"hafen"}, ("de",)),  # the rest is no word of the briefing
        ("hafen2031", {"hafen", "2031"}, ("de",)),  # not a word of letters
    ],
)
def test_no_split(word: str, known: set[str], languages: tuple[str, ...]) -> None:
    assert split_phrases(word, languages, known.__contains__) == []


def test_a_hyphenated_word_joins_in_a_compounding_language() -> None:
    terms = joined_terms(["hafen", "brand"], "Hafen-Brand", ("de", "en"))
    assert terms == {analyse_word("hafenbrand", "de")}


@pytest.mark.parametrize(
    ("parts", "typed", "languages"),
    [
        (["hafen", "brand"], "Hafen-Brand", ("en", "fr")),  # no compounding language
        (["hafen", "brand"], "Hafen Brand", ("de",)),  # two words typed apart
        (["hafen"], "Hafen-", ("de",)),  # one part only
    ],
)
def test_no_join(parts: list[str], typed: str, languages: tuple[str, ...]) -> None:
    assert joined_terms(parts, typed, languages) == frozenset()


DE_HYPHEN = make_article(
    "de-hyphen",
    "Nach dem Hafen-Brand blieb die Werft drei Tage geschlossen.",
    title="Werft",
    language="de",
)
DE_SOLID = make_article(
    "de-solid",
    "Der Hafenbrand in Velmora zerstörte zwei Lagerhallen am Kai.",
    title="Kai",
    language="de",
)
NL_HYPHEN = make_article(
    "nl-hyphen",
    "De gemeente-raad vergaderde dinsdag over de nieuwe kade.",
    title="Kade",
    language="nl",
)
# Look-alikes: the parts side by side in English prose, and apart in German prose.
EN_APART = make_article(
    "en-apart", "The harbour of Hafen Brand Road was quiet.", title="Road", language="en"
)
DE_APART = make_article(
    "de-apart",
    "Im Hafen roch es nach Rauch, doch ein Brand wurde nicht gemeldet.",
    title="Rauch",
    language="de",
)
ARTICLES = [DE_HYPHEN, DE_SOLID, NL_HYPHEN, EN_APART, DE_APART]
BY_ID = {a.id: a for a in ARTICLES}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    yield from synced(tmp_path_factory.mktemp("hyphen-compounds"), ARTICLES)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Hafenbrand", {"de-solid", "de-hyphen"}),  # the solid word finds the hyphenated one
        # the other way round; the parts anywhere in one text still match, as before
        ("Hafen-Brand", {"de-hyphen", "de-solid", "de-apart", "en-apart"}),
        ("Gemeenteraad", {"nl-hyphen"}),  # Dutch too
        ("Brand", {"de-hyphen", "de-apart", "en-apart"}),  # a part alone, as before
        ('"Hafen Brand"', {"de-hyphen", "en-apart"}),  # a phrase as before
    ],
)
def test_search(index: SearchIndex, query: str, expected: set[str]) -> None:
    assert hit_ids(index, query, BY_ID) == expected


def test_the_solid_word_ranks_its_own_spelling_first(index: SearchIndex) -> None:
    hits = index.search("Hafenbrand", BY_ID).hits
    assert [h.article_id for h in hits][:1] == ["de-solid"]
