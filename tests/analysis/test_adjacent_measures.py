"""Exact measurements one last digit apart disagree (analysis/measures.py, in_base).

Fixtures are written for these tests (no article text). "41 km" stands for every value that
rounds to it, 40.5 up to 41.5 km, 41.5 itself excluded (it rounds to "42 km"): so "41 km" and
"42 km" of one altitude cannot both be true, in any language and any spelling of the unit,
while a value its rounding covers ("41.4 km"), the same value in another spelling and a
measurement of another thing stay silent.
"""

from __future__ import annotations

import pytest
from analysis.builders import figure_values as _figures
from analysis.builders import in_language


@pytest.mark.parametrize(
    ("language", "one", "other"),
    [
        (
            "en",
            "The probe reached an altitude of 12 km.",
            "The probe hit an altitude of 13 kilometres.",
        ),
        (
            "fr",
            "La sonde a atteint une altitude de 12 km.",
            "La sonde est montée à une altitude de 13 kilomètres.",
        ),
        ("ru", "Зонд поднялся на высоту в 41 км.", "Зонд достиг высоты в 42 километра."),
        ("pl", "Sonda osiągnęła wysokość 41 km.", "Sonda wzniosła się na wysokość 42 kilometrów."),
        # The German dative plural and Arabic without vowel marks (neither in CLDR), and the
        # German noun of "<Noun> von <number>".
        (
            "de",
            "Die Sonde erreichte eine Höhe von 41 Kilometern.",
            "Die Sonde stieg bis in eine Höhe von 42 km.",
        ),
        ("ar", "بلغ المسبار ارتفاع 41 كيلومترا.", "وصل المسبار إلى ارتفاع 42 كم."),
        (
            "en",
            "The probe reached an altitude of 12.4 km.",
            "The probe hit an altitude of 12.5 km.",
        ),
    ],
)
def test_exact_values_a_last_digit_apart_disagree(language: str, one: str, other: str) -> None:
    (found,) = _figures(in_language(language, "a", one), in_language(language, "b", other))
    assert sorted(found.values()) == [("a",), ("b",)]


@pytest.mark.parametrize(
    ("language", "one", "other"),
    [
        # A finer value inside the rounding of the coarser one.
        ("en", "The probe reached an altitude of 12 km.", "The probe hit an altitude of 12.4 km."),
        ("en", "The probe reached an altitude of 12 km.", "The probe hit an altitude of 11.5 km."),
        # One value in two spellings of the unit.
        ("ru", "Зонд поднялся на высоту в 41 км.", "Зонд достиг высоты в 41 километр."),
        ("ar", "بلغ المسبار ارتفاع 41 كيلومترا.", "وصل المسبار إلى ارتفاع 41 كم."),
        # Two things measured: a height and a length; an altitude and a distance.
        (
            "de",
            "Die Sonde erreichte eine Höhe von 41 Kilometern.",
            "Die Strecke hat eine Länge von 42 km.",
        ),
        (
            "en",
            "The probe reached an altitude of 12 km.",
            "The probe landed at a distance of 13 km.",
        ),
    ],
)
def test_values_that_can_both_be_true_are_silent(language: str, one: str, other: str) -> None:
    assert _figures(in_language(language, "a", one), in_language(language, "b", other)) == []
