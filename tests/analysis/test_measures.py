"""Measurements across units (analysis/measures.py): converted before they are compared.

Fixtures are written for these tests (no article text): each rule in several languages, with
look-alikes that must stay silent (a conversion, a rounded figure next to a precise one).
"""

from __future__ import annotations

import pytest
from analysis.builders import in_language

from briefing.analysis import find_discrepancies
from briefing.analysis.figure_reading import read_figures
from briefing.analysis.measures import head_before, in_base
from briefing.analysis.numbers import find_numbers
from briefing.analysis.property_measures import PROPERTY_KEYS


def _figures(language: str, one: str, other: str) -> list[dict[str, tuple[str, ...]]]:
    return [
        {c.value: c.article_ids for c in d.claims}
        for d in find_discrepancies(
            [in_language(language, "a", one), in_language(language, "b", other)]
        )
        if d.kind == "figure"
    ]


@pytest.mark.parametrize(
    ("language", "one", "other"),
    [
        (
            "fr",
            "Le ballon est monté à 625 pieds d'altitude.",
            "Le ballon a atteint 150 m d'altitude.",
        ),
        (
            "en",
            "The drone flew at an altitude of 2,000 feet.",
            "The drone flew at an altitude of 900 metres.",
        ),
        ("es", "La grúa cayó desde 45 metros de altura.", "La grúa cayó desde 300 pies de altura."),
        (
            "en",
            "The lake covers an area of 1,200 acres.",
            "The lake covers an area of 900 hectares.",
        ),
        (
            "en",
            "Ground temperature reached 104 °F on Monday.",
            "Ground temperature reached 30 °C on Monday.",
        ),
    ],
)
def test_one_measure_in_two_units_that_cannot_both_be_true(
    language: str, one: str, other: str
) -> None:
    found = _figures(language, one, other)
    assert len(found) == 1
    assert sorted(i for ids in found[0].values() for i in ids) == ["a", "b"]


@pytest.mark.parametrize(
    ("language", "one", "other"),
    [
        # a conversion, at the precision each is written to
        (
            "en",
            "The quake struck at a depth of 24.1 kilometres.",
            "The quake struck at a depth of 14.9 miles.",
        ),
        (
            "fr",
            "Le ballon est monté à 625 pieds d'altitude.",
            "Le ballon a atteint 191 m d'altitude.",
        ),
        ("es", "La grúa cayó desde 45 metros de altura.", "La grúa cayó desde 150 pies de altura."),
        (
            "en",
            "Ground temperature reached 100 °F on Monday.",
            "Ground temperature reached 38 °C on Monday.",
        ),
        # a rounded figure next to a precise one
        (
            "en",
            "The drone flew at an altitude of 625 feet.",
            "The drone flew at an altitude of about 200 metres.",
        ),
        # two things measured: an altitude is no depth
        (
            "en",
            "The drone flew at an altitude of 2,000 feet.",
            "The lake has a depth of 900 metres.",
        ),
        # a one-letter unit with no complement is not read ("150 m" may be anything)
        (
            "fr",
            "Le ballon est monté à 625 pieds d'altitude.",
            "Le ballon a atteint 150 m, selon la police.",
        ),
    ],
)
def test_look_alikes_stay_silent(language: str, one: str, other: str) -> None:
    assert _figures(language, one, other) == []


def test_a_one_letter_unit_is_read_only_before_a_complement_and_never_after_money() -> None:
    def keys(language: str, text: str) -> list[tuple[str, str]]:
        # (a height is also keyed in every language beside its own word: .property_measures)
        found = read_figures([in_language(language, "a", text)])[0]
        return [f.key for f in found if f.key not in PROPERTY_KEYS]

    assert keys("fr", "Il a atteint 150 m d'altitude.") == [("fr", "length-meter altitud")]
    assert keys("it", "Ha raggiunto 150 m di altezza.") == [("it", "length-meter altezz")]
    assert keys("fr", "Il a atteint 150 m hier.") == []
    assert keys("en", "The fund gave $5 m of aid.") == []


@pytest.mark.parametrize(
    ("language", "text", "head"),
    [
        ("fr", "enregistrée à environ 625 pieds", "enregistrée"),
        ("en", "a depth of about 10 km", "depth"),
        ("it", "raggiungendo un’altezza di circa 200 metri", "altezza"),
    ],
)
def test_the_head_is_never_the_hedge_nor_an_elided_article(
    language: str, text: str, head: str
) -> None:
    assert head_before(text, text.rindex(" ") - 3, language) == head


def test_a_value_is_as_precise_as_its_last_digit_then_converted() -> None:
    (exact,) = find_numbers("14.9", "en")
    low, high = in_base("length-mile", 14.9, 14.9, exact)
    assert low == pytest.approx(14.85 * 1609.344) and high == pytest.approx(14.95 * 1609.344)
    (whole,) = find_numbers("104", "en")
    assert in_base("temperature-fahrenheit", 104, 104, whole) == pytest.approx((39.72, 40.28), 0.01)
