"""Percentages as written, one value or a band: "-0,1 %", "minus 0,1 bis null Prozent",
"0–0.1%", "between 0 and 0.1 per cent", "0到0.1%", "0~0.1%", "بين صفر و0.1%".

Rates are told in percent in every language, and a central bank's rate, a tax or a target is
often a band with two ends ("0 to 0.1 %"): a precise value, not the writer's doubt (a count's
"between 400 and 750" is doubt, :mod:`.ranges`). This module only reads; :mod:`.rate_bands`
compares.

What it reads, each a closed class of a language's grammar, never one story's words:

- a number with a decimal point or comma, or a word for zero ("null", "zéro", "cero", "ноль",
  "零", "صفر"), with a minus sign or a word for minus ("minus", "moins", "menos", "минус",
  "マイナス", "负", "마이너스") before it, then a percent sign or word;
- a band: two such numbers joined by a dash or a tilde ("0–0,1 %", "0~0.1%"), by a word for
  "to" when only the second carries the percent ("0 bis 0,1 Prozent", "0到0.1%", "0から0.1%";
  "from -0.1% to 0.1%", a percent on each, is a change from one value to another), or by a
  word for "and" after a word for "between" ("zwischen null und 0,1 Prozent", "entre 0 % et
  0,1 %", "بين صفر و0.1%"); the low end first (a falling pair is a change);
- a hedge ("about", "en torno a", "约", "程度", "정도"): the figure is then a rounding, and
  kept apart so that a comparison can leave it out.

Percentage points ("0.1 percentage point", "Prozentpunkte", "%ポイント") are a change, not a
level, and are not read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from briefing.analysis.numbers import QUALIFIERS


@dataclass(frozen=True, slots=True)
class Percent:
    """One percentage of a paragraph: a value (``low == high``) or a band."""

    start: int
    end: int
    low: float
    high: float
    #: Hedged ("about 0 %", "0から0.1%程度"): a rounding, not a value to hold a source to.
    hedged: bool

    @property
    def band(self) -> bool:
        """True for a band with two different ends."""
        return self.low < self.high

    def label(self) -> str:
        """The figure as the flag writes it ("-0.1%", "-0.1% to 0%")."""
        if self.band:
            return f"{_written(self.low)}% to {_written(self.high)}%"
        return f"{_written(self.low)}%"


def _written(value: float) -> str:
    return f"{value:g}"


def decimals_written(written: str) -> int:
    """How many decimals the first number of ``written`` (a figure as the text writes it) has:
    its precision ("72,16 %" → 2, "52 %" → 0)."""
    number = re.search(r"\d+(?:[.,](\d+))?", written)
    return len(number.group(1)) if number and number.group(1) else 0


#: Not glued to a word of an alphabet that spaces its words ("COVID-19", "A4"); Chinese,
#: Japanese and Arabic glue numbers to the word before ("从-0.1%", "マイナス0.1%", "و0.1%").
_NOT_GLUED = r"(?<![0-9A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff.,])"
_ZERO = r"(?<!\w)(?:zero|null|z[ée]ro|cero|ноль|нуля|нуль|제로|صفر|sıfır)|零|ゼロ"
_MINUS = r"(?<!\w)(?:minus|moins|menos|минус|мінус|سالب|eksi)|マイナス|負|负|마이너스"
#: One number: a word for minus or a sign glued to the digits, then digits (a decimal point
#: or comma followed by one or two digits) or a word for zero.
_NUMBER = (
    rf"(?P<sign>(?:(?:{_MINUS})\s*)|{_NOT_GLUED}[-−–](?=\d))?"
    rf"(?P<number>{_NOT_GLUED}\d+(?:[.,]\d{{1,2}})?(?![\d])|(?:{_ZERO})(?!\w))"
)
_UNIT = (
    r"\s*(?P<unit>%|％|٪|(?<!\w)(?:per\s?cent|percent|pour\s?cent|por\s?ciento|por\s?cento|"
    r"per\s?cento|prozent|procent|процент\w*|відсот\w*|بالمئة|بالمائة|في\s?المئة|في\s?المائة)"
    r"|パーセント|퍼센트)?"
)
_ATOM = re.compile(_NUMBER + _UNIT, re.IGNORECASE)
#: After a percent: the points of a change ("percentage points", "Prozentpunkte", "%ポイント").
_POINTS = re.compile(
    r"^(?:age)?\s*(?:-?points?|punkt\w*|пункт\w*|п\.\s?п\.|ポイント|포인트|個?百分點|个?百分点|"
    r"نقطة|نقاط)",
    re.IGNORECASE,
)
#: Joining two ends on their own: a dash or a tilde.
_DASH = re.compile(r"\s*[-–—~〜～]\s*")
#: "To" between a bare first number and a second with its percent.
_TO = re.compile(r"\s*(?:to|bis|à|a|al|hasta|до|по|到|至|から|ila|e|tot)\s*", re.IGNORECASE)
#: "And" between the ends after a word for "between".
_AND = re.compile(r"\s*(?:and|et|und|y|e|ed|en|i|и|і|та|ve|و|és|și|a)\s*", re.IGNORECASE)
_BETWEEN = re.compile(
    r"(?<!\w)(?:between|entre|zwischen|tra|fra|tussen|między|между|між|від|от|بين|arasında)"
    r"\s+(?:\w+\s+){0,1}$",
    re.IGNORECASE,
)
#: A word for "from" right before a bare first number: "from 0 to 0.1 %" is a change. Not
#: the Romance "de"/"da": also "of" ("un rango de 0 a 0,1%", a band).
_FROM = re.compile(r"(?<!\w)(?:from|von|desde|с|з|从|由|من)\s*$", re.IGNORECASE)
#: Hedges written after the number in Chinese, Japanese and Korean, and before it.
_HEDGE_AFTER = re.compile(r"^\s*(?:程度|前後|左右|上下|안팎|정도|가량|내외|안밖)")
_HEDGE_BEFORE_CJK = re.compile(r"(?:約|约|大约|大約|약)\s*$")


#: A piece of every percent sign or word (its first letter left out: either case): most
#: paragraphs hold none and are not read further (a substring test, far cheaper than a
#: pattern over every paragraph of a large briefing).
_UNIT_PIECES = ("%", "％", "٪", "cent", "ciento", "rozent", "rocent", "роцент", "ідсот", "المئة",
                "المائة", "パーセント", "퍼센트")  # fmt: skip


def percents_in(text: str, language: str) -> list[Percent]:
    """Every percentage of ``text`` (module doc), in order."""
    if not any(piece in text for piece in _UNIT_PIECES):
        return []
    atoms = list(_ATOM.finditer(text))
    found: list[Percent] = []
    index = 0
    while index < len(atoms):
        atom = atoms[index]
        nxt = atoms[index + 1] if index + 1 < len(atoms) else None
        if nxt is not None and nxt["unit"] and _joined(text, atom, nxt):
            low, high = _value(atom), _value(nxt)
            if low < high and not _points(text, nxt):
                found.append(_percent(text, atom.start(), nxt.end(), low, high, language))
                index += 2
                continue
        if atom["unit"] and not _points(text, atom):
            value = _value(atom)
            found.append(_percent(text, atom.start(), atom.end(), value, value, language))
        index += 1
    return found


def _joined(text: str, first: re.Match[str], second: re.Match[str]) -> bool:
    """Whether two numbers are the ends of one band (module doc)."""
    gap = text[first.end() : second.start()]
    if _DASH.fullmatch(gap):
        return True
    before = text[max(0, first.start() - 30) : first.start()]
    if not first["unit"] and _TO.fullmatch(gap):
        return _FROM.search(before) is None
    return bool(_AND.fullmatch(gap) and _BETWEEN.search(before))


def _value(atom: re.Match[str]) -> float:
    number = atom["number"]
    value = 0.0 if not number[0].isdigit() else float(number.replace(",", "."))
    return -value if atom["sign"] and value else value


def _points(text: str, atom: re.Match[str]) -> bool:
    return bool(_POINTS.match(text[atom.end() : atom.end() + 16]))


def _percent(text: str, start: int, end: int, low: float, high: float, language: str) -> Percent:
    before = text[max(0, start - 30) : start]
    hedged = bool(
        _hedge_before(language).search(before)
        or _HEDGE_BEFORE_CJK.search(before)
        or _HEDGE_AFTER.match(text[end : end + 4])
    )
    return Percent(start, end, low, high, hedged)


#: The kinds of :data:`~.numbers.QUALIFIERS` that make a percentage no plain value: a
#: rounding or a bound. "Up to" is left out: its words are also the "to" of a change
#: ("с -0,1% до 0–0,1%").
_HEDGES = frozenset({"about", "nearly", "above", "below", "from"})


@cache
def _hedge_before(language: str) -> re.Pattern[str]:
    """A hedge of the language right before a number, a short word (an article, "al", "в")
    allowed between ("en torno al cero por ciento")."""
    table = QUALIFIERS.get(language, QUALIFIERS["en"])
    words = sorted((w for w, kind in table.items() if kind in _HEDGES), key=len, reverse=True)
    alternation = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?<!\w)(?:{alternation})(?:\s*\w{{1,3}})?\s*$", re.IGNORECASE)
