"""A count with no noun before "on board" (:mod:`briefing.analysis.bare_aboard`).

Fixtures are written for these tests (no article text): a barge on a made-up river, Tarvel,
reported by two outlets. Each look-alike keeps every condition of a read count but one.
"""

from __future__ import annotations

import pytest
from analysis.builders import figure_flags, in_language, values_by_article

from briefing.analysis.figure_reading import _figures
from briefing.analysis.model import Quote
from briefing.analysis.people_roles import PEOPLE_ABOARD
from briefing.model import Span


def _read(text: str, language: str) -> list[tuple[tuple[str, str], str]]:
    quote = Quote("a", "s", Span(0, 0, len(text)), text)
    return [(f.key, f.value) for f in _figures(text, language, None, quote)]


@pytest.mark.parametrize(
    ("text", "language", "read"),
    [
        ("A barge capsized on the Tarvel with 212 on board.", "en",
         (PEOPLE_ABOARD, "212 on board")),
        ("Une barge a chaviré sur la Tarvel avec 212 à bord.", "fr",
         (PEOPLE_ABOARD, "212 à bord")),
        ("Auf der Tarvel kenterte ein Lastkahn mit 212 an Bord.", "de",
         (PEOPLE_ABOARD, "212 an Bord")),
        ("Una barcaza volcó en el Tarvel con unos 212 a bordo.", "es",
         (PEOPLE_ABOARD, "unos 212 a bordo")),
    ],
)  # fmt: skip
def test_a_bare_count_before_aboard_counts_the_people_carried(
    text: str, language: str, read: tuple[tuple[str, str], str]
) -> None:
    assert read in _read(text, language)


@pytest.mark.parametrize(
    "text",
    [
        "The barge carried 20 tonnes of grain on board.",  # a noun: counted as written
        "Searchers looked for Flight 212 on board the tug.",  # a name, not a count
        "Some 212 on board were rescued from the Tarvel.",  # a part of those carried
        "The barge has room for 212 on board.",  # a capacity
        "The barge capsized in 2019 on board a tug.",  # a year
        "A barge capsized with 212, the river police said.",  # no aboard phrase
    ],
)
def test_look_alikes_are_not_people_aboard(text: str) -> None:
    assert all(key != PEOPLE_ABOARD for key, _ in _read(text, "en"))


def test_a_toll_of_those_on_board_stays_a_toll() -> None:
    import datetime as dt

    text = "The capsizing killed all 40 on board."
    quote = Quote("a", "s", Span(0, 0, len(text)), text)
    keys = [f.key[1] for f in _figures(text, "en", None, quote, dt.date(2031, 5, 4))]
    assert keys == ["casualties dead"]


def test_two_outlets_counting_those_aboard_disagree() -> None:
    bare = in_language("en", "a", "A barge capsized on the Tarvel with 212 on board.")
    named = in_language("en", "b", "A barge carrying 230 people capsized on the Tarvel.")
    found = figure_flags(bare, named)
    assert [values_by_article(d) for d in found] == [{"212 on board": ("a",), "230 people": ("b",)}]
    same = in_language("en", "c", "A barge carrying 212 people capsized on the Tarvel.")
    assert figure_flags(bare, same) == []
