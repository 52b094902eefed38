"""A person-shaped name that is a watercourse's noun before a place's name: "Wadi Derna".

Arabic names a valley or a seasonal river "wadi" (written "oued", "ouadi", "uadi", "вади" in
other languages), and a valley or river is often named after the town it runs through:
"Wadi Derna" above the city of Derna. The noun doubles as a given name (gender-guesser lists
"Wadi", as it lists "River" and "Valle"), so the phrase has a person's shape, and the town's
name written alone elsewhere ("Дерна") then joined that "person" as his surname: the city
folded into its valley, two places the reader must keep apart.

So a person-shaped phrase whose first word is a noun for a river or a valley (:data:`HEADS`,
nouns only, no place's name; the river nouns of :data:`~.landmarks.HEADS` too), which is no
given name in its article's language ("River" stays a given name in English: River Phoenix),
and whose other words are a place the gazetteer knows, is a place. A surname that is no place
("Wadi Haddad") leaves the person alone.
"""

from __future__ import annotations

from collections.abc import Callable

from briefing.given_name_table import given_name
from briefing.topics.landmarks import HEADS as LANDMARK_HEADS
from briefing.topics.lexicon import words

__all__ = ["HEADS", "feature_place"]

#: Nouns for a valley or a watercourse written before its name, in Latin or Cyrillic letters.
HEADS: frozenset[str] = words(
    """wadi wādī ouadi oued uadi vadi вади уэд valley vallée valle vale tal долина долины
    долине"""
) | frozenset(w for w, feature in LANDMARK_HEADS.items() if feature == "river")


def feature_place(surface: str, language: str, place: Callable[[str], object | None]) -> bool:
    """Whether the person-shaped ``surface`` is a valley's or river's noun before a known
    place's name (``place``: the gazetteer's lookup), the noun no given name in ``language``."""
    parts = surface.split()
    if len(parts) < 2 or parts[0].casefold() not in HEADS:
        return False
    if given_name(parts[0], language):
        return False
    return place(" ".join(parts[1:])) is not None
