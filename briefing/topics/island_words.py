"""The word for an island before a place's name is no part of the name: "Isla Mauricio",
"Insel Rügen", "остров Кипр" are Mauritius, Rügen and Cyprus.

Romance, Germanic and Slavic languages often write an island, or an island state, with the
common noun for an island before its name; the reader takes the two for one run of capitals
and the run becomes a place apart from the place written alone. The nouns are a closed class
(:data:`ISLAND_WORDS`, the word for an island in the languages whose word stands before the
name, Russian's in its cases). A run of one such noun and one known place is folded into that
place's topic when the packet has it, and only then.

Only the noun directly before the name: "Isla de Pascua", "Île-de-France", "Isle of Man"
join nothing (a preposition, a hyphen: another name), nor "Isla Cristina" (its rest no
place). Nouns written after the name ("Christmas Island", "Rhode Island", "Long Island") are
left alone: there the noun is part of the name, and the rest alone is another place or none.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping

from briefing.topics.candidates import Occurrence
from briefing.topics.lexicon import words

#: The noun for an island, folded, in the languages that write it before the name. French
#: "île" only with its circumflex: "ile" is Turkish "with" ("bakan ile").
ISLAND_WORDS = words(
    """isla islas île îles isola isole ilha ilhas insel eiland ostrov wyspa wyspie
    остров острова острове островом"""
)


def island_rest(surface: str) -> str | None:
    """The name after an island's noun ("Mauricio" of "Isla Mauricio"), or None."""
    first, _, rest = surface.partition(" ")
    if first.casefold() not in ISLAND_WORDS or not rest[:1].isupper():
        return None
    return rest


def island_pairs(
    keys: Iterable[str],
    occurrences: Mapping[str, Collection[Occurrence]],
    place_key: Callable[[str], str | None],
) -> list[tuple[str, str]]:
    """(key of "island noun + place", key of the place's topic) for each such run whose rest
    ``place_key`` finds as a place topic of the packet (None when it is none)."""
    pairs: list[tuple[str, str]] = []
    for key in keys:
        rests = [island_rest(o.surface) for o in occurrences.get(key, ())]
        if not rests or None in rests:
            continue
        place = place_key(max(set(rests), key=rests.count) or "")
        if place is not None and place != key:
            pairs.append((key, place))
    return pairs
