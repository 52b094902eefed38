"""A measure of one property of a thing, in any language: its width, length, height or weight.

"large de 59 mètres", "59 Meter breite", "larga 50 metri", "шириной 59 метров", "بعرض 59
مترا", "寬59米" are one property, the width, told in six languages; "The 200,000-ton Ever
Given", "يبلغ وزنها 220 ألف طن", "重22萬噸" one weight. :mod:`.measures` keys a measurement by
its language's word for what it measures, so these never met; here the word is read as the
property it names (:mod:`.property_words`) and the figure is keyed by the property alone, in
every language (:data:`KEYS`), converted to the property's base unit (metres, kilograms).

A measure is a number with a unit of the property's dimension (a length unit for a width, a
mass unit for a weight; "59 km/h" is no width) and the property word beside it: after the
unit ("59 metres wide", "45 metros de altura"), else before the number ("a width of 59 m",
"larga 50 metri"). A height only after its unit ("45 m high"): a height named before the
number is as often where a moving thing was at one moment ("in einer Höhe von 29 Kilometern
explodierte", "на высоте") as what a thing measures. A unit left out after an earlier
measure of its sentence ("400 metros de eslora y 60 de manga") is that measure's unit. An
English "N-ton <noun>" weighs its noun. Capacity is not weight: "грузоподъемностью 224
тыс. тонн" (carrying capacity), "tonnellate di carico" (a load) and "22만t급" (a class) name
no weight word and are not read.

Which thing is measured the sentence seldom says in a form a key can hold ("the ship",
"l'imbarcazione", "長賜號"), so measures of one property are compared as the figures' own
gates allow (values more than twice apart are two things; one source giving two values
shows the property names two things), after :func:`by_size` has split them where one is more
than :data:`SAME_THING` times the next: a canal 205 m wide and a ship 59 m wide, a bridge's
roadway at 45 m and its towers at 90 m (only when one source gives two such values; else
the group is judged whole, as before). A width is a lasting property, not a count of a day:
no day is kept (as :mod:`.cjk_widths` keeps none).

These figures are read beside the ones :mod:`.measures` keys by each language's word, not
instead of them: measures of one language only are left to that key (which compares them
already, and whose lengths :mod:`.near_lengths` reads), so a property's flag is raised here
only across languages (:func:`across_languages`), or in Chinese, Japanese and Korean, whose
measures have no other key.

Each figure is the interval :func:`.measure_precision.claimed` gives: "60" stands for 59,
but "200,000" not for 220,000, nor "50" for 59. A "ton" is read as the metric tonne: CLDR
names "طن" and the English "ton" the US short ton, but outside US prose both mean the
tonne, and comparing one at 907 kg would make 220,000 "طن" agree with 200,000 tonnes.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Mapping, Sequence
from typing import TypeVar

from briefing.analysis.cjk_widths import WIDTH_KEY
from briefing.analysis.crosscounts import ANY_LANGUAGE
from briefing.analysis.figure_model import Figure
from briefing.analysis.measure_precision import claimed
from briefing.analysis.measures import BASE, base_unit
from briefing.analysis.model import Quote
from briefing.analysis.numbers import QUALIFIERS, Number, find_numbers
from briefing.analysis.property_words import (
    AFTER_LINKS,
    DIMENSION,
    HEIGHT,
    LENGTH,
    NOT_AFTER,
    WEIGHT,
    WIDTH,
    property_of,
    property_words,
)
from briefing.analysis.scope import stopwords
from briefing.analysis.units import Unit, one_letter_units, unit_after

#: The key of each property, in every language (a width shares :mod:`.cjk_widths`' key).
KEYS = {
    WIDTH: WIDTH_KEY,
    LENGTH: (ANY_LANGUAGE, LENGTH),
    HEIGHT: (ANY_LANGUAGE, HEIGHT),
    WEIGHT: (ANY_LANGUAGE, WEIGHT),
}
PROPERTY_KEYS = frozenset(KEYS.values())
#: Measures of one property more than this ratio apart are of two things (module doc).
SAME_THING = 1.5
#: Words the property word may stand before the number by ("a width *of about* 59 m").
_MOST_BETWEEN = 3
_BOUNDS = {"above": "lower", "from": "lower", "below": "upper", "upto": "maximum"}
_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
_GAP = " \u00a0\u202f"
_HYPHENED = re.compile(r"\d-[^\W\d_]")
_CJK = {
    "zh": [
        r"重(?:達|达|約|约|逾|近)?(?P<n>\d+(?:\.\d+)?)(?P<m>萬|万|億|亿)?(?P<u>公噸|噸|吨|公斤|千克)",
        r"(?P<n>\d+(?:\.\d+)?)(?P<m>萬|万|億|亿)?(?P<u>公噸|噸|吨|公斤|千克)重",
    ],
    "ja": [r"重さ(?:は|が)?(?:約)?(?P<n>\d+(?:\.\d+)?)(?P<m>万|億)?(?P<u>トン|キログラム|キロ)"],
    "ko": [r"무게(?:는|가)?\s?(?:약\s?)?(?P<n>\d+(?:\.\d+)?)(?P<m>만|억)?\s?(?P<u>톤|t|킬로그램|kg)"
           r"(?![a-zA-Z])"],
}  # fmt: skip
_CJK_UNITS = {
    "公噸": "mass-tonne", "噸": "mass-tonne", "吨": "mass-tonne", "トン": "mass-tonne",
    "톤": "mass-tonne", "t": "mass-tonne", "公斤": "mass-kilogram", "千克": "mass-kilogram",
    "キログラム": "mass-kilogram", "キロ": "mass-kilogram", "킬로그램": "mass-kilogram",
    "kg": "mass-kilogram",
}  # fmt: skip
_CJK_SCALES = {"萬": 1e4, "万": 1e4, "만": 1e4, "億": 1e8, "亿": 1e8, "억": 1e8}
F = TypeVar("F", bound=Figure)


def property_measures(text: str, language: str, quote: Quote) -> list[Figure]:
    """Each width, length, height or weight the sentence states, undated (module doc)."""
    language = language.split("-")[0]
    if language in _CJK:
        return _cjk_weights(text, language, quote)
    if not _names_a_property(text, language):
        return []  # most sentences: no number is read twice (:func:`.numbers.find_numbers`)
    factors = _scale_words(language)
    found: list[Figure] = []
    last: Unit | None = None  # the sentence's latest length unit, for an elided one
    for number in find_numbers(text, language):
        end, scale = number.end, 1.0
        word = _WORD.match(text, end + (len(text[end:]) - len(text[end:].lstrip(_GAP))))
        if word is not None and word.group().casefold().rstrip(".") in factors:
            scale = factors[word.group().casefold().rstrip(".")]
            end = word.end() + text.startswith(".", word.end())
        hyphened = text.startswith("-", end)
        unit = unit_after(text, end + hyphened, language) or _one_letter(text, end, language)
        if unit is None:
            prop = _elided(text, end, language, last)
            if prop is not None and last is not None:
                shown = text[number.start : prop[1]]
                found.append(_figure(KEYS[prop[0]], number, scale, last.id, shown, quote, prop[0]))
            continue
        dimension = base_unit(unit.id)
        if dimension == "length-meter":
            last = unit
        prop_name = _after(text, unit.end, language)
        if prop_name is None and hyphened and dimension == "mass-kilogram":
            prop_name = WEIGHT if _WORD.match(text, unit.end + 1) else None  # "200,000-ton ship"
        prop_name = prop_name or _before(text, number.start, language)
        if prop_name is None or DIMENSION[prop_name] != dimension:
            continue
        start = number.start - len(number.hedge) - 1 if number.hedge else number.start
        shown = text[max(0, start) : unit.end].strip()
        shown = shown if unit.written.endswith(".") else shown.rstrip(".")  # "2,2 кг."
        found.append(_figure(KEYS[prop_name], number, scale, unit.id, shown, quote, prop_name))
    return found


def by_size(figures: Sequence[F]) -> list[list[F]]:
    """One property's measures split where one is more than :data:`SAME_THING` times the
    next, when a source gives two of them that cannot both be true (module doc): each part
    is taken to measure one thing. Else one group, judged whole by the figures' gates."""
    sources: dict[str, list[F]] = {}
    for figure in figures:
        sources.setdefault(figure.quote.article_id, []).append(figure)
    if not any(
        max(a.low, b.low) > min(a.high, b.high)
        for own in sources.values()
        for i, a in enumerate(own)
        for b in own[i + 1 :]
    ):
        return [list(figures)]
    ordered = sorted(figures, key=_size)
    parts: list[list[F]] = []
    for figure in ordered:
        if parts and _size(figure) <= SAME_THING * _size(parts[-1][-1]):
            parts[-1].append(figure)
        else:
            parts.append([figure])
    return parts


def across_languages(figures: Sequence[Figure], languages: Mapping[str, str]) -> bool:
    """Whether a property's measures are compared here: not when every one is of one
    language that writes its words apart, whose own key (:mod:`.measures`, by the word it
    measures) compares them already; Chinese, Japanese and Korean measures have no other."""
    written = {languages.get(f.quote.article_id, "").split("-")[0] for f in figures}
    return len(written) > 1 or bool(written & set(_CJK))


def _size(figure: Figure) -> float:
    return figure.low if math.isinf(figure.high) else (figure.low + figure.high) / 2


def _names_a_property(text: str, language: str) -> bool:
    """Whether any word of the sentence is a property word of its language, or a number
    joins a unit by a hyphen ("200,000-ton ship")."""
    if _HYPHENED.search(text):
        return True
    if language == "ar":
        return any(property_of(w, language, after=False) for w in _WORD.findall(text))
    words = property_words(language)
    return bool(words) and any(w.casefold() in words for w in _WORD.findall(text))


def _after(text: str, end: int, language: str) -> str | None:
    """The property word right after the unit ending at ``end``, or after one link word."""
    words = list(_WORD.finditer(text, end, min(len(text), end + 40)))[:2]
    if not words or text[end : words[0].start()].strip(_GAP + "-") != "":
        return None
    found = property_of(words[0].group(), language, after=True)
    linked = len(words) > 1 and words[0].group().casefold() in AFTER_LINKS
    if found is None and linked and text[words[0].end() : words[1].start()].strip(_GAP) == "":
        found = property_of(words[1].group(), language, after=True)
    return found


def _before(text: str, start: int, language: str) -> str | None:
    """The property word before the number at ``start``, past function words and hedges."""
    skip = stopwords(language) | _hedge_words(language)
    words = list(_WORD.finditer(text, max(0, start - 60), start))
    if words and text[words[-1].end() : start].strip(_GAP + "'’") != "":
        return None  # a comma, a bracket or a digit between: another clause
    for index in range(len(words) - 1, max(-1, len(words) - 2 - _MOST_BETWEEN), -1):
        word = words[index].group()
        found = property_of(word, language, after=False)
        if found is not None:
            before = [w.group().casefold() for w in words[max(0, index - 2) : index]]
            if before and before[-1] in NOT_AFTER:
                return None  # "au large de", "a lo largo de"
            return None if found == HEIGHT else found  # "in einer Höhe von 29 km": where
        if word.casefold() not in skip:
            return None
    return None


def _one_letter(text: str, end: int, language: str) -> Unit | None:
    """A one-letter unit glued to the number or a space after it ("59m", "45 m"), read only
    where no currency sign stands before the number ("$5 m" is five million)."""
    at = end + (len(text[end:]) - len(text[end:].lstrip(_GAP)))
    unit_id = one_letter_units(language).get(text[at : at + 1].casefold())
    if unit_id is None or (at + 1 < len(text) and (text[at + 1].isalnum() or text[at + 1] in "'’")):
        return None
    if any(unicodedata.category(c) == "Sc" for c in text[max(0, end - 20) : end]):
        return None
    return Unit(unit_id, text[at], at + 1)


def _elided(text: str, end: int, language: str, last: Unit | None) -> tuple[str, int] | None:
    """A bare number whose unit an earlier measure of the sentence gave ("400 metros de eslora
    y *60 de manga*"): its property and where its words end, else None."""
    if last is None or end - last.end > 40:
        return None
    found = re.match(r"[ \u00a0]+(\S+)[ \u00a0]+([^\W\d_]+)", text[end : end + 40])
    if found is None or found.group(1).casefold() not in AFTER_LINKS:
        return None
    prop = property_of(found.group(2), language, after=True)
    return (
        (prop, end + found.end())
        if prop is not None and DIMENSION[prop] == "length-meter"
        else None
    )


def _cjk_weights(text: str, language: str, quote: Quote) -> list[Figure]:
    """A weight in Chinese, Japanese or Korean: "重22萬噸", "22萬噸重", "무게 2.23킬로그램"."""
    found: list[Figure] = []
    for pattern in _CJK[language]:
        for match in re.finditer(pattern, text):
            written = match.group("n")
            number = Number(match.start("n"), match.end("n"), float(written), written, False)
            scale = _CJK_SCALES.get(match.group("m") or "", 1.0)
            shown = text[match.start("n") : match.end("u")]
            unit = _CJK_UNITS[match.group("u")]
            found.append(_figure(KEYS[WEIGHT], number, scale, unit, shown, quote, WEIGHT))
    return found


def _figure(
    key: tuple[str, str], number: Number, scale: float, unit: str, shown: str, quote: Quote,
    what: str,
) -> Figure:  # fmt: skip
    """The figure of one measure, in its property's base unit."""
    low, high = claimed(number)
    factor = 1e3 if unit == "mass-ton" else BASE.get(unit, (unit, 1.0))[1]  # a ton: a tonne
    bound = "" if number.low is not None else _BOUNDS.get(number.qualifier or "", "")
    # to nine figures: "220 ألف" and "22萬" are one value, shown once, whatever the float
    low, high = (float(f"{v * scale * factor:.9g}") for v in (low, high))
    return Figure(
        key, None, low, high, shown, quote, noun=shown,
        measure=True, what=what, ranged=number.low is not None, bound=bound,
    )  # fmt: skip


def _scale_words(language: str) -> dict[str, float]:
    from briefing.analysis.counted_noun import _factors

    return _factors(language)


def _hedge_words(language: str) -> frozenset[str]:
    return frozenset(w for hedge in QUALIFIERS.get(language, {}) for w in hedge.split())
