"""What a written measure claims: the interval of values it stands for.

A measure written "59" is as precise as its last digit (58.5–59.5), "2,2 кг" 2.15–2.25 kg,
so "2,2 кг" is a rounding of "2.23 kg" and no rival. A round "60" may be a rounding of 59, but
trailing zeros do not make a figure stand for any value of their place: "200,000 tonnes" is
not a rounding of 220,000, nor "50 metres" of 59. So a round figure stands for values a
twentieth of it away at most (:data:`ROUNDING`; "60" for 57–63, "200,000" for 190,000–210,000),
where :func:`.numbers.interval` lets "200,000" stand for 150,000–250,000 (a count's rounding,
"about 1,300 dead" for 1,287). A hedge widens a measure as it widens a count ("about 59",
"knapp 400"), and "about" with one figure stands for its rounding too ("circa 1 kilometer"
for 1,182 m). A measure written in words is a round one, as if hedged "about" ("cem metros
de altura" for 90 m; "vier Meter"). One rule for every property measure (:mod:`.property_measures`,
:mod:`.cjk_widths`), so one value written in two languages is shown as one.
"""

from __future__ import annotations

from dataclasses import replace

from briefing.analysis.numbers import Number, interval

#: A round figure stands for values this share of it away at most (module doc).
ROUNDING = 0.05


def claimed(number: Number) -> tuple[float, float]:
    """(low, high) of what a measure claims, in its own unit (module doc)."""
    value = number.value
    if number.in_words and not number.qualifier and number.low is None:
        number = replace(number, qualifier="about")  # "cem metros", "vier Meter": round
    if number.qualifier == "about" and value.is_integer() and value:
        digits = str(int(value))
        half = 0.5 * 10.0 ** (len(digits) - len(digits.rstrip("0")))
        low, high = interval(value, number)
        return min(low, value - half), max(high, value + half)
    if number.low is not None or number.qualifier:
        return interval(number.value, number)
    decimals = 0 if value.is_integer() else len(repr(value).split(".")[1])
    half = 0.5 * 10.0**-decimals
    if value.is_integer() and value:
        digits = str(int(value))
        zeros = len(digits) - len(digits.rstrip("0"))
        half = max(half, min(0.5 * 10.0**zeros, ROUNDING * value))
    return value - half, value + half - 1e-9 * half
