"""Figures in Hungarian, Romanian, Portuguese and Greek: hedges, ages and suffixed units.

Fixtures are written for these tests (no article text), with look-alikes that must not be
read as what they resemble.
"""

from __future__ import annotations

import pytest
from analysis.builders import in_language

from briefing.analysis import find_discrepancies
from briefing.analysis.ages import ages_of
from briefing.analysis.numbers import find_numbers
from briefing.analysis.units import unit_after


@pytest.mark.parametrize(
    ("language", "text", "qualifier"),
    [
        ("ro", "Au votat peste 11 milioane de oameni.", "above"),
        ("ro", "Au venit aproximativ 300 de oameni.", "about"),
        ("ro", "Au murit cel puțin 12 oameni.", "from"),
        ("hu", "Több mint 300 ember jött el.", "above"),
        ("hu", "Mintegy 300 ember jött el.", "about"),
        ("hu", "Legalább 12 ember meghalt.", "from"),
    ],
)
def test_romanian_and_hungarian_hedges_bound_their_number(
    language: str, text: str, qualifier: str
) -> None:
    (number,) = find_numbers(text, language)
    assert number.qualifier == qualifier


def test_a_word_that_only_contains_a_hedge_is_no_hedge() -> None:
    (number,) = find_numbers("Subiectul are 300 de pagini.", "ro")  # "sub" inside a word
    assert number.qualifier is None


@pytest.mark.parametrize(
    ("language", "text", "years"),
    [
        ("hu", "Az 55 éves Marek Lindqvist nyerte a választást.", 55),
        ("el", "Ο 50χρονος Μάρεκ Λίντκβιστ κέρδισε.", 50),
        ("pt", "O presidente Marek Lindqvist, de 55 anos, venceu.", 55),
        ("ro", "Primarul Marek Lindqvist, în vârstă de 55 de ani, a câștigat.", 55),
    ],
)
def test_ages_of_a_named_person(language: str, text: str, years: int) -> None:
    (age,) = ages_of(in_language(language, "a", text))
    assert age.years == years


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hu", "Az 55 éves szerződés lejárt."),  # an age of a contract, no person
        ("el", "Η 50χρονη σύμβαση έληξε."),
        ("pt", "O contrato, de 55 anos, terminou."),
    ],
)
def test_an_age_of_no_named_person_is_not_read(language: str, text: str) -> None:
    assert ages_of(in_language(language, "a", text)) == []


def test_two_ages_of_one_named_person_in_hungarian_and_portuguese_disagree() -> None:
    a = in_language("hu", "a", "Az 55 éves Marek Lindqvist nyerte a választást.")
    b = in_language("pt", "b", "O presidente Marek Lindqvist, de 50 anos, venceu.")
    (found,) = [d for d in find_discrepancies([a, b]) if d.kind == "figure"]
    assert {c.article_ids for c in found.claims} == {("a",), ("b",)}


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        ("hu", "53,6 százalékos győzelem", "concentr-percent"),
        ("hu", "380 kilométerre északra", "length-kilometer"),
        ("tr", "7 dakikada", "duration-minute"),
    ],
)
def test_a_unit_with_a_suffix_is_the_unit(language: str, text: str, unit: str) -> None:
    found = unit_after(text, text.index(" "), language)
    assert found is not None and found.id == unit


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hu", "5 fős csapat"),  # too short to be a name plus a suffix
        ("en", "5 minutely checks"),  # English adds no case suffixes
        ("hu", "10 százalékpontos előny"),  # a longer suffix: another word
    ],
)
def test_a_word_that_merely_starts_like_a_unit_is_not_one(language: str, text: str) -> None:
    assert unit_after(text, text.index(" "), language) is None
