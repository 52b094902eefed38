"""Amounts written in the mixed digits and numerals of Chinese, Japanese and Korean.

A large sum there is written in groups of four places, each group closed by its unit (万 /
萬 / 만 ten thousand, 亿 / 億 / 억 hundred million, 兆 / 조 trillion), and inside a group digits
may mix with the numerals for thousand, hundred and ten (千 / 천, 百 / 백, 十 / 십):
"2億2200万" and "2억2천200만" are 222,000,000; "1억5백만" 105,000,000; "8천900만"
89,000,000; "118億3700万" 11,837,000,000. :mod:`.money` reads a single group ("2200万",
"2.22亿") itself; this reads the compounds it would cut at the first unit ("2億" of
"2億2200万", the "2" of "2억2천2백만").

Each amount keeps its precision: the place of its last non-zero digit ("2億2000万" is
written to the ten million, 215–225 million; "2억2천2백만" to the million), the same rule
:func:`.number_intervals.scaled_interval` applies to a number before a scale word. A hedge
written right before it ("約", "约", "약") is kept, so that a conversion's rounding is
known as such.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: The units closing a group of four places.
_LARGE = {"万": 1e4, "萬": 1e4, "만": 1e4, "亿": 1e8, "億": 1e8, "억": 1e8, "兆": 1e12, "조": 1e12}
#: The numerals inside a group.
_SMALL = {"千": 1e3, "천": 1e3, "百": 1e2, "백": 1e2, "十": 10.0, "십": 10.0}
#: One piece: digits with an optional unit, or a unit alone closing a group ("2천9백억").
_PIECE = re.compile(r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)?([千천百백十십万萬만亿億억兆조])?")
_START = re.compile(r"(?<![\d.,])\d")
#: Hedges written right before an amount: "about".
HEDGES = ("大約", "大约", "約", "约", "およそ", "약 ", "약")


@dataclass(frozen=True, slots=True)
class Amount:
    """One compound amount: where it is, its value and the place of its last digit."""

    start: int
    end: int
    value: float
    unit: float
    hedge: str = ""


def compound_amounts(text: str) -> list[Amount]:
    """The amounts of ``text`` written in two pieces or more ("2億2200万", "1억5백만",
    "8천900만"), with a numeral inside a group ("3천만") or with a Korean unit ("400억"),
    each closed by a large unit; a lone piece in Han ("2200万", "2.22亿") is left to
    :mod:`.money`."""
    found: list[Amount] = []
    at = 0
    while (match := _START.search(text, at)) is not None:
        amount = _read(text, match.start())
        if amount is None:
            at = match.end()
            continue
        found.append(amount)
        at = amount.end
    return found


def _read(text: str, start: int) -> Amount | None:
    """The compound amount starting at ``start``, or None: its groups close on large
    units in falling order, each group's numerals fall too; what follows the last large
    unit is not the amount's."""
    total, unit, pieces, end, small, hangul = 0.0, float("inf"), 0, start, False, False
    group, place, held, last_small, last_large = 0.0, float("inf"), 0, float("inf"), float("inf")
    at = start
    while (piece := _PIECE.match(text, at)) is not None and piece.end() > at:
        digits, mark = piece.group(1), piece.group(2)
        number = float(digits.replace(",", "")) if digits else 0.0
        if mark in _SMALL and digits and _SMALL[mark] < last_small:
            last_small, group, held = _SMALL[mark], group + number * _SMALL[mark], held + 1
            small = True
            place = min(place, _SMALL[mark] * _place(digits)) if number else place
        elif mark in _LARGE and _LARGE[mark] < last_large and (digits or held):
            size = _LARGE[mark]
            hangul = hangul or mark in "만억조"
            if number:
                group, held, place = group + number, held + 1, min(place, _place(digits or ""))
            if place < float("inf"):
                unit = min(unit, place * size)
            total, pieces, end = total + group * size, pieces + held, piece.end()
            group, place, held, last_small, last_large = 0.0, float("inf"), 0, float("inf"), size
        else:
            break
        at = piece.end()
    if not (pieces >= 2 or ((small or hangul) and pieces)) or not total:
        return None
    hedge = next((h for h in HEDGES if text[:start].endswith(h)), "")
    return Amount(start - len(hedge), end, total, unit, hedge)


def _place(digits: str) -> float:
    """The place of the last non-zero digit of ``digits``, in units of its own last place."""
    if "." in digits:
        return 10.0 ** -len(digits.split(".")[1])
    stripped = digits.rstrip("0")
    return 10.0 ** (len(digits) - len(stripped)) if stripped else 1.0
