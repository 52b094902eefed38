"""Sentences glued without a space are two words; dotted names, numbers and abbreviations stay
one (``tokens.py``). Every text here was written for these tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from search.factory import hit_ids, make_article, synced

from briefing.search import SearchIndex
from briefing.search.analysis import STEMMING, analyse_word, fast_tokens, tagged, tokens
from briefing.search.highlight import _starts_pattern, paragraph_spans
from briefing.search.match_terms import MatchTerms
from briefing.search.tokens import TOKEN_PATTERN, splits_at


def _words(text: str) -> list[str]:
    return [m.group(0) for m in TOKEN_PATTERN.finditer(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the old stadiums.Police closed", ["the", "old", "stadiums", "Police", "closed"]),
        ("rain fell all night.Rivers rose", ["rain", "fell", "all", "night", "Rivers", "rose"]),
        ("in 2024.Officials said", ["in", "2024", "Officials", "said"]),
        ("NATO.The alliance", ["NATO", "The", "alliance"]),
        ("мосты закрыли.Спасатели прибыли", ["мосты", "закрыли", "Спасатели", "прибыли"]),
        ("η γέφυρα.Οι αρχές", ["η", "γέφυρα", "Οι", "αρχές"]),
        ("left.Then.After that", ["left", "Then", "After", "that"]),
    ],
)
def test_a_glued_sentence_end_splits(text: str, expected: list[str]) -> None:
    assert _words(text) == expected


@pytest.mark.parametrize(
    "word",
    [
        "example.com",
        "Node.js",
        "U.S",  # the pattern never keeps a final dot
        "e.g",
        "i.e",
        "N.A.T.O",
        "p.m.Police",  # one-letter parts: an abbreviation, never cut
        "4.600",
        "3.11.2",
        "ASP.NET",
        "util.ArrayList",
        "Ph.D",
        "v2.Beta1",
        "www.Example.com",
        "Lenta.Ru",
        "Amazon.Com",
        "file_name.txt",
        "report.PDF",
        "fire.*Foo",
    ],
)
def test_dotted_names_numbers_and_abbreviations_stay_whole(word: str) -> None:
    assert _words(word) == [word]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aBcDé.Ж 1*", max_size=30))
def test_splits_at_says_where_the_pattern_cuts(text: str) -> None:
    """A dot between two word characters is inside a word exactly when ``splits_at`` is
    false (the highlighter relies on it to know where a word may start)."""
    inside = {i for m in TOKEN_PATTERN.finditer(text) for i in range(m.start(), m.end())}
    for i, char in enumerate(text):
        if char != "." or i == 0 or i + 1 >= len(text):
            continue
        joins = text[i - 1] not in ". " and text[i + 1] not in ". "
        if joins:
            assert (i in inside) == (not splits_at(text, i)), (text, i)


GLUED = "Smoke rose over the 30-storey towers.Firefighters arrived at dawn."


def test_the_index_and_the_highlighter_see_the_same_words() -> None:
    expected = [
        (t.text, t.pos, t.start - 4, t.end - 4) for t in tokens(STEMMING, tagged(GLUED, "en"))
    ]
    fast = [
        (t.text, t.pos, t.start, t.end) for t in fast_tokens(GLUED, stemmed=True, language="en")
    ]
    assert fast == expected
    assert analyse_word("towers", "en") in [t[0] for t in fast]


@pytest.mark.parametrize("use_starts", [False, True])
def test_a_hit_in_a_glued_sentence_lights_up_its_own_word(use_starts: bool) -> None:
    terms = MatchTerms(frozenset({analyse_word("tower", "en") or "", "firefight"}))
    starts = _starts_pattern(frozenset({"towe", "fire"})) if use_starts else None
    spans = paragraph_spans(0, GLUED, terms, "en", starts)
    assert [GLUED[s.start : s.end] for s in spans] == ["towers", "Firefighters"]


ARTICLES = [
    make_article("glued", GLUED, title="Night fire"),
    make_article("site", "The company moved its site to example.com last week.", title="Web"),
    make_article("plain", "The tower of the old church was restored.", title="Church"),
]
BY_ID = {a.id: a for a in ARTICLES}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    yield from synced(tmp_path_factory.mktemp("tokens"), ARTICLES)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("tower", {"glued", "plain"}),
        ("firefighter", {"glued"}),
        ("example.com", {"site"}),
        ("example", set()),  # the domain stays one word
    ],
)
def test_search_over_glued_sentences(index: SearchIndex, query: str, expected: set[str]) -> None:
    assert hit_ids(index, query, BY_ID) == expected
