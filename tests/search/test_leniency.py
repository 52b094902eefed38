"""No query string can make search raise: it gives hits or ``SearchResult.error``."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.model import Article, SearchResult
from briefing.search import SearchIndex

SYNTAX = [
    "AND",
    "OR",
    "NOT",
    "ANDNOT",
    "ANDMAYBE",
    "TO",
    "(",
    ")",
    '"',
    "'",
    "*",
    "?",
    "~",
    "~2",
    "title:",
    "source:",
    "date:",
    "body:",
    "id:",
    "nosuchfield:",
    "[",
    "]",
    "{",
    "}",
    "^2",
    "^",
    "-",
    "+",
    ":",
    "<",
    ">",
    "=",
    "\\",
    "/",
    "putin",
    "Dushanbe",
    "migra*",
    "hydropowr~",
    "2025-10-08",
    "саммит",
    "\x00",
    "\x1b[2J",
    "\u202e",
    "\ud800",
    "🙂",
    "ǅ",
    " ",
]


def _check(result: SearchResult, query: str, index: SearchIndex) -> None:
    # A query the parser dislikes must never be mistaken for a damaged index.
    assert index.notices == []
    assert isinstance(result, SearchResult)
    assert result.query == query
    assert result.error is None or (isinstance(result.error, str) and result.error.strip())
    # The message is shown on screen: no control character of the query may reach it.
    assert result.error is None or result.error.isprintable()
    assert result.total >= len(result.hits)
    assert result.error is None or not result.hits


@pytest.mark.parametrize(
    "query",
    [
        '"unclosed',
        "AND",
        "(((",
        ")))",
        "title:",
        "*",
        "~",
        "~~~",
        "x" * 10_000,
        "a\x00b\x07c",
        "\x1b]52;c;aGk=\x07",
        "date:garbage",
        "date:[2025 TO",
        "date:[TO]",
        "title:(",
        "^^^",
        "\ud800",
        "NOT",
        "OR OR OR",
        "*" * 40,
        " ".join(["a*"] * 40),
        "🙂~2",
        "date:>2025-10-08",
        "",
    ],
)
def test_known_hostile_queries(
    seed_index: SearchIndex, seed_map: dict[str, Article], query: str
) -> None:
    _check(seed_index.search(query, seed_map), query, seed_index)


@pytest.mark.parametrize(
    "query", ["putin AND", "putin OR", "putin NOT", "AND putin", "OR putin", "putin AND  OR"]
)
def test_an_operator_left_hanging_while_typing_keeps_the_word_typed(
    seed_index: SearchIndex, seed_map: dict[str, Article], query: str
) -> None:
    # Search runs on each key: "putin AND" is on the way to "putin AND dushanbe", and the list
    # must not go blank there (Whoosh read the hanging operator as the stop word "and").
    whole = seed_index.search("putin", seed_map)
    result = seed_index.search(query, seed_map)
    assert result.error is None
    assert result.total == whole.total > 0


def test_a_leading_not_still_excludes(
    seed_index: SearchIndex, seed_map: dict[str, Article]
) -> None:
    every = seed_index.search("*", seed_map).total
    with_word = seed_index.search("hydropower", seed_map).total
    assert 0 < with_word < every
    assert seed_index.search("NOT hydropower", seed_map).total == every - with_word


@pytest.mark.parametrize("query", ["AND", "NOT", "OR OR OR", "AND OR"])
def test_operators_alone_ask_for_words(
    seed_index: SearchIndex, seed_map: dict[str, Article], query: str
) -> None:
    result = seed_index.search(query, seed_map)
    assert result.error == "Nothing to search for: type some words."


def test_overlong_query_is_an_error_not_a_hang(
    seed_index: SearchIndex, seed_map: dict[str, Article]
) -> None:
    result = seed_index.search("migration " * 1000, seed_map)
    assert result.error and "too long" in result.error


@settings(
    max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.sampled_from(SYNTAX), max_size=12).map("".join))
def test_any_mix_of_syntax_never_raises(
    seed_index: SearchIndex, seed_map: dict[str, Article], query: str
) -> None:
    _check(seed_index.search(query, seed_map), query, seed_index)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(alphabet=st.characters(codec=None), max_size=60))
def test_any_unicode_never_raises(
    seed_index: SearchIndex, seed_map: dict[str, Article], query: str
) -> None:
    _check(seed_index.search(query, seed_map), query, seed_index)
