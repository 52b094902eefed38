"""Lengths of time written in two parts: "2 hours 45 minutes", "dos horas y 45 minutos",
"два с половиной часа", "two and a half hours", "deux heures et demie".

A span of hours is read by :mod:`.counted_noun` one number at a time, so "2 часа 45 минут"
was two spans, of 2 hours and of 45 minutes, and "two and a half hours" one of two hours:
values the text does not give, which compared against "about three hours" elsewhere would
either invent a clash (2 against 3) or hide one. Here the parts are read as the one length
they write, in hours:

- hours then minutes, with at most one short word between them ("y", "and", "и", "und":
  a conjunction is that short in every language read here, so no word list is needed),
  the minutes below 60;
- a half written between the number and the unit ("two *and a half* hours", "два *с
  половиной* часа") or right after the unit ("dos horas *y media*", "deux heures *et
  demie*"). The half is grammar, not a unit, and CLDR has no name for it, so
  :data:`HALVES` lists each read language's way of writing it.

The hours' hedge bounds the whole ("about two and a half hours" is 2.125–2.875, the rules
of :func:`.numbers.interval`); the unit names are CLDR's (:func:`.units.unit_after`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from briefing.analysis.days import Day
from briefing.analysis.figure_model import Figure
from briefing.analysis.model import Quote
from briefing.analysis.numbers import Number, interval
from briefing.analysis.span_keys import span_key
from briefing.analysis.unit_names_in import may_name
from briefing.analysis.units import BRIEF_BASE, Unit, unit_after

HOUR, MINUTE = "duration-hour", "duration-minute"
#: How each language writes "and a half" of a count of hours (no CLDR data names it).
HALVES: dict[str, tuple[str, ...]] = {
    "en": ("and a half",),
    "fr": ("et demie", "et demi"),
    "es": ("y media",),
    "pt": ("e meia",),
    "it": ("e mezza", "e mezzo"),
    "ru": ("с половиной",),
    "uk": ("з половиною", "із половиною"),
    "pl": ("i pół",),
}
#: Between the hours and the minutes: blanks and at most one word this short ("y", "und").
_JOIN = re.compile(r"[ \u00a0]+(?:[^\W\d_]{1,3}[ \u00a0]+)?")


@dataclass(frozen=True)
class HourSpan:
    """One length of time of two parts: its numbers, its value in hours, where it ends."""

    numbers: tuple[Number, ...]
    hours: float
    unit: Unit
    written: str


def hour_spans(text: str, numbers: list[Number], language: str) -> list[HourSpan]:
    """The lengths of two parts in ``text`` (module doc), from its read ``numbers``."""
    if not numbers or not may_name(text, HOUR, language):
        return []  # no hour named: no number of the sentence is a count of hours
    found = []
    by_start = {n.start: n for n in numbers}
    for number in numbers:
        if number.low is not None:
            continue
        half = _half(language).match(text, number.end)
        unit = unit_after(text, half.end() if half else number.end, language)
        if unit is None or unit.id != HOUR:
            continue
        value, end = number.value, unit.end
        parts: tuple[Number, ...] = (number,)
        after = _half(language).match(text, unit.end) if half is None else None
        if half is not None or after is not None:
            value += 0.5
            end = after.end() if after is not None else end
        else:
            join = _JOIN.match(text, unit.end)
            minutes = by_start.get(join.end()) if join else None
            minute_unit = unit_after(text, minutes.end, language) if minutes else None
            if minutes is None or minute_unit is None or minute_unit.id != MINUTE:
                continue
            if minutes.qualifier or minutes.low is not None or not 0 < minutes.value < 60:
                continue
            value += minutes.value / 60
            parts, end = (number, minutes), minute_unit.end
        written = text[number.start : end].rstrip(".")
        found.append(HourSpan(parts, value, Unit(HOUR, written, end), written))
    return found


@cache
def _half(language: str) -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in HALVES.get(language, ())) or "(?!)"
    return re.compile(rf"[ \u00a0]+(?:{words})\b", re.IGNORECASE)


def span_figure(
    text: str, span: HourSpan, language: str, day: Day | None, quote: Quote, places: frozenset[str]
) -> Figure | None:
    """The figure of one length of two parts, keyed as a span of hours is
    (:func:`.span_keys.span_key`), its value in hours (in seconds for an offset)."""
    first = span.numbers[0]
    found = span_key(text, first.start, span.unit, language)
    if found is None:
        return None
    low, high = interval(span.hours, replace(first, written=""))
    if found[0][1].startswith(f"{BRIEF_BASE} "):  # an offset, compared in seconds
        low, high = low * 3600, high * 3600
    bound = {"above": "lower", "from": "lower", "below": "upper", "upto": "maximum"}
    return Figure(
        found[0], day, low, high, span.written, quote, places, span.written,
        measure=True, events=found[1], bound=bound.get(first.qualifier or "", ""),
    )  # fmt: skip
