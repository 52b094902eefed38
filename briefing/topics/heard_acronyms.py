"""A Cyrillic acronym and a Latin one that spell one body's name as Russian hears it.

Russian writes a foreign body's name by its sound ("Норд Сен-Жан" for "Nord Saint-Jean") and
abbreviates that spelling ("НСЖ"), so its letters are not the Latin acronym's ("NSJ") letter
for letter once a sound changes the letter: "J" heard as "Ж", a French "G" before "e" or "i"
as "Ж" too ("Germain" / "Жермен"), "Ch" as "Ш". :func:`~.naming.acronym_key` romanises
"Ж" as "zh", so "ПСЖ" and "PSG" never share a key.

When each acronym is spelled by a long name of its own script in the packet
(:mod:`.spelled_initials` joined them), the two are one body when the long names agree part
by part as :mod:`.spoken_across` reads a Latin name aloud: every Cyrillic part opens with the
sound one of the Latin part's readings opens with, and the first parts are the same word
heard alike ("Пари" is a reading of "Paris"). Both names and both acronyms are the packet's
own: nothing is joined to a name the packet does not write, and a Cyrillic name that could be
two Latin ones joins neither.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable

from briefing.topics.naming import person_key
from briefing.topics.spelling import skeleton
from briefing.topics.spoken_across import readings

_PARTS = re.compile(r"[\s\-‐‑]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def _parts(surface: str) -> list[str]:
    return [p for p in _PARTS.split(surface) if p]


def _heard(latin: str, cyrillic: str) -> bool:
    """Whether the Cyrillic long name is the Latin one as Russian hears it (the module's
    docstring): as many parts, each opening alike, the first parts one word."""
    a, b = _parts(latin), _parts(cyrillic)
    if len(a) != len(b) or len(a) < 2:
        return False
    said = [readings(p) for p in a]
    heard = [person_key(p)[2:] for p in b]
    if not all(h and any(r[:1] == h[:1] for r in rs) for rs, h in zip(said, heard, strict=True)):
        return False
    return skeleton(heard[0]) in said[0]


def heard_pairs(
    spelled: Iterable[tuple[str, str]],
    surfaces: Callable[[str], Iterable[str]],
) -> list[tuple[str, str]]:
    """(Latin acronym key, Cyrillic acronym key) pairs of one body. ``spelled``: (acronym
    key, long name key) pairs of :mod:`.spelled_initials`; ``surfaces``: a key's written
    forms."""
    latin: dict[str, set[str]] = defaultdict(set)  # acronym key → its long names as written
    cyrillic: dict[str, set[str]] = defaultdict(set)
    for acronym, long in spelled:
        forms = set(surfaces(long))
        if any(_CYRILLIC.search(f) for f in forms):
            cyrillic[acronym] |= {f for f in forms if _CYRILLIC.search(f)}
        elif forms and all(f.isascii() or not _CYRILLIC.search(f) for f in forms):
            latin[acronym] |= forms
    pairs = []
    for key, names in cyrillic.items():
        fits = {
            other
            for other, written in latin.items()
            if other != key and any(_heard(w, c) for w in written for c in names)
        }
        if len(fits) == 1:
            pairs.append((fits.pop(), key))
    return pairs
