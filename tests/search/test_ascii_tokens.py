"""The ASCII word pattern cuts an ASCII text exactly as the index's word pattern does
(``tokens.ASCII_TOKEN_PATTERN``, which the rebuild runs over ASCII paragraphs). Every text
here was written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.search.tokens import ASCII_TOKEN_PATTERN, TOKEN_PATTERN

_TEXTS = [
    "the old stadiums.Police closed the road",
    "NATO.The alliance met; U.S. and e.g. p.m. stay whole",
    "Lenta.Ru and Amazon.Com and www.Example.com and Node.js",
    "v2.Beta1 util.ArrayList ASP.NET Ph.D 4.600 3.11.2 towers.Firefighters.",
    "left.Then.After that, *wild*card and x_y.Zed_q and ab.Cd.ef",
    "",
    "...",
    "a.B ab.Cd ab.Cde.f ab.Cde.Fg end.",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_the_same_words_on_written_texts(text: str) -> None:
    assert ASCII_TOKEN_PATTERN.findall(text) == TOKEN_PATTERN.findall(text)


# Short pieces that meet at dots, in both cases, with the domain endings and a wildcard.
_PIECES = st.sampled_from(
    ["ab", "Ab", "AB", "a", "A", "Com", "Ru", "It", "x1", "1", "*", "_", "zz", "Zz", "Cd"]
)
_JOINS = st.sampled_from([".", ". ", " ", "..", "-", "", ".\n", ","])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(_PIECES, _JOINS), max_size=12))
def test_the_same_words_on_made_up_ascii(parts: list[tuple[str, str]]) -> None:
    text = "".join(piece + join for piece, join in parts)
    assert ASCII_TOKEN_PATTERN.findall(text) == TOKEN_PATTERN.findall(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=9, max_codepoint=126), max_size=60))
def test_the_same_words_on_any_ascii(text: str) -> None:
    assert ASCII_TOKEN_PATTERN.findall(text) == TOKEN_PATTERN.findall(text)
