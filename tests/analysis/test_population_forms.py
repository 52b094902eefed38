"""Populations a place has, round populations hedged "about" to one unit, and populations of
two places (:mod:`briefing.analysis.population_forms`, used by :mod:`briefing.analysis.residents`).

Fixtures are written for these tests (no article text): a storm over a made-up archipelago,
the Varn Islands, reported in several languages.
"""

from __future__ import annotations

import pytest
from analysis.builders import in_language, values_by_article

from briefing.analysis import Discrepancy, find_discrepancies
from briefing.analysis.counted_noun import _factors
from briefing.analysis.numbers import find_numbers
from briefing.analysis.residents import population
from briefing.model import Article


def _populations(articles: list[Article]) -> list[Discrepancy]:
    return [d for d in find_discrepancies(articles) if d.subject.startswith("how many people live")]


def _read(text: str, language: str, written: str) -> tuple[float, float, float] | None:
    """(low, high, rounding unit) of the population read at ``written``, or None."""
    number = next(n for n in find_numbers(text, language) if text[n.start : n.end] == written)
    found = population(text, number, language, _factors(language))
    return None if found is None else (found.low, found.high, found.rounded)


@pytest.mark.parametrize(
    ("text", "language", "written", "value", "unit"),
    [
        ("Die Inselgruppe hat etwa 210.000 Einwohner.", "de", "210.000", 210_000, 10_000),
        ("The archipelago has about 210,000 inhabitants.", "en", "210,000", 210_000, 10_000),
        ("L'archipel compte environ 210 000 habitants.", "fr", "210 000", 210_000, 10_000),
        ("El archipiélago tiene 212.345 habitantes.", "es", "212.345", 212_345, 0),
        ("Архипелаг насчитывает около 210 тысяч жителей.", "ru", "210", 210_000, 10_000),
        ("Archipelag liczy około 3,8 tysiąca mieszkańców.", "pl", "3,8", 3_800, 100),
        ("The islet has about 35 residents.", "en", "35", 35, 0),
    ],
)
def test_a_place_that_has_its_residents_gives_its_population(
    text: str, language: str, written: str, value: float, unit: float
) -> None:
    found = _read(text, language, written)
    assert found is not None
    low, high, rounded = found
    assert low <= value <= high  # a hedge keeps its width (±15 %)
    assert rounded == pytest.approx(unit)


@pytest.mark.parametrize(
    ("text", "language", "written"),
    [
        # People in general, not residents: a staff, a crowd.
        ("The company has 300 people on the islands.", "en", "300"),
        ("Die Firma hat 300 Menschen eingestellt.", "de", "300"),
        # Residents, but what happened to them.
        ("The shelter took 900 residents for the night.", "en", "900"),
        ("The storm has forced 900 residents from their homes.", "en", "900"),
    ],
)
def test_having_people_or_moving_residents_is_no_population(
    text: str, language: str, written: str
) -> None:
    assert _read(text, language, written) is None


def test_two_round_populations_of_one_place_disagree_across_languages() -> None:
    articles = [
        in_language("de", "a", "Die Inselgruppe hat etwa 210.000 Einwohner."),
        in_language("it", "b", "Nelle isole, dove vivono circa 220.000 abitanti, manca l'acqua."),
    ]
    (found,) = _populations(articles)
    assert values_by_article(found) == {
        "etwa 210.000 Einwohner": ("a",),
        "circa 220.000 abitanti": ("b",),
    }


@pytest.mark.parametrize(
    "texts",
    [
        # rounded and precise: "about 4,000" holds 3,800
        [
            ("en", "The town has about 4,000 inhabitants."),
            ("de", "In der Stadt wohnen rund 3.800 Einwohner."),
        ],
        # one value translated
        [
            ("de", "Die Inselgruppe hat etwa 210.000 Einwohner."),
            ("en", "The archipelago has about 210,000 inhabitants."),
        ],
        # a precise figure inside a hedged round one
        [
            ("de", "Die Anlage hat etwa 4.800 Einwohner."),
            ("en", "The estate has 4,650 inhabitants."),
        ],
        # two round figures, one hedged, the other not
        [
            ("de", "Die Inselgruppe hat etwa 210.000 Einwohner."),
            ("en", "The archipelago has 220,000 inhabitants."),
        ],
        # a hedged figure with no trailing zero against a close one
        [
            ("en", "About 35 residents live on the islet."),
            ("en", "The islet has 38 inhabitants."),
        ],
    ],
)
def test_populations_that_can_both_be_true_are_not_flagged(texts: list[tuple[str, str]]) -> None:
    articles = [in_language(language, f"x{i}", text) for i, (language, text) in enumerate(texts)]
    assert _populations(articles) == []


def test_a_region_named_elsewhere_does_not_silence_two_rival_figures_of_the_islands() -> None:
    # The two million live in a region the storm crossed before; the islands are unnamed in
    # the two sentences that disagree, so all three fall in one group by place.
    articles = [
        in_language("en", "a", "More than two million people live in the storm's path in Ostria."),
        in_language("de", "b", "Die Inselgruppe hat etwa 210.000 Einwohner."),
        in_language("it", "c", "Nelle isole, dove vivono circa 220.000 abitanti, manca l'acqua."),
    ]
    (found,) = _populations(articles)
    assert set(values_by_article(found)) == {"etwa 210.000 Einwohner", "circa 220.000 abitanti"}
