"""Populations (:mod:`.residents`): two more ways one is written, and which are one place's.

- **A place that has its residents**: "Die Inselgruppe hat etwa 310.000 Einwohner", "the
  town has 3,800 inhabitants", "la commune compte 4 000 habitants". A verb of having or of
  counting right before the number (or its hedge) makes a count of *residents* a place's
  population, as "home to" or "population" does. Never a count of people in general ("the
  company has 300 people"): only the words that name residents are read so.
- **A round figure hedged "about"** is as precise as its round figure: "etwa 310.000" is
  305–315 thousand, not 263–356 thousand (the ±15 % :func:`.numbers.interval` gives a
  hedged count), so "about 310,000" and "about 320,000" inhabitants are two figures for one
  population. A population is a census figure that a writer rounds to the digit they know;
  the hedge says that they rounded, which the trailing zeros already say. A rounded figure
  still holds a precise one: "about 4,000" (3,500–4,500) holds "3,800", and "about 3,800"
  (3,750–3,850) does not clash with it. A figure with no trailing zero ("about 35") keeps the
  hedge's width, and so does every count that is not a population.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

from briefing.analysis.numbers import Number


class Sized(Protocol):
    """What :func:`near_populations` needs of a figure (``figure_model.Figure``)."""

    @property
    def low(self) -> float: ...
    @property
    def high(self) -> float: ...


F = TypeVar("F", bound=Sized)

#: Per language: verbs by which a place has or counts its residents (lower case).
_HAVE: dict[str, str] = {
    "en": "has have had counts",
    "de": "hat hatte haben hatten zählt zählte",
    "fr": "a avait compte comptait",
    "es": "tiene tenía cuenta contaba",
    "it": "ha aveva conta contava",
    "pt": "tem tinha conta contava",
    "ro": "are avea numără număra",
    "ru": "насчитывает насчитывал насчитывала",
    "uk": "налічує налічувало",
    "pl": "ma miało miała liczy liczyło liczyła",
    "cs": "má měl měla čítá",
    "el": "έχει είχε αριθμεί",
    "tr": "",
    "hu": "",
    "nl": "heeft had telt telde",
}
#: Figures this small stay hedged whatever their zeros ("about 10": 8.5–11.5).
_LEAST_ROUND = 20


def has_residents(before: list[str], language: str) -> bool:
    """True when the word right before a residents count (or before its hedge) is a verb of
    having or counting ("hat etwa 310.000 Einwohner"); ``before`` are the words before it."""
    return bool(before) and before[-1].casefold() in _HAVE.get(language, "").split()


def round_about(value: float, number: Number, scale: float) -> tuple[float, float] | None:
    """The interval of a round population figure hedged "about" (module doc), or None when
    the figure is not one: another hedge, a range, no trailing zero, or too small. ``value``
    is the figure times its multiplier ``scale`` ("320mila": 320,000 and 1,000)."""
    if number.qualifier != "about" or number.low is not None or number.in_words:
        return None
    if value != number.value * scale:
        return None  # "circa 3 milioni e mezzo": a half, not a written digit
    if scale != 1:
        # "circa 320mila", "około 3,8 tys.": as precise as the last written digit.
        parts = re.split(r"[.,]", number.written)
        step = 10.0 ** -(len(parts[1]) if len(parts) == 2 else 0) * scale
        if len(parts) != 2:
            digits = re.sub(r"\D", "", number.written)
            step *= 10 ** (len(digits) - len(digits.rstrip("0")))
        return value - step / 2, value + step / 2 - 1e-9 * step
    digits = re.sub(r"\D", "", number.written)
    zeros = len(digits) - len(digits.rstrip("0"))
    if value < _LEAST_ROUND or not zeros or not value.is_integer():
        return None
    half = 10 ** min(zeros, len(digits) - 1) / 2
    return value - half, value + half - 1e-9


def near_populations(figures: Sequence[F]) -> list[list[F]]:
    """Populations of one group split where one is more than twice the next: "more than two
    million people live in the storm's path" is another place's than "about 310,000
    inhabitants", though neither sentence names a place that tells them apart. Each part is
    compared on its own, rather than the whole group being left alone as a part and a whole."""
    ordered = sorted(figures, key=_size)
    parts: list[list[F]] = []
    for figure in ordered:
        if parts and _size(figure) <= _APART * _size(parts[-1][-1]):
            parts[-1].append(figure)
        else:
            parts.append([figure])
    return parts


#: Two populations more than this ratio apart are of two places (a town and its region).
_APART = 2.0


def _size(figure: Sized) -> float:
    """A population's size: the middle of its interval, or its lower end when it has none."""
    return figure.low if math.isinf(figure.high) else (figure.low + figure.high) / 2
