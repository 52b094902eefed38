"""Traditional Chinese characters fold to simplified (``han.py``, through ``analysis.fold``):
a search typed in one script finds the other, and a highlight falls on the characters the
reader sees. All text written for these tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from search.factory import highlighted, hit_ids, make_article, synced

from briefing.search import SearchIndex
from briefing.search.analysis import fold, word_terms
from briefing.search.han import simplified_table

TRADITIONAL = make_article(
    "zh-hant", "工黨領袖在議會發表談話，表示將參加選舉。", title="工黨領袖談選舉", language="zh"
)
SIMPLIFIED = make_article(
    "zh-hans", "绿党领袖在青河市发表讲话，呼吁提前选举。", title="绿党呼吁选举", language="zh"
)
JAPANESE = make_article("ja", "北浜市の市長は東京で記者会見を開いた。", language="ja")
ENGLISH = make_article("en", "The party leader spoke to the council about the election.")
ARTICLES = [TRADITIONAL, SIMPLIFIED, JAPANESE, ENGLISH]
BY_ID = {a.id: a for a in ARTICLES}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    yield from synced(tmp_path_factory.mktemp("han"), ARTICLES)


def test_the_table_maps_single_traditional_characters_to_one_simplified_each() -> None:
    table = simplified_table()
    assert table[ord("黨")] == "党" and table[ord("選")] == "选" and table[ord("東")] == "东"
    assert ord("党") not in table and ord("a") not in table  # simplified and Latin stay
    assert all(len(chr(code)) == 1 == len(form) for code, form in table.items())
    assert all(ord(form) not in table for form in table.values())  # chains run to their end


def test_folding_keeps_the_length_and_leaves_other_text_alone() -> None:
    text = "工黨 Café 保守党 東京"
    assert fold(text) == "工党 Cafe 保守党 东京"
    assert len(fold(TRADITIONAL.paragraphs[0].text)) == len(TRADITIONAL.paragraphs[0].text)


def test_both_scripts_give_the_same_terms() -> None:
    assert word_terms("選舉", "zh") == word_terms("选举", "zh") == ("选举",)
    assert word_terms("工黨", "zh") == word_terms("工党", "ja")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("选举", {"zh-hant", "zh-hans"}),  # simplified typed: the traditional text too
        ("選舉", {"zh-hant", "zh-hans"}),  # traditional typed: the simplified text too
        ("领袖", {"zh-hant", "zh-hans"}),
        ("工党", {"zh-hant"}),
        ("绿黨", {"zh-hans"}),  # a mixed query still meets its word
        ("東京", {"ja"}),  # a Japanese word still finds its own text
        ("东京", {"ja"}),
        ("青河", {"zh-hans"}),
    ],
)
def test_a_search_in_one_script_finds_the_other(
    index: SearchIndex, query: str, expected: set[str]
) -> None:
    assert hit_ids(index, query, BY_ID) == expected


def test_the_highlight_marks_the_characters_as_written(index: SearchIndex) -> None:
    found = highlighted(index, "选举", BY_ID)
    assert "選舉" in found["zh-hant"] and "选举" in found["zh-hans"]
    assert highlighted(index, "东京", BY_ID)["ja"] == ["東京"]
