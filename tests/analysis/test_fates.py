"""Two counts of one noun with different fates are two quantities (:mod:`briefing.analysis.fates`),
and a sentence's first figures are compared only with first figures
(:mod:`briefing.analysis.first_figures`).

Fixtures are written for these tests (no article text). The story: a made-up siege of a
mining camp at Velmora, where gunmen hold engineers and the army frees others.
"""

from __future__ import annotations

import pytest
from analysis.builders import figure_values, in_language

from briefing.analysis.fates import fate_of
from briefing.analysis.first_figures import first_figures
from briefing.analysis.numbers import find_numbers


@pytest.mark.parametrize(
    ("text", "language", "written", "noun", "fate"),
    [
        ("The gunmen say they are holding 41 engineers at Velmora.", "en", "41", "engineers",
         "held"),
        ("Some 90 engineers escaped or were freed on Friday.", "en", "90", "engineers", "freed"),
        ("Les assaillants retiennent toujours 41 ingénieurs dans le camp.", "fr", "41",
         "ingénieurs", "held"),
        ("Am Freitag wurden 90 Ingenieure befreit.", "de", "90", "Ingenieure", "freed"),
        ("El ejército ha liberado a 90 ingenieros en Velmora.", "es", "90", "ingenieros",
         "freed"),
        ("Боевики удерживают 41 инженера в лагере.", "ru", "41", "инженера", "held"),
        ("Military said 12 engineers were killed in the assault.", "en", "12", "engineers",
         "dead"),
        ("Police said 12 engineers are wanted for questioning.", "en", "12", "engineers",
         "wanted"),
        # No fate: a clause with no verb of the vocabulary, two fates in one clause, a verb
        # whose fate depends on who is counted, a language with no table.
        ("The camp employs 41 engineers from nine countries.", "en", "41", "engineers", ""),
        ("Some 90 engineers held for days were freed.", "en", "90", "engineers",
         ""),
        ("Troops captured 12 engineers near the gate.", "en", "12", "engineers", ""),
        ("Velmora kampında 41 mühendis çalışıyor.", "tr", "41", "mühendis", ""),
    ],
)  # fmt: skip
def test_a_count_s_fate_is_read_from_its_own_clause(
    text: str, language: str, written: str, noun: str, fate: str
) -> None:
    number = next(n for n in find_numbers(text, language) if text[n.start : n.end] == written)
    assert fate_of(text, number, noun, language) == fate


def test_an_english_sentence_of_a_chinese_article_is_read_in_english() -> None:
    text = "Islamist gunmen attacked the camp at dawn, claiming to hold 41 engineers captive there."
    number = next(n for n in find_numbers(text, "zh") if n.value == 41)
    assert fate_of(text, number, "engineers", "zh") == "held"


def test_counts_of_one_noun_held_and_freed_are_not_compared() -> None:
    articles = [
        in_language("en", "a", "The gunmen say they are holding 41 engineers at Velmora."),
        in_language("en", "b", "Some 60 engineers escaped or were freed at Velmora."),
    ]
    assert figure_values(*articles) == []


def test_counts_of_one_noun_with_one_fate_still_disagree() -> None:
    articles = [
        in_language("en", "a", "The gunmen say they are holding 41 engineers at Velmora."),
        in_language("en", "b", "The gunmen say they are holding 30 engineers at Velmora."),
    ]
    assert figure_values(*articles) == [{"41 engineers": ("a",), "30 engineers": ("b",)}]


def test_a_count_of_no_known_fate_is_compared_as_before() -> None:
    articles = [
        in_language("en", "a", "The gunmen say they are holding 41 engineers at Velmora."),
        in_language("en", "b", "There were 30 engineers at Velmora, the company said."),
    ]
    assert figure_values(*articles) == [{"41 engineers": ("a",), "30 engineers": ("b",)}]


@pytest.mark.parametrize(
    ("text", "language", "first"),
    [
        ("The first figures spoke of 34 engineers dead.", "en", True),
        ("Initial reports suggest 34 engineers died.", "en", True),
        ("Selon un premier bilan, 34 ingénieurs sont morts.", "fr", True),
        ("Nach ersten Angaben starben 34 Ingenieure.", "de", True),
        ("Las primeras cifras hablaban de 34 ingenieros muertos.", "es", True),
        ("По первым данным, погибли 34 инженера.", "ru", True),
        # Look-alikes: a first of something else, the latest count still open.
        ("The first 34 engineers left the camp on Friday.", "en", False),
        ("Selon un dernier bilan provisoire, 34 ingénieurs sont morts.", "fr", False),
        ("По предварительным данным, погибли 34 инженера.", "ru", False),
    ],
)
def test_a_sentence_calling_its_figures_the_first_ones(
    text: str, language: str, first: bool
) -> None:
    assert first_figures(text, language) is first


def test_a_first_figure_is_not_set_against_a_later_count() -> None:
    articles = [
        in_language("es", "a", "Las primeras cifras hablaban de 34 ingenieros en Velmora."),
        in_language("es", "b", "El asalto de Velmora se ha cobrado las vidas de 23 ingenieros."),
    ]
    assert figure_values(*articles) == []


def test_two_first_figures_still_disagree() -> None:
    articles = [
        in_language("es", "a", "Las primeras cifras hablaban de 34 ingenieros en Velmora."),
        in_language("es", "b", "Las primeras cifras hablaban de 23 ingenieros en Velmora."),
    ]
    assert figure_values(*articles) == [{"34 ingenieros": ("a",), "23 ingenieros": ("b",)}]


def test_a_source_giving_its_first_figure_and_a_later_one_shows_a_changing_count() -> None:
    first = "Las primeras cifras hablaban de 34 ingenieros en Velmora."
    later = "Horas después, la agencia hablaba de 30 ingenieros en Velmora."
    articles = [
        in_language("es", "a", f"{first} {later}"),
        in_language("es", "b", "El asalto de Velmora se ha cobrado las vidas de 23 ingenieros."),
    ]
    assert figure_values(*articles) == []
    # Without the first figures, the later one and the other source's disagree.
    articles[0] = in_language("es", "a", later)
    assert figure_values(*articles) == [{"30 ingenieros": ("a",), "23 ingenieros": ("b",)}]
