"""Measurements in any unit: one quantity whatever unit each source gives it in.

"625 pieds d'altitude" and "150 m d'altitude" are two reports of one altitude, and they
disagree (625 ft is 190 m); "24.1 kilometres" and "14.9 miles" are one depth twice. So a
measurement is keyed by what it measures and by its dimension, and its value is converted to
that dimension's base unit (:data:`BASE`): kilometres and miles, feet and metres, tonnes and
pounds, hectares and acres, °F and °C are compared once converted. The factors are the units'
definitions (the international foot is 0.3048 m exactly), not data of any story; a table was
preferred to pint (measured: 0.4 s of CPU to import and build its registry in every process,
for the same two dozen constants, and CLDR's unit ids would still need mapping to its names).

A written figure is as precise as its last digit: "14.9 miles" is 14.85–14.95 miles, "625 feet"
624.5–625.5 feet, and a round "150 m" 145–155 m (:func:`.numbers.interval`). Two figures
disagree only when those intervals, converted, do not meet, so a rounded conversion ("376 km
(235 miles)") is never a disagreement, while "625 feet" against "150 m" is.

What a measurement measures is the bare complement after its unit when there is one ("625
pieds *d'altitude*", "45 metros *de altura*", "200 m *of track*"; :func:`.scope.complement`),
else the content word closest before the number ("a *depth* of 17.9 km"), never a hedge
("*environ* 625 pieds" measures no "environ"). A one-letter unit ("150 m", "3 h") is read only
before such a complement: alone, "m" and "h" are initials or millions as often as units.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from briefing.analysis import scope
from briefing.analysis.numbers import QUALIFIERS, Number
from briefing.analysis.stems import stem_word
from briefing.analysis.text import NOUN_CAPS
from briefing.analysis.units import Unit, one_letter_units

#: Each unit's dimension's base unit and how many base units one of it is (definitions).
BASE: dict[str, tuple[str, float]] = {
    "length-kilometer": ("length-meter", 1e3),
    "length-meter": ("length-meter", 1.0),
    "length-centimeter": ("length-meter", 1e-2),
    "length-millimeter": ("length-meter", 1e-3),
    "length-mile": ("length-meter", 1609.344),
    "length-nautical-mile": ("length-meter", 1852.0),
    "length-yard": ("length-meter", 0.9144),
    "length-foot": ("length-meter", 0.3048),
    "length-inch": ("length-meter", 0.0254),
    "area-square-kilometer": ("area-square-meter", 1e6),
    "area-square-meter": ("area-square-meter", 1.0),
    "area-square-mile": ("area-square-meter", 1609.344**2),
    "area-hectare": ("area-square-meter", 1e4),
    "area-acre": ("area-square-meter", 4046.8564224),
    "volume-liter": ("volume-liter", 1.0),
    "volume-cubic-meter": ("volume-liter", 1e3),
    "volume-gallon": ("volume-liter", 3.785411784),
    "volume-barrel": ("volume-liter", 158.987294928),
    "mass-tonne": ("mass-kilogram", 1e3),
    "mass-ton": ("mass-kilogram", 907.18474),
    "mass-kilogram": ("mass-kilogram", 1.0),
    "mass-gram": ("mass-kilogram", 1e-3),
    "mass-pound": ("mass-kilogram", 0.45359237),
    "mass-ounce": ("mass-kilogram", 0.028349523125),
    "speed-kilometer-per-hour": ("speed-kilometer-per-hour", 1.0),
    "speed-mile-per-hour": ("speed-kilometer-per-hour", 1.609344),
    "speed-meter-per-second": ("speed-kilometer-per-hour", 3.6),
    "speed-knot": ("speed-kilometer-per-hour", 1.852),
    "power-kilowatt": ("power-megawatt", 1e-3),
    "power-megawatt": ("power-megawatt", 1.0),
    "power-gigawatt": ("power-megawatt", 1e3),
    # Offsets of seconds, minutes or hours from one start (:func:`.span_keys.span_key`).
    "duration-second": ("duration-second", 1.0),
    "duration-minute": ("duration-second", 60.0),
    "duration-hour": ("duration-second", 3600.0),
    # °F to °C is not a factor: :func:`in_base` converts it.
    "temperature-fahrenheit": ("temperature-celsius", 1.0),
    "temperature-celsius": ("temperature-celsius", 1.0),
}
#: The units figures are compared in.
BASE_UNITS = frozenset(base for base, _ in BASE.values())


def base_unit(unit_id: str) -> str:
    """The unit figures in ``unit_id`` are compared in (itself for a unit of no table)."""
    return BASE.get(unit_id, (unit_id, 1.0))[0]


def in_base(unit_id: str, low: float, high: float, number: Number) -> tuple[float, float]:
    """(low, high) of a figure in ``unit_id`` converted to its base unit, widened first to
    the precision of its last written digit when the writer gave it exactly ("625"): every
    value that rounds to it, a half-open range as :func:`.numbers.scaled_interval`'s ("38 km"
    is 37.5 up to 38.5 km, not 38.5 itself, which rounds to "39 km"), so two exact figures of
    one unit a last digit apart never meet at the point between them."""
    if low == high and number.low is None and not number.in_words:
        decimals = re.search(r"[.,](\d+)$", number.written)
        half = 0.5 * 10 ** -(len(decimals.group(1)) if decimals else 0)
        low, high = low - half, high + half - 2e-9 * half
    if unit_id == "temperature-fahrenheit":
        return (low - 32) * 5 / 9, (high - 32) * 5 / 9
    factor = BASE.get(unit_id, (unit_id, 1.0))[1]
    return low * factor, high * factor


def measured(text: str, start: int, unit: Unit, language: str) -> tuple[str, str] | None:
    """What the measurement at ``text[start:unit.end]`` measures: (stem, as written), from
    the bare complement after its unit, else the content word before it; None when neither."""
    narrower = scope.complement(text, unit.end, language)
    if narrower:
        return narrower, _complement_word(text, unit.end) or narrower
    head = head_before(text, start, language)
    return (stem_word(head, language), head) if head is not None else None


def one_letter_unit(text: str, start: int, language: str) -> Unit | None:
    """A one-letter unit at ``text[start:]`` right before a bare complement ("150 m
    d'altitude", "45 m de altura"), else None; never after a currency sign ("$5 m of aid")."""
    unit_id = one_letter_units(language).get(text[start : start + 1].casefold())
    end = start + 1
    if unit_id is None or (end < len(text) and (text[end].isalnum() or text[end] in "'’")):
        return None
    if any(unicodedata.category(c) == "Sc" for c in text[max(0, start - 16) : start]):
        return None
    unit = Unit(unit_id, text[start:end], end)
    return unit if scope.complement(text, end, language) else None


def _complement_word(text: str, end: int) -> str:
    """The noun of the complement after ``end`` as written ("altitude" of "d'altitude")."""
    words = re.findall(r"[^\W\d_][\w'’\-]*", text[end : end + 40])[:2]
    if not words:
        return ""
    first = re.split(r"['’]", words[0])[-1]
    return first if first != words[0] else (words[1] if len(words) > 1 else "")


def head_before(text: str, start: int, language: str) -> str | None:
    """The content word closest before a measurement ("depth" in "a depth of 17.9 km"), past
    the hedge of its number ("environ", "about": what is said of the number, not measured)."""
    stops = scope.stopwords(language) | _hedges(language)
    if language in NOUN_CAPS:  # German capitalises the noun: "eine *Höhe* von 29 Kilometern"
        return _noun_of(text, start, stops)
    for word in reversed(re.findall(r"[^\W\d_][\w'’\-]*", text[max(0, start - 40) : start])[-4:]):
        word = re.split(r"['’]", word)[-1]  # "un’altezza": the noun, not its article
        if len(word) > 2 and word.casefold() not in stops and not word[0].isupper():
            return word
    return None


def named_after(text: str, end: int, language: str) -> bool:
    """Whether the place name ending at ``end`` begins the name of something else: an
    airport, a newspaper, a ministry ("London Gatwick", "India’s Directorate General", "Paris
    Saint-Germain"), not the place a figure of its sentence is counted in. A name after the
    place that is a place itself ("Turkey's Gaziantep province") still places the figure, and
    so does a name before it ("New York"). Not in a language that capitalises every noun."""
    from briefing.analysis.names import is_place
    from briefing.analysis.text import NOUN_CAPS

    if language in NOUN_CAPS:
        return False
    following = re.match(r"(?:['’]s)?[ \u00a0]([A-Z][\w\-]*)", text[end : end + 40])
    return following is not None and not is_place(following.group(1))


#: "<Noun> von" right before a measurement, with a hedge or none between ("eine Höhe von rund
#: 29 Kilometern", "einer Länge von 120 Metern").
_NOUN_OF = re.compile(r"([A-ZÄÖÜ][a-zäöüß]{2,})[ \u00a0]+von[ \u00a0]+((?:[a-zäöüß]+[ \u00a0]+)?)$")


def _noun_of(text: str, start: int, stops: frozenset[str]) -> str | None:
    """The head of a measurement in a language that capitalises nouns: the noun of "<Noun>
    von <number>", the one construction where a capitalised word before a number is surely
    what it measures (elsewhere it is as often a name: "in Berlin 30 km"), and the lower-case
    content word before it, as elsewhere, when none ("erreichte 38 km"). The hedge between
    "von" and the number must be one (":func:`_hedges`")."""
    found = _NOUN_OF.search(text, max(0, start - 60), start)
    if found is not None and (not found.group(2) or found.group(2).split()[0] in stops):
        return found.group(1)
    for word in reversed(re.findall(r"[^\W\d_][\w'’\-]*", text[max(0, start - 40) : start])[-4:]):
        if len(word) > 2 and word.casefold() not in stops and not word[0].isupper():
            return word
    return None


@cache
def _hedges(language: str) -> frozenset[str]:
    """Every word of the language's hedges ("about", "environ", "circa", "aproximadamente")."""
    return frozenset(w for hedge in QUALIFIERS.get(language, {}) for w in hedge.split())
