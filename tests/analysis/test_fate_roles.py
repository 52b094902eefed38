"""One role's count across languages, tied by what befell the counted
(:mod:`briefing.analysis.fate_roles`).

Fixtures are written for these tests (no article text). The story: a made-up siege of a gas
plant at Velmora, where gunmen hold hostages and the army frees workers and foreigners.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from analysis.builders import figure_flags, figure_values, make_article

from briefing.analysis.fate_roles import role_of
from briefing.analysis.figures import read_figures
from briefing.model import Article

DAY = dt.date(2026, 3, 4)


def _article(language: str, article_id: str, text: str, date: dt.date | None = DAY) -> Article:
    return dataclasses.replace(make_article(article_id, text, date=date), language=language)


HELD_EN = "Gunmen at the Velmora gas plant say they are holding 41 hostages."


@pytest.mark.parametrize(
    ("noun", "language", "role"),
    [
        ("hostages", "en", "hostages"), ("otages", "fr", "hostages"),
        ("Geiseln", "de", "hostages"), ("rehenes", "es", "hostages"),
        ("заложников", "ru", "hostages"), ("étrangers", "fr", "foreigners"),
        ("иностранцев", "ru", "foreigners"), ("Mitarbeiter", "de", "workers"),
        ("trabajadores", "es", "workers"),
        # Look-alikes: the other side, a compound with another head, a place of work, a
        # language with no table, a noun of no role.
        ("Geiselnehmer", "de", ""), ("gijzelaars", "nl", ""), ("рабочих", "ru", ""),
        ("人質", "ja", ""), ("engineers", "en", ""),
    ],
)  # fmt: skip
def test_a_role_is_a_closed_class_of_nouns_per_language(
    noun: str, language: str, role: str
) -> None:
    assert role_of(noun, language) == role


def test_hostages_held_in_three_languages_and_two_scripts_disagree() -> None:
    articles = [
        _article("en", "a", HELD_EN),
        _article("fr", "b", "À l'usine de Velmora, les assaillants retiennent 30 otages."),
        _article("ru", "c", "На заводе Велмора боевики удерживают 29 заложников."),
    ]
    assert figure_values(*articles) == [
        {"41 hostages": ("a",), "30 otages": ("b",), "29 заложников": ("c",)}
    ]
    assert figure_flags(*articles)[0].subject.startswith("how many hostages held")


def test_two_fates_of_one_role_are_two_quantities() -> None:
    articles = [
        _article("en", "a", HELD_EN),
        _article("fr", "b", "À Velmora, 30 otages ont été libérés."),
    ]
    assert figure_values(*articles) == []


def test_two_roles_with_one_fate_are_two_quantities() -> None:
    articles = [
        _article("en", "a", HELD_EN),
        _article("ru", "b", "В Велморе боевики удерживают 30 работников."),
    ]
    assert figure_values(*articles) == []


def test_a_count_rising_over_two_days_is_no_rival() -> None:
    freed_en = "The army at Velmora has freed 300 workers, officials said."
    freed_fr = "L'armée a libéré 685 employés à Velmora."
    over_two_days = [
        _article("en", "a", freed_en, dt.date(2026, 3, 2)),
        _article("fr", "b", freed_fr, DAY),
    ]
    assert figure_values(*over_two_days) == []
    one_day = [_article("en", "a", freed_en), _article("fr", "b", freed_fr)]
    assert figure_values(*one_day) == [{"300 workers": ("a",), "685 employés": ("b",)}]


def test_undated_reports_are_never_tied() -> None:
    undated = [
        _article("en", "a", HELD_EN, None),
        _article("fr", "b", "À l'usine de Velmora, les assaillants retiennent 30 otages.", None),
    ]
    assert figure_values(*undated) == []


def test_sentences_naming_nothing_in_common_are_not_tied() -> None:
    articles = [
        _article("en", "a", HELD_EN),
        _article("fr", "b", "Les assaillants retiennent 30 otages."),
    ]
    assert figure_values(*articles) == []


def test_a_part_of_the_count_is_no_rival() -> None:
    part = "À Velmora, les assaillants retiennent encore 30 des 41 otages."
    assert figure_values(_article("en", "a", HELD_EN), _article("fr", "b", part)) == []
    whole = "À Velmora, les assaillants retiennent encore 30 otages."
    assert figure_values(_article("en", "a", HELD_EN), _article("fr", "b", whole)) != []


def test_a_rounded_figure_beside_a_precise_one_agrees() -> None:
    rounded = "L'armée a libéré environ 100 étrangers à Velmora."
    near = [
        _article("en", "a", "The army at Velmora has freed 107 foreigners, officials said."),
        _article("fr", "b", rounded),
    ]
    assert figure_values(*near) == []
    far = [
        _article("en", "a", "The army at Velmora has freed 157 foreigners, officials said."),
        _article("fr", "b", rounded),
    ]
    assert figure_values(*far) == [{"157 foreigners": ("a",), "environ 100 étrangers": ("b",)}]


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("В Велморе захвачены около двух десятков заложников.", "ru", (17.0, 23.0)),
        ("Боевики удерживают три десятка рабочих.", "ru", (25.0, 35.0)),
        ("Бойовики утримують два десятки заручників.", "uk", (15.0, 25.0)),
        # Look-alikes: tens with no number before them count nothing.
        ("Несколько десятков человек покинули завод.", "ru", None),
        ("Десятки тысяч человек вышли на улицы.", "ru", None),
    ],
)
def test_tens_counted_with_a_noun_multiply_the_number(
    text: str, language: str, value: tuple[float, float] | None
) -> None:
    figures, _ = read_figures([_article(language, "a", text)], [])
    found = [(f.low, round(f.high)) for f in figures]
    assert found == ([] if value is None else [value])


def test_hostages_held_counted_in_tens_disagree_with_another_language() -> None:
    articles = [
        _article("en", "a", HELD_EN),
        _article("fr", "c", "À l'usine de Velmora, les assaillants retiennent 30 otages."),
        _article("ru", "b", "На заводе Велмора боевики удерживают около двух десятков заложников."),
    ]
    values = figure_values(*articles)
    assert values and "около двух десятков заложников (20)" in values[0]
