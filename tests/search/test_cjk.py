"""Chinese, Japanese and Korean: runs of Han, Kana and Hangul are indexed as overlapping
bigrams and a typed word is the phrase of its bigrams (``cjk.py``). All text written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from search.factory import highlighted, make_article

from briefing.search import SearchIndex
from briefing.search.analysis import STEMMING, fast_tokens, tagged, tokens
from briefing.search.cjk import join_runs, word_matches

ZH = make_article(
    "zh",
    "外交部长王海抵达青河市，出席地区会议。\nG20峰会下月举行，iPhone发布会同日。",
    language="zh",
)
ZH_APART = make_article("zh2", "他住在青山村，河市的集市很热闹。", language="zh")
JA = make_article("ja", "山田外相は北浜市で記者会見を開いた。", language="ja")
KO = make_article("ko", "김민수 장관이 남해시에 도착했다.", language="ko")
EN = make_article("en", "The minister arrived in the harbour city for regional talks.")
RU = make_article("ru", "Министр прибыл в портовый город на переговоры.", language="ru")
ALL = [ZH, ZH_APART, JA, KO, EN, RU]
BY_ID = {a.id: a for a in ALL}


@pytest.fixture
def index(index_dir: Path) -> SearchIndex:
    opened = SearchIndex.open(index_dir)
    opened.sync(ALL)
    return opened


def _found(index: SearchIndex, query: str) -> dict[str, list[str]]:
    return highlighted(index, query, BY_ID)


def test_a_run_becomes_overlapping_bigrams_with_their_characters() -> None:
    text = "青河市，G20峰会"
    got = [(t.text, t.start, t.end) for t in fast_tokens(text, stemmed=True, language="zh")]
    assert got == [("青河", 0, 2), ("河市", 1, 3), ("g20", 4, 7), ("峰会", 7, 9)]
    assert [t.pos for t in fast_tokens(text, stemmed=True, language="zh")] == [0, 1, 2, 3]


def test_a_lone_character_stays_one_unigram() -> None:
    assert [m.group(0) for m in word_matches("A 日 b")] == ["A", "日", "b"]
    assert [t.text for t in fast_tokens("A 日 b", stemmed=True, language="ja")] == ["日"]


def test_the_analyzer_and_the_highlighter_tokenise_alike() -> None:
    for text, language in [
        ("外交部长王海抵达青河市。", "zh"),
        ("iPhone发布会，記者会見を開いた", "ja"),
        ("김민수 장관이 도착했다", "ko"),
        ("The ministers' talks", "en"),
    ]:
        expected = tokens(STEMMING, tagged(text, language))
        shifted = [(t.text, t.pos, t.start - 4, t.end - 4) for t in expected]  # the marker
        assert [
            (t.text, t.pos, t.start, t.end)
            for t in fast_tokens(text, stemmed=True, language=language)
        ] == shifted


def test_text_without_cjk_is_cut_exactly_as_before() -> None:
    from whoosh.analysis.tokenizers import default_pattern

    for text in ["Hello, world.", "Саммит в Душанбе", "a.b.c e-mail Nuñez", "čeština 2025"]:
        assert [m.span() for m in word_matches(text)] == [
            m.span() for m in default_pattern.finditer(text)
        ]


@pytest.mark.parametrize(
    ("query", "article", "marked"),
    [
        ("王海", "zh", "王海"),
        ("青河市", "zh", "青河市"),
        ("記者会見", "ja", "記者会見"),
        ("北浜市", "ja", "北浜市"),
        ("남해시에", "ko", "남해시에"),
        ("장관이", "ko", "장관이"),
        ("G20峰会", "zh", "G20峰会"),
        ("iPhone发布", "zh", "iPhone发布"),
    ],
)
def test_a_cjk_word_finds_its_article_and_marks_its_characters(
    index: SearchIndex, query: str, article: str, marked: str
) -> None:
    found = _found(index, query)
    assert list(found) == [article]
    assert found[article] == [marked]


def test_characters_present_but_not_adjacent_do_not_match(index: SearchIndex) -> None:
    # zh2 holds 青 (青山村) and 河市 (河市的集市) but not 青河市.
    assert list(_found(index, "青河市")) == ["zh"]
    assert set(_found(index, "河市")) == {"zh", "zh2"}
    assert _found(index, "市北") == {}  # both characters in ja, never together


def test_english_and_russian_queries_are_unchanged(index: SearchIndex) -> None:
    assert _found(index, "minister") == {"en": ["minister"]}
    assert _found(index, "министр") == {"ru": ["Министр"]}
    assert _found(index, '"harbour city"') == {"en": ["harbour city"]}


def test_a_quoted_phrase_of_cjk_words(index: SearchIndex) -> None:
    assert _found(index, '"抵达 青河市"') == {"zh": ["抵达青河市"]}
    assert _found(index, '"抵达 北浜市"') == {}
    assert _found(index, '"G20 峰会"') == {"zh": ["G20峰会"]}


def test_a_space_between_cjk_words_of_a_phrase_is_taken_out() -> None:
    assert join_runs(["抵达", "青河市"]) == ["抵达青河市"]
    assert join_runs(["g20", "峰会", "下月"]) == ["g20", "峰会下月"]
    assert join_runs(["harbour", "city"]) == ["harbour", "city"]


def test_articles_keep_their_words_for_patterns(index: SearchIndex) -> None:
    assert "zh" in _found(index, "王*")
