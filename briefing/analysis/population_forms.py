"""Populations (:mod:`.residents`): two more ways one is written, and which are one place's.

- **A place that has its residents**: "Die Inselgruppe hat etwa 310.000 Einwohner", "the
  town has 3,800 inhabitants", "la commune compte 4 000 habitants". A verb of having or of
  counting right before the number (or its hedge) makes a count of *residents* a place's
  population, as "home to" or "population" does. Never a count of people in general ("the
  company has 300 people"): only the words that name residents are read so.
- **Two round figures hedged "about" to one unit** are rivals when they differ: "etwa
  310.000 Einwohner" and "circa 320.000 abitanti" are two figures for one population, though
  the ±15 % :func:`.numbers.interval` gives each hedged figure makes them overlap. A population
  is a census figure that a writer rounds to the digit they know, and two writers who round
  to the same digit and write different digits do not give one figure. Every other pair
  keeps the hedge's width: a precise figure inside a hedged one ("about 4,800" / "4,650"),
  figures rounded to two units ("about 4,000" / "about 3,800": the coarser holds the finer),
  a figure with no trailing zero ("about 35"), and every count that is not a population.
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


class Rounded(Sized, Protocol):
    """What :func:`same_rounding` needs of a figure (``figure_model.Figure``)."""

    @property
    def rounded(self) -> float: ...


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


def rounding_unit(value: float, number: Number, scale: float) -> float:
    """The unit a round population hedged "about" is rounded to (module doc): 10,000 for
    "etwa 310.000", 10,000 for "circa 320mila", 100 for "около 3,8 тыс."; 0 when the figure
    is no such one (another hedge, a range, no trailing zero, too small, a half). ``value`` is
    the figure times its multiplier ``scale``."""
    if number.qualifier != "about" or number.low is not None or number.in_words:
        return 0.0
    if value != number.value * scale:
        return 0.0  # "circa 3 milioni e mezzo": a half, not a written digit
    digits = re.sub(r"\D", "", number.written)
    zeros = len(digits) - len(digits.rstrip("0"))
    if scale != 1:
        # "circa 320mila", "около 3,8 тыс.": as precise as the last written digit.
        parts = re.split(r"[.,]", number.written)
        if len(parts) == 2:
            return 10.0 ** -len(parts[1]) * scale
        return 10.0**zeros * scale
    if value < _LEAST_ROUND or not zeros or not value.is_integer():
        return 0.0
    return float(10 ** min(zeros, len(digits) - 1))


def same_rounding(a: Rounded, b: Rounded) -> bool:
    """Two round populations hedged "about", rounded to one unit, that give different values:
    "about 310,000" / "about 320,000" (module doc). A precise figure inside a hedged one
    ("about 4,800" / "4,650") is no such pair and stays silent."""
    if not a.rounded or a.rounded != b.rounded:
        return False
    return abs(_size(a) - _size(b)) >= a.rounded / 2


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
