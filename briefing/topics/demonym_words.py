"""Key words that are a listed place's demonym or adjective in some language: that place.

The key-word aligner (:mod:`briefing.topics.keywords`) joins a word's forms across the
languages of a packet ("rumanos", "roumaine", "Rumänen"); when the word is what the people or
things of a listed country are called, it is no theme but another mention of the country, as
"Romanian" is in English (the gazetteer's demonyms). Most languages derive the demonym from
the country's own name in that language: "Rumanía" → "rumano", "Roumanie" → "roumain",
"Rumänien" → "Rumäne", "Portugal" → "portugueses". A form is a place's when it begins with
the first :data:`MIN_PREFIX` letters or more of one of the names the packet writes for that
place, all but the last :data:`FREE_TAIL` of them; the place whose name the form wholly
begins with wins ("Nigerian": Nigeria, not Niger; "Indian": India, not Indiana), then the
longest shared beginning. What follows the shared letters must read as an ending: at most
:data:`MOST_TAIL` letters, opening with a vowel or one of the consonants endings open with
("-n", "-s", "-r", "-l": "rumanos", "Rumänen", "roumaine"), so "parish" is not Paris's. Most of
the key word's uses must be of one place.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

from briefing.topics.candidates import Occurrence
from briefing.topics.spelling import fold

#: Letters a form must share with the place's name ...
MIN_PREFIX = 5
#: ... and of the name's own letters, all but this many at its end ("Roumanie" / "roumain").
FREE_TAIL = 3
#: Letters an ending may have after the shared beginning ...
MOST_TAIL = 4
#: ... and the letters it may open with (Latin, Cyrillic and Greek; folded, lower case).
ENDING_OPENERS = frozenset("aeiouynsrl" + "аеиоуыэюяієнсрл" + "αεηιουωνσρλς")


def _shared(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def place_of_form(form: str, names: Mapping[str, Iterable[str]]) -> str | None:
    """The place (a key of ``names``, place → its written names) ``form`` is a demonym or
    adjective of, or None."""
    word = fold(form)
    best: tuple[bool, int] | None = None
    owner = None
    for place, written in names.items():
        for name in written:
            name = fold(name)
            shared = _shared(word, name)
            tail = word[shared:]
            if shared < MIN_PREFIX or shared < len(name) - FREE_TAIL or len(tail) > MOST_TAIL:
                continue
            if tail and tail[0] not in ENDING_OPENERS:
                continue
            rank = (shared == len(name), shared)
            if best is None or rank > best:
                best, owner = rank, place
            elif rank == best and owner != place:
                owner = None  # two places begin alike: neither
    return owner


def demonym_place(occurrences: list[Occurrence], names: Mapping[str, Iterable[str]]) -> str | None:
    """The place most uses of a key word are a demonym of (more than half), or None."""
    places: Counter[str | None] = Counter()
    for form, count in Counter(o.surface for o in occurrences).items():
        places[place_of_form(form, names)] += count
    place, count = max(places.items(), key=lambda item: item[1], default=(None, 0))
    return place if place is not None and 2 * count > len(occurrences) else None
