"""An Arabic noun in a query finds its dual (``arabic_duals.py``); look-alikes that
simplemma's lexicon reads as words of their own stay apart. Every sentence here was written
for these tests."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pytest
from search.factory import hit_ids, make_article, synced

from briefing.search import SearchIndex
from briefing.search.analysis import analyse_word
from briefing.search.arabic_duals import arabic_dual_terms


def _prefixed(*words: str):  # type: ignore[no-untyped-def]
    def lookup(prefix: str) -> Iterable[str]:
        return [w for w in words if w.startswith(prefix)]

    return lookup


@pytest.mark.parametrize(
    ("typed", "other"),
    [
        ("سد", "سدين"),  # dam, two dams (oblique)
        ("سد", "السدان"),  # with the article, nominative
        ("عام", "عامين"),  # year, two years
        ("قمة", "قمتين"),  # a final ta marbuta written ta before the ending
        ("السد", "السدين"),  # a typed word with the article
        ("عامان", "عامين"),  # a typed dual finds the other case
    ],
)
def test_a_noun_finds_its_dual(typed: str, other: str) -> None:
    assert analyse_word(typed, "ar") != analyse_word(other, "ar")
    assert analyse_word(other, "ar") in arabic_dual_terms(typed, ("ar",), _prefixed(other))


@pytest.mark.parametrize(
    ("typed", "other", "languages"),
    [
        ("سك", "سكان", ("ar",)),  # inhabitants: a word of its own, no dual of "سك"
        ("فن", "فنان", ("ar",)),  # an artist, no dual of "art"
        ("بي", "بيان", ("ar",)),  # a statement
        ("مدينة", "مدينين", ("ar",)),  # not the dual's spelling of a ta marbuta noun
        ("سد", "سدين", ("fa",)),  # no Arabic text in the briefing
        ("سد", "سدود", ("ar",)),  # a broken plural: not a dual
    ],
)
def test_look_alikes_add_nothing(typed: str, other: str, languages: tuple[str, ...]) -> None:
    assert arabic_dual_terms(typed, languages, _prefixed(other)) == frozenset()


TWO = make_article(
    "two", "انهار السدان فوق المدينة بعد عامين من التحذير.", title="السدان", language="ar"
)
ONE = make_article("one", "بني سد جديد في الوادي.", title="الوادي", language="ar")
OTHER = make_article("other", "زار الفنان السكان في الوادي.", title="زيارة", language="ar")
ARTICLES = [TWO, ONE, OTHER]
BY_ID = {a.id: a for a in ARTICLES}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    yield from synced(tmp_path_factory.mktemp("arabic-duals"), ARTICLES)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("سد", {"two", "one"}),
        ("عام", {"two"}),
        ("سك", set()),
    ],
)
def test_search(index: SearchIndex, query: str, expected: set[str]) -> None:
    assert hit_ids(index, query, BY_ID) == expected
