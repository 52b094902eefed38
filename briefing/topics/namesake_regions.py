"""A region named after its own province or city is one place with it: "Comunidad Valenciana"
and "Valencia".

Texts write one name for a city, the province it heads and the region named after them:
"Valencia" is the city in one sentence, the province ("provincia de Valencia") in the next
and the region in another ("the Valencia region", "wspólnota autonomiczna Walencji"), and
other texts write the region's own name ("Comunidad Valenciana", "Comunidade Valenciana").
A reader cannot tell which of the three a bare "Valencia" means, so the list cannot keep
them apart either: listed twice, the place is a duplicate of itself. Slavic regions named
by an adjective of their city are folded into it the same way (:mod:`.region_phrases`).

The pairs come from ISO 3166-2 (pycountry), never from a list of regions: a first-level
subdivision is the namesake region of one of its own subdivisions when a word of its name as
a text writes it (:func:`~.subdivisions.written_forms`, "Comunidad Valenciana", "Comunidad
de Madrid", "Región de Murcia") is that subdivision's one-word name or begins with it less
its last vowel ("Valenci-ana" of "Valenci-a"), in :data:`MIN_STEM` letters at least, and the
name joins no two names ("Castilla y León", "Casablanca-Settat": named after two, neither
alone is the region). A region whose provinces bear other names ("Castilla-La Mancha":
Albacete, Cuenca, ...) has no namesake, and its towns stay apart from it.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from briefing.topics.spelling import fold

#: Fewest letters of the province's name that the region's word must begin with.
MIN_STEM = 4
_VOWELS = "aeiou"
#: Words that join two names in a region's name: "Castilla y León", "Emilia e Romagna".
_JOINS = frozenset({"and", "y", "et", "e", "und", "i", "a", "og", "ja"})


@functools.cache
def namesakes() -> dict[str, str]:
    """Region name as a text writes it → the name of its namesake province ("Comunidad
    Valenciana" → "Valencia"), for every country ISO 3166-2 lists."""
    import pycountry

    from briefing.topics.subdivisions import written_forms

    found: dict[str, str] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is None or " " in sub.name or "," in sub.name:
            continue
        parent = pycountry.subdivisions.get(code=sub.parent_code)
        if parent is None or parent.parent_code is not None:
            continue
        for form in written_forms(parent.name):
            if form != sub.name and _names_it(form, sub.name):
                found.setdefault(form, sub.name)
    return found


def _names_it(region: str, province: str) -> bool:
    """A word of ``region`` is ``province``, or begins with it less its last vowel."""
    words = fold(region).split()
    if "-" in region or any(w in _JOINS for w in words):
        return False  # "Castilla y León": two names, neither of them the region alone
    name = fold(province)
    stem = name[:-1] if name[-1:] in _VOWELS else name
    if len(stem) < MIN_STEM:
        return False
    return any(w == name or w.startswith(stem) for w in words)


def namesake_pairs(places: Iterable[str]) -> list[tuple[str, str]]:
    """(province, region) pairs among ``places`` (the packet's gazetteer names) that are one
    place (see the module's docstring)."""
    names = set(places)
    table = namesakes()
    return [(table[p], p) for p in names if p in table and table[p] in names]
