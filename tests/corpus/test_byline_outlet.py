"""A correspondent's byline naming the outlet and its bureau; text made up for the test."""

from __future__ import annotations

import pytest

from briefing.corpus.byline_outlet import byline_outlet
from briefing.corpus.sources import find_source


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Von Anna Kolbe, KRV Madrid", "KRV"),
        ("By Jane Roe, Example News Paris", "Example News"),
        ("Por Ana Ruiz, Kvarna Bruselas", "Kvarna"),
    ],
)
def test_a_byline_with_outlet_and_bureau_names_the_outlet(line: str, outlet: str) -> None:
    assert byline_outlet(line) == outlet
    assert find_source(["Der Text beginnt hier.", line, "Weiter im Text."]) == outlet


@pytest.mark.parametrize(
    "line",
    [
        "By Jane Roe, Senior Editor",  # a role, no city
        "Von Anna Kolbe, Berlin",  # a bureau alone
        "By Jane Roe, John Doe Paris",  # two people
        "By Jane Roe, Kvarna Nowhereville",  # not a city
        "Kvarna Madrid, by Jane Roe",  # not a byline
        "By the river, Example News Paris",  # no person
    ],
)
def test_look_alikes_name_no_outlet(line: str) -> None:
    assert byline_outlet(line) is None
