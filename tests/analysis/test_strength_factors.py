"""Factors of strength against an earlier one: one quantity in every language, keyed by the
date of what they are measured against."""

from __future__ import annotations

import pytest
from analysis.builders import claim_values, figure_flags, in_language

from briefing.analysis.model import Quote
from briefing.analysis.strength_factors import strength_factors
from briefing.model import Span


def _factors(text: str, language: str) -> list[tuple[float, float, str]]:
    quote = Quote("a", "s", Span(0, 0, len(text)), text)
    return [(f.low, f.high, f.key[1]) for f in strength_factors(text, language, quote)]


@pytest.mark.parametrize(
    ("text", "language", "read"),
    [
        (
            "The blast was five to six times stronger than the previous one.",
            "en",
            (5, 6, "times stronger"),
        ),
        (
            "L'explosion est près de 10 fois plus puissante que la précédente.",
            "fr",
            (8.5, 10, "times stronger"),
        ),
        (
            "La explosión fue de tres a cuatro veces más fuerte que la anterior.",
            "es",
            (3, 4, "times stronger"),
        ),
        ("Der Sturm war dreimal so stark wie der letzte.", "de", (3, 3, "times stronger")),
        ("Der Sturm war 3-mal stärker als der letzte.", "de", (3, 3, "times stronger")),
        ("Взрыв был в 4 раза мощнее предыдущего.", "ru", (4, 4, "times stronger")),
        ("كان الانفجار أقوى 8 مرات مما كان عليه في السابق.", "ar", (8, 8, "times stronger")),
        (
            "이번 폭발은 지난 실험 때보다 3~4배 커진 것으로 분석됐다.",
            "ko",
            (3, 4, "times stronger"),
        ),
        (
            "The storm was 7 times stronger than the one in March 2011.",
            "en",
            (7, 7, "times stronger @March 2011"),
        ),
        (
            "The bomb was 20 times more powerful than the one dropped in 1945.",
            "en",  # round
            (15, 25, "times stronger @1945"),
        ),
    ],
)
def test_a_factor_of_strength_is_read_in_each_language(
    text: str, language: str, read: tuple[float, float, str] | None
) -> None:
    assert _factors(text, language) == ([] if read is None else [pytest.approx(read)])


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Smokers are three times more likely than others to fall ill.", "en"),  # no strength
        ("The new hall is five times larger than the old one.", "en"),  # a size
        ("The blast was ten times stronger than the Hiroshima bomb.", "en"),  # a named referent
        # Two comparisons in one sentence: neither is another source's.
        ("It was 5 times stronger than the first and 3 times stronger than the second.", "en"),
        ("Le séisme a été ressenti à 10 kilomètres.", "fr"),  # no factor
    ],
)
def test_what_is_no_single_factor_of_strength_is_not_read(text: str, language: str) -> None:
    assert _factors(text, language) == []


def test_factors_of_one_comparison_disagree_across_languages() -> None:
    flags = figure_flags(
        in_language("en", "a", "The blast was five to six times stronger than the last one."),
        in_language("fr", "b", "L'explosion est près de 10 fois plus puissante que la dernière."),
    )
    assert [claim_values(f) for f in flags] == [
        {"five to six times stronger", "près de 10 fois plus puissante"}
    ]
    assert "times stronger" in flags[0].subject


def test_a_range_holding_the_other_value_and_other_referents_do_not_disagree() -> None:
    # A range holds the other's value: no clash.
    assert not figure_flags(
        in_language("en", "a", "The blast was five to six times stronger than the last one."),
        in_language("es", "b", "La explosión fue 5 veces más fuerte que la anterior."),
    )
    # One factor against last year's test, one against a bomb of 1945: two referents.
    assert not figure_flags(
        in_language("en", "a", "The blast was 6 times stronger than the test in September 2016."),
        in_language("ru", "b", "Взрыв был в 12 раз мощнее бомбы, сброшенной в 1945 году."),
    )
    # The same referent, dated by both: they disagree.
    flags = figure_flags(
        in_language("en", "a", "The blast was 6 times stronger than the test in September 2016."),
        in_language(
            "fr", "b", "L'explosion est 10 fois plus puissante que celle de septembre 2016."
        ),
    )
    assert [claim_values(f) for f in flags] == [{"6 times stronger", "10 fois plus puissante"}]
    assert "September 2016" in flags[0].subject


def test_a_rounded_and_a_hedged_factor_do_not_disagree() -> None:
    assert not figure_flags(
        in_language("en", "a", "The blast was 9 times stronger than the last one."),
        in_language("fr", "b", "L'explosion est près de 10 fois plus puissante que la dernière."),
    )
