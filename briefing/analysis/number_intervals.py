"""What a number found in a text claims: a year or a count, and the range of values it stands for.

Split from :mod:`.numbers` (which finds the numbers and reads their values, language by
language) for size: these read a found :class:`~.numbers.Number` the same way in every
language, for comparing two figures: a hedge widens a figure ("about", "more than"), a round
one stands for its range ("1,300" for 1,250–1,349), and one before a scale word for every
value its last digit rounds from. Importing them from :mod:`.numbers` still works.
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.analysis.numbers import Number


def is_year(number: Number) -> bool:
    """True for a year written in digits ("2025"), never a count."""
    return (
        not number.in_words
        and number.value.is_integer()
        and 1900 <= number.value <= 2099
        and len(number.written) == 4
    )


def interval(value: float, number: Number) -> tuple[float, float]:
    """What a figure claims, as (low, high): a hedge widens it ("about", "more than"), and a
    round figure stands for its range ("1,300" for 1,250–1,349)."""
    if number.low is not None:
        return min(number.low, value), max(number.low, value)
    kind = number.qualifier
    if kind == "about":
        return value * 0.85, value * 1.15
    if kind == "nearly":
        return value * 0.85, value
    if kind == "above":
        return value, math.inf  # "more than five years" does not contradict "5 years"
    if kind == "from":
        return value, math.inf
    if kind == "below":
        return 0, value
    if kind == "upto":
        return 0, value
    digits = re.sub(r"\D", "", number.written)
    zeros = len(digits) - len(digits.rstrip("0")) if digits and not number.in_words else 0
    if value >= 20 and zeros and value.is_integer():
        half = 10 ** min(zeros, len(digits) - 1) / 2  # a round figure stands for its range
        return value - half, value + half - 1e-9
    return value, value


def scaled_interval(number: Number) -> tuple[float, float]:
    """What a figure written before a scale word claims ("80 mila", "3 tys.", "2,5 Mio."), in
    units of that scale: a hedge widens it as :func:`interval` does; without one, the figure
    stands for every value its last written digit rounds from ("3 tys." 2.5–3.5 thousand,
    "2,5 Mio." 2.45–2.55 million, "80 mila" 75–85 thousand), since nobody writes a scale word
    after an exact count. Small figures are rounded too, unlike bare counts ("3 dead")."""
    if number.low is not None or number.qualifier:
        return interval(number.value, number)
    value = number.value
    if value.is_integer():
        digits = str(int(value))
        unit = 10.0 ** (len(digits) - len(digits.rstrip("0"))) if value else 1.0
    else:
        unit = 10.0 ** -len(repr(value).split(".")[1])
    return value - unit / 2, value + unit / 2 - 1e-9 * unit
