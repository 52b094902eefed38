"""A body's name that is a word and a place, cut at the place: "Météo" of "Météo-France".

The first pass splits a hyphenated run where a part is a place of its own ("Russia-Ukraine",
"Tajik-Afghan"), and reads a capitalised word before a place as a name apart. A body named
by a word and its country ("Météo-France", "Radio-Canada", "Météo France" as German writes
it) is then cut: the word becomes a topic ("Météo") and the body is lost. The sign is in the
uses: when every use of the name (two at least) goes on, across a tight dash or one space,
with the same place, the text never writes it without that place, so the place is part of
the name. One use written without it ("Gazprom" of "Gazprom-Ukraine talks" beside
"Gazprom said") keeps the name as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from briefing.topics.candidates import Occurrence

#: A tight dash or one space, then a capitalised word (its end: no letter follows).
_NEXT = re.compile(r"(?:[-‐‑]| )([^\W\d_][^\W\d_]*)(?![\w-])")


def _following(occurrence: Occurrence, text: str) -> re.Match[str] | None:
    found = _NEXT.match(text, occurrence.end)
    return found if found is not None and found.group(1)[0].isupper() else None


def with_place(
    occurrences: Sequence[Occurrence],
    texts: Mapping[tuple[str, int], str],
    place: Callable[[str], bool],
) -> list[Occurrence] | None:
    """The uses extended over the place every one of them is followed by ("Météo" →
    "Météo-France", "Météo France"), or None when a use stands without it. ``place``: whether
    a word is a place's name."""
    if len(occurrences) < 2:
        return None
    extended: list[Occurrence] = []
    seen: set[str] = set()
    after = ""
    for o in occurrences:
        text = texts.get((o.article, o.paragraph), "")
        found = _following(o, text)
        if found is None:
            return None
        after = found.group(1)
        seen.add(after.casefold())
        if len(seen) > 1:
            return None  # "Paris-Moscow", "Paris-Berlin": a route, no name
        extended.append(o._replace(end=found.end(), surface=text[o.start : found.end()]))
    return extended if place(after) else None


#: The kinds a cut body's name may have been given: a capitalised word alone reads as a body,
#: and two ("Météo France") as a person.
KINDS = frozenset(["organisation", "person"])


def complete(
    kind: str,
    occurrences: list[Occurrence],
    texts: Mapping[tuple[str, int], str],
    place: Callable[[str], bool],
) -> bool:
    """Extend a cut name's ``occurrences`` in place over the place that always follows
    them (:func:`with_place`); whether it did. The list is the one the cluster's namer
    reads, so the topic is named by the whole ("Météo-France")."""
    if kind not in KINDS:
        return False
    longer = with_place(occurrences, texts, place)
    if longer is None:
        return False
    occurrences[:] = longer
    return True


def spaced_pairs(
    keys: Sequence[str],
    sightings: Mapping[str, Sequence[Occurrence]],
    texts: Mapping[tuple[str, int], str],
    place: Callable[[str], bool],
    key_of: Callable[[str], str],
) -> list[tuple[str, str, list[Occurrence]]]:
    """(key of "word place", key of "word", the word's uses over its place) where the
    packet writes the body's name with a space ("Météo France", read whole as a body's
    name) and with a tight dash ("Météo-France", cut at its place): the word's every use
    goes on with that same place (:func:`with_place`), so the two are one name."""
    pairs = []
    for key in keys:
        uses = sightings.get(key, ())
        if not key.startswith("n:") or key.count(" ") != 1 or not uses:
            continue
        word, _, after = uses[0].surface.partition(" ")
        short = key_of(word)
        if short == key or short not in sightings or not place(after):
            continue
        longer = with_place(sightings[short], texts, place)
        if longer is not None and key_of(longer[0].surface.replace("-", " ")) == key:
            pairs.append((key, short, longer))
    return pairs
