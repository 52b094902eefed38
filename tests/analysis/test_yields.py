"""An explosion's yield: one quantity in every language, in kilotons, read only where the
sentence tells the story's own blast."""

from __future__ import annotations

import pytest
from analysis.builders import claim_values, figure_flags, in_language

from briefing.analysis.model import Quote
from briefing.analysis.yields import yields
from briefing.model import Span


def _read(text: str, language: str) -> list[tuple[float, float]]:
    quote = Quote("a", "s", Span(0, 0, len(text)), text)
    return [(f.low, f.high) for f in yields(text, language, quote)]


@pytest.mark.parametrize(
    ("text", "language", "read"),
    [
        ("The blast's yield was between 30 and 40 kilotons, experts said.", "en", (30, 40)),
        ("La explosión tuvo una potencia de unos 70 kilotones.", "es", (59.5, 80.5)),
        ("Мощность взрыва могла составить 70 килотонн.", "ru", (65, 75)),  # round
        ("Die Sprengkraft lag bei 1,5 Megatonnen.", "de", (1500, 1500)),
        ("爆発規模は30~40キロトンとみられる。", "ja", (30, 40)),
        ("폭발력은 약 70킬로톤으로 추정된다.", "ko", (59.5, 80.5)),
    ],
)
def test_a_yield_is_read_in_kilotons_in_each_language(
    text: str, language: str, read: tuple[float, float]
) -> None:
    assert _read(text, language) == [pytest.approx(read)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # An earlier blast's yield: its clause says another time.
        ("La précédente avait alors dégagé une énergie de 12 kilotonnes.", "fr"),
        ("The earlier test in March 2016 released 12 kilotons.", "en"),
        ("昨年の実験の規模は12キロトンだった。", "ja"),
        ("당시 폭발력은 12킬로톤이었다.", "ko"),
        # Two yields: one measured against the other.
        ("It released 12 kilotons, less than the bomb of the war (15 kilotons).", "en"),
        ("The tower weighs 12 tons.", "en"),  # no yield
    ],
)
def test_what_is_not_the_story_s_own_yield_is_not_read(text: str, language: str) -> None:
    assert _read(text, language) == []


def test_yields_disagree_across_languages_and_a_range_agrees_with_a_value_inside() -> None:
    flags = figure_flags(
        in_language("en", "a", "The blast's yield was between 30 and 40 kilotons."),
        in_language("es", "b", "La explosión tuvo una potencia de unos 70 kilotones."),
    )
    assert [claim_values(f) for f in flags] == [{"between 30 and 40 kilotons", "unos 70 kilotones"}]
    assert not figure_flags(
        in_language("en", "a", "The blast's yield was between 30 and 40 kilotons."),
        in_language("ru", "b", "Мощность взрыва могла составить 35 килотонн."),
    )


def test_an_earlier_blast_s_yield_is_not_compared_with_the_story_s() -> None:
    # The previous test's 12 kilotons (told "at the time") against this one's 70.
    assert not figure_flags(
        in_language("en", "a", "The blast released about 70 kilotons."),
        in_language("fr", "b", "Le précédent essai avait alors dégagé 12 kilotonnes."),
    )
    # And the comparison after the yield does not date it.
    flags = figure_flags(
        in_language("en", "a", "It released 30 kilotons, twice the test of September 2016."),
        in_language("es", "b", "La explosión tuvo una potencia de unos 70 kilotones."),
    )
    assert [claim_values(f) for f in flags] == [{"30 kilotons", "unos 70 kilotones"}]


def test_rounded_and_precise_yields_and_a_conversion_do_not_disagree() -> None:
    # A round "about 70" holds a precise 68.
    assert not figure_flags(
        in_language("en", "a", "The blast released about 70 kilotons."),
        in_language("es", "b", "La explosión tuvo una potencia de 68 kilotones."),
    )
    # A yield and its conversion: one yield in two units, in one sentence or two texts.
    assert _read("The blast released 1.5 megatons (1,500 kilotons).", "en") == []
    assert _read("The blast released 1,500 kilotons.", "en") == [
        pytest.approx((1450, 1550))
    ]  # round
    assert not figure_flags(
        in_language("en", "a", "The blast released 1,500 kilotons."),
        in_language("de", "b", "Die Sprengkraft lag bei 1,5 Megatonnen."),
    )
