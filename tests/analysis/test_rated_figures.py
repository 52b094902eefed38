"""A figure flag a rate flag already makes is not shown twice (analysis/discrepancies.py).

Built from made-up flags (no article text): "24 %" against "25 %" of tariffs in two texts is
the rate the rate flag sets side by side across languages; a figure flag with a value or a
source the rate flag does not have says something more and stays.
"""

from __future__ import annotations

from briefing.analysis.discrepancies import _not_rated
from briefing.analysis.model import Claim, Discrepancy, Quote
from briefing.model import Span


def _flag(subject: str, *values: tuple[str, tuple[str, ...]]) -> Discrepancy:
    claims = tuple(
        Claim(value, tuple(Quote(a, None, Span(0, 0, 5), "text.") for a in articles))
        for value, articles in values
    )
    return Discrepancy("figure", subject, claims)


_RATE = _flag("the rate for Ruritania", ("12%", ("a", "c", "d")), ("13%", ("b",)))


def test_a_figure_flag_inside_a_rate_flag_is_dropped() -> None:
    figure = _flag("how many % (tariffs)", ("12 %", ("a",)), ("13 %", ("b",)))
    assert _not_rated([figure], [_RATE]) == []


def test_a_figure_flag_with_more_is_kept() -> None:
    other_value = _flag("how many % (tariffs)", ("12 %", ("a",)), ("15 %", ("b",)))
    other_source = _flag("how many % (tariffs)", ("12 %", ("a",)), ("13 %", ("e",)))
    assert _not_rated([other_value, other_source], [_RATE]) == [other_value, other_source]
