"""A name that is the first words of a much more used longer one: "Wang Fuk" of "Wang Fuk Court".

A building's, an estate's or a body's name ends in a common noun ("Court", "Tower", "Hall",
"Institute") that a translation renders in its own language ("the Wang Fuk courtyard",
"dziedziniec Wang Fuk") and that a cut text loses ("... lived in Wang Fuk…"). What is left is
the same thing, and on its own it reads as a person's two-word name. When a name of two words
or more is, word for word, the start of a longer name the packet writes at least
:data:`RATIO` times as often, it is that name. Not asked of:

* a place the gazetteer knows or the packet lists ("Hong Kong" of "Hong Kong Police", "New
  York" of "New York Times"): a place stands on its own before any noun;
* a longer name that is a person's ("Maria Rosa" of "Maria Rosa Lopez"): a shorter name
  of a person is often someone else of the same family, and people merge by their own rules;
* a pair where the shorter one is about as common: both are written, so both are things.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from briefing.topics.candidates import Occurrence

#: The longer name is written at least this many times as often as the shorter one.
RATIO = 4


def leading_pairs(
    keys: Iterable[str],
    sightings: Mapping[str, list[Occurrence]],
    place: Callable[[str], bool],
) -> list[tuple[str, str]]:
    """Pairs (short key, long key): the short name's words begin the long name's.

    ``sightings``: each key's occurrences (their written forms are compared, since keys
    are folded); ``place``: whether a text is a place (the gazetteer's, or the packet's).
    People's keys start with "p:" and are never the long name.
    """
    written: dict[str, tuple[str, ...]] = {}
    for key in keys:
        occs = sightings.get(key)
        if occs:
            written[key] = tuple(occs[0].surface.casefold().split())
    starts: dict[tuple[str, ...], list[str]] = {}
    for key, words in written.items():
        if key.startswith("p:") or len(words) < 3:
            continue
        for cut in range(2, len(words)):
            starts.setdefault(words[:cut], []).append(key)
    pairs = []
    for key, words in written.items():
        longer = starts.get(words)
        if not longer or len(words) < 2:
            continue
        uses = len(sightings[key])
        best = max(longer, key=lambda k: len(sightings[k]))
        if best == key or len(sightings[best]) < RATIO * uses:
            continue
        if place(sightings[key][0].surface):
            continue
        pairs.append((key, best))
    return pairs
