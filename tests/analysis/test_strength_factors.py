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


#: One disagreement (5-6 against 10) about a referent of September 2011, and its undated half.
_EN_2011 = "The blast was 5 to 6 times stronger than the test in September 2011."
_FR_2011 = "L'explosion est 10 fois plus puissante que celle de septembre 2011."
_ES_UNDATED = "La explosión fue de cinco a seis veces más fuerte que la anterior."


def test_an_undated_factor_joins_the_one_dated_referent_it_agrees_with() -> None:
    # One disagreement (5-6 against 10), written dated by two sources and undated by two:
    # one flag, holding all four.
    flags = figure_flags(
        in_language("en", "a", _EN_2011),
        in_language("fr", "b", _FR_2011),
        in_language("es", "c", _ES_UNDATED),
        in_language("ru", "d", "Взрыв был в 10 раз мощнее предыдущего."),
    )
    assert len(flags) == 1
    assert "September 2011" in flags[0].subject
    assert {q.article_id for c in flags[0].claims for q in c.quotes} == {"a", "b", "c", "d"}


def test_an_undated_factor_fitting_two_dated_referents_joins_neither() -> None:
    # 5-6 and 10 fit both the 2011 and the 2013 referent: the undated pair is its own flag,
    # and the two dated referents are never joined through it.
    flags = figure_flags(
        in_language("en", "a", _EN_2011),
        in_language("fr", "b", _FR_2011),
        in_language("en", "e", "The blast was 6 times stronger than the test in June 2013."),
        in_language("fr", "f", "L'explosion est 10 fois plus puissante que celle de juin 2013."),
        in_language("es", "c", _ES_UNDATED),
        in_language("ru", "d", "Взрыв был в 10 раз мощнее предыдущего."),
    )
    assert len(flags) == 3
    ids = sorted(sorted({q.article_id for c in f.claims for q in c.quotes}) for f in flags)
    assert ids == [["a", "b"], ["c", "d"], ["e", "f"]]


def test_an_undated_factor_of_another_value_stays_apart() -> None:
    # The undated 3 is no value of the dated referent: the undated pair stays its own.
    flags = figure_flags(
        in_language("en", "a", _EN_2011),
        in_language("fr", "b", _FR_2011),
        in_language("es", "c", "La explosión fue tres veces más fuerte que la anterior."),
        in_language("ru", "d", "Взрыв был в 5 раз мощнее предыдущего."),
    )
    ids = sorted(sorted({q.article_id for c in f.claims for q in c.quotes}) for f in flags)
    assert ids == [["a", "b"], ["c", "d"]]
