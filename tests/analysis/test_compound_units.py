"""Compound and multi-word units (analysis/units.py, counted_noun.py, cjk_units.py): read whole,
in every spelling, and a unit of one thing compared across languages.

Fixtures are written for these tests (no article text), each with a look-alike that must stay
silent (a rounded figure beside a precise one, two objects far apart, a span of years after
"millions de").
"""

from __future__ import annotations

import pytest
from analysis.builders import in_language

from briefing.analysis import find_discrepancies
from briefing.analysis.figure_reading import read_figures
from briefing.analysis.units import unit_after, unit_names


def _flags(*texts: tuple[str, str]) -> list[dict[str, tuple[str, ...]]]:
    articles = [in_language(language, f"a{i}", text) for i, (language, text) in enumerate(texts)]
    return [
        {c.value: c.article_ids for c in d.claims}
        for d in find_discrepancies(articles)
        if d.kind == "figure"
    ]


def _subjects(*texts: tuple[str, str]) -> list[str]:
    articles = [in_language(language, f"a{i}", text) for i, (language, text) in enumerate(texts)]
    return [d.subject for d in find_discrepancies(articles) if d.kind == "figure"]


@pytest.mark.parametrize(
    ("language", "text", "written"),
    [
        ("en", "a nebula 1,300 light years away", "light years"),
        ("en", "a nebula 1,300 light-years away", "light-years"),
        ("en", "a nebula 1,300 lightyears away", "lightyears"),
        ("fr", "une nébuleuse à 1 300 années lumière", "années lumière"),
        ("de", "ein Nebel in 1300 Lichtjahren Entfernung", "Lichtjahren"),
        ("es", "una nebulosa a 1300 años luz", "años luz"),
        ("ru", "туманность в 1300 световых лет", "световых лет"),
        ("ar", "سديم على بعد 1300 سنة ضوئية", "سنة ضوئية"),
    ],
)
def test_a_compound_unit_is_read_whole_in_each_spelling(
    language: str, text: str, written: str
) -> None:
    unit = unit_after(text, text.index("1") + len("1,300" if "," in text else "1300"), language)
    if language == "fr":
        unit = unit_after(text, text.index("1 300") + 5, language)
    assert unit is not None
    assert unit.id == "length-light-year"
    assert unit.written == written


def test_abbreviations_of_a_light_year_are_not_read() -> None:
    # "al" (French, Italian), "ly", "Lj": words or initials after a number as often as units.
    assert "al" not in unit_names("fr")
    assert "ly" not in unit_names("en")
    assert "lj" not in unit_names("de")


def test_the_german_dative_of_a_multi_word_unit_is_the_whole_unit() -> None:
    text = "Böen mit 180 Kilometern pro Stunde"
    unit = unit_after(text, text.index("180") + 3, "de")
    assert unit is not None
    assert unit.id == "speed-kilometer-per-hour"


def test_one_distance_in_light_years_disagrees_across_languages_and_scripts() -> None:
    found = _flags(
        ("en", "The quasar lies 800 million light years from Earth, astronomers said."),
        ("fr", "Le quasar se trouve à 650 millions d'années-lumière de la Terre."),
        ("de", "Der 800 Millionen Lichtjahre entfernte Quasar leuchtet hell."),
        ("zh", "该类星体距离地球6.5亿光年,科学家说。"),
    )
    assert len(found) == 1
    assert sorted(i for ids in found[0].values() for i in ids) == ["a0", "a1", "a2", "a3"]
    assert "800 million light years" in found[0]
    assert "650 millions d'années-lumière" in found[0]


def test_the_label_names_the_whole_unit() -> None:
    subjects = _subjects(
        ("en", "The quasar lies 800 million light years from Earth."),
        ("en", "The quasar lies 650 million light years from Earth."),
    )
    assert len(subjects) == 1
    assert subjects[0].startswith("how many light years")


def test_a_rounded_distance_beside_a_precise_one_is_silent() -> None:
    # "about 800 million" holds 790 million: one distance at two precisions.
    assert not _flags(
        ("en", "The quasar lies about 800 million light years from Earth."),
        ("ru", "Квазар находится на расстоянии 790 миллионов световых лет от Земли."),
        ("ko", "이 퀘이사는 지구에서 약 8억 광년 떨어져 있다."),
    )


def test_two_objects_far_apart_in_light_years_are_not_one_distance() -> None:
    # Our galaxy's centre and a far galaxy: values more than twice apart are two things.
    assert not _flags(
        ("en", "The centre of our galaxy is 26,000 light years away."),
        ("es", "La galaxia está a 55 millones de años luz de la Tierra."),
    )


def test_a_span_after_millions_de_is_not_read_as_a_measure() -> None:
    # "2 millions d'années" is an age of rocks or of a species, not a span the story measures.
    article = in_language("fr", "a", "Ces roches se sont formées il y a 2 millions d'années.")
    figures, _ = read_figures([article])
    assert not any(f.key[1].startswith("duration-") or f.measure for f in figures)


def test_a_unit_after_millions_de_is_one_measure_within_a_language() -> None:
    found = _flags(
        ("es", "El embalse liberó 30 millones de metros cúbicos de agua."),
        ("es", "El embalse liberó 45 millones de metros cúbicos de agua."),
    )
    assert len(found) == 1
    assert "30 millones de metros cúbicos" in found[0]
