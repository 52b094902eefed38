"""Hedges that make a figure approximate (:data:`briefing.analysis.numbers.QUALIFIERS`).

Fixtures are written for these tests (no article text): a hedged figure is an interval, so it
stays silent against a precise figure inside it, in every language the table covers.
"""

from __future__ import annotations

import pytest
from analysis.builders import in_language

from briefing.analysis import find_discrepancies
from briefing.analysis.numbers import find_numbers


@pytest.mark.parametrize(
    ("text", "language", "hedge", "qualifier"),
    [
        ("V domech bydlí přibližně 4 800 lidí.", "cs", "přibližně", "about"),
        ("Požár zasáhl více než 30 bytů.", "cs", "více než", "above"),
        ("Zahynulo nejméně 12 lidí.", "cs", "nejméně", "from"),
        ("O acidente deixou por volta de 45 feridos.", "pt", "por volta de", "about"),
        ("Vi abitano intorno a 300 persone.", "it", "intorno a", "about"),
        ("Hubo en torno a 40 heridos.", "es", "en torno a", "about"),
        ("Il y avait autour de 40 blessés.", "fr", "autour de", "about"),
        ("The jet was just over 11 years old.", "en", "just over", "above"),
    ],
)
def test_a_hedge_makes_its_figure_approximate(
    text: str, language: str, hedge: str, qualifier: str
) -> None:
    (number,) = find_numbers(text, language)
    assert (number.hedge, number.qualifier) == (hedge, qualifier)


def _figures(*texts: str) -> list[str]:
    articles = [in_language("cs", f"a{i}", text) for i, text in enumerate(texts)]
    return [d.subject for d in find_discrepancies(articles) if d.kind == "figure"]


def test_a_hedged_czech_figure_is_silent_against_a_precise_one_inside_it() -> None:
    assert _figures("V komplexu bydlí přibližně 4 800 lidí.", "V komplexu bydlí 4 650 lidí.") == []
    # without the hedge the two figures cannot both be true
    assert _figures("V komplexu bydlí 4 800 lidí.", "V komplexu bydlí 4 650 lidí.") != []
