"""A count of people or things is a whole number, whatever the language's decimal mark.

Sentences are written for these tests (no article text).
"""

from __future__ import annotations

import dataclasses

import pytest
from analysis.builders import make_article

from briefing.analysis import find_discrepancies
from briefing.analysis.numbers import find_numbers
from briefing.analysis.whole_counts import whole_counts


def _values(text: str, language: str) -> list[float]:
    return [n.value for n in whole_counts(find_numbers(text, language), text, language)]


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("es", "Unas 20,000 personas llenaron la avenida.", 20000),
        ("es", "Unas 20.000 personas llenaron la avenida.", 20000),  # the language's own mark
        ("en", "Some 20.000 people filled the avenue.", 20000),
        ("de", "Rund 20,000 Menschen füllten die Allee.", 20000),
        ("fr", "Quelque 3,500 manifestants ont défilé.", 3500),
    ],
)
def test_three_digits_after_one_mark_before_a_counted_noun_are_thousands(
    language: str, text: str, value: float
) -> None:
    assert _values(text, language) == [value]


def test_a_range_of_such_counts_is_whole_at_both_ends() -> None:
    assert _values("Entre 15,000 y 20,000 personas esperaban.", "es") == [15000, 20000]


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("es", "El faro está a 3,5 km de la costa.", 3.5),
        ("es", "La playa tiene 2,500 km de costa.", 2.5),  # a measure in a unit
        ("es", "Un sismo de 7,8 de magnitud sacudió la isla.", 7.8),
        ("es", "Viven allí 2,5 millones de personas.", 2.5),
        ("es", "Costó 1,500 millones de dólares.", 1.5),  # a multiplier's decimal
        ("es", "La entrada cuesta 1,125 euros.", 1.125),  # money may have decimals
        ("es", "Cada acción vale €1,125 desde ayer.", 1.125),
        ("es", "Añadieron 0,375 gramos al tubo.", 0.375),
        ("en", "They shipped 1,234.5 tonnes of grain.", 1234.5),
        ("es", "El índice subió 2,500 por ciento.", 2.5),  # no noun after the number
    ],
)
def test_decimals_and_measures_stay_decimals(language: str, text: str, value: float) -> None:
    assert _values(text, language)[0] == value


def test_two_crowds_written_with_two_marks_are_one_count() -> None:
    a = dataclasses.replace(
        make_article("a", "Unas 20,000 personas llenaron la avenida Marsk el domingo."),
        language="es",
    )
    b = dataclasses.replace(
        make_article("b", "Unas 20.000 personas llenaron la avenida Marsk el domingo."),
        language="es",
    )
    c = dataclasses.replace(
        make_article("c", "Unas 40.000 personas llenaron la avenida Marsk el domingo."),
        language="es",
    )
    figures = [d for d in find_discrepancies([a, b]) if d.kind == "figure"]
    assert figures == []  # 20,000 and 20.000 agree: neither is twenty
    (found,) = [d for d in find_discrepancies([a, c]) if d.kind == "figure"]
    assert {frozenset(x.article_ids) for x in found.claims} == {frozenset("a"), frozenset("c")}
