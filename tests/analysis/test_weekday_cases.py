"""Issue 12: a weekday in the case a Slavic sentence dates with ("в среду", "w środę", "ve
středu", "у середу") is a weekday; the same word as a common noun, or a look-alike, is not."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from analysis.builders import make_article

from briefing.analysis import extract_timeline
from briefing.analysis.dates import find_dates

WEDNESDAY = 2


@pytest.mark.parametrize(
    ("language", "sentence", "word"),
    [
        ("ru", "Пожар на складе начался в среду вечером.", "среду"),
        ("ru", "Паром затонул в ночь на субботу.", "субботу"),
        ("pl", "Do pożaru magazynu doszło w środę rano.", "środę"),
        ("pl", "Prom zatonął w sobotę.", "sobotę"),
        ("cs", "Požár skladu vypukl ve středu večer.", "středu"),
        ("uk", "Пожежа на складі почалася в середу ввечері.", "середу"),
        ("sk", "Požiar skladu vypukol v stredu večer.", "stredu"),
    ],
)
def test_a_weekday_in_its_case_after_a_preposition(language: str, sentence: str, word: str) -> None:
    found = [(p.text, p.kind) for p in find_dates(sentence, language)]
    assert (word, "weekday") in found


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("ru", "Завод годами загрязнял окружающую среду."),  # "the environment"
        ("ru", "Среди пострадавших есть дети."),  # "among"
        ("uk", "Серед постраждалих є діти."),  # "among"
        ("uk", "Завод забруднював навколишнє середовище."),
        ("pt", "A quarta vítima morreu no hospital."),  # "the fourth victim"
    ],
)
def test_look_alikes_are_not_weekdays(language: str, sentence: str) -> None:
    assert [p for p in find_dates(sentence, language) if p.kind == "weekday"] == []


def test_the_case_form_places_the_statement_on_the_article_s_week() -> None:
    day = dt.date(2031, 9, 3)  # a Wednesday
    article = make_article("pl", "Do pożaru magazynu doszło w środę późnym popołudniem.", date=day)
    entries = extract_timeline([dataclasses.replace(article, language="pl")])
    assert [(e.phrase, e.date) for e in entries] == [("środę", day)]
    assert day.weekday() == WEDNESDAY
