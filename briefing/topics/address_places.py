"""A name written as an address, before a comma and the state or country it is in, is a place.

Datelines and addresses write a town too small for the gazetteer before the region that
holds it: "Boca Chica, Texas", "Springfield, Illinois —", "Tarsin, Bosnia". The first pass
calls such a two-word run a person by its shape (a capitalised word that is no everyday word
of English opens it), and :mod:`.person_evidence` would keep it one. A reader calls it a
place because of the apposition: what follows the comma is a state, a province or a country,
which the gazetteer knows (a city there is left out: "Jean Dorsel, Paris" may be a byline).

The apposition is no evidence against a person who has some of their own: a given name
opening the name ("Kylian Mbappé, France" in a list of players), which the caller checks.
The comma may be any script's ("،", "，", "、").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Mapping

from briefing.topics.candidates import Occurrence

__all__ = ["addressed", "region_or_country"]

#: A comma of any script, then up to three capitalised words, then the end of the address:
#: a comma, a full stop, a dash, a bracket or the end of the line (never "Texas's").
_AFTER = re.compile(
    r"\s*[,،，、]\s*(?P<place>[^\W\d_][\w-]*(?:\s[^\W\d_][\w-]*){0,2}?)"
    r"(?=\s*(?:[,،，、.;:)\]—–]|-\s|$))"
)


@functools.cache
def _subdivisions() -> frozenset[str]:
    import pycountry

    return frozenset(s.name for s in pycountry.subdivisions)


@functools.cache
def region_or_country(name: str) -> bool:
    """``name`` (a gazetteer's canonical name) is a country's or a first-level division's,
    and no city's: ISO 3166 and its subdivisions (pycountry), so "Texas", "Illinois",
    "France", never "Paris" (a department too) nor "Moscow"."""
    import pycountry

    from briefing.geodata import is_city_name

    if is_city_name(name):
        return False
    try:
        pycountry.countries.lookup(name)
        return True
    except LookupError:
        return name in _subdivisions()


def addressed(
    occurrences: Iterable[Occurrence],
    texts: Mapping[tuple[str, int], str],
    place: Callable[[str], str | None],
) -> bool:
    """Whether some use is written before a comma and a state or country (see the module);
    ``place`` is the gazetteer's lookup (surface → canonical name)."""
    for o in occurrences:
        found = _AFTER.match(texts.get((o.article, o.paragraph), ""), o.end)
        if found is None:
            continue
        canonical = place(found.group("place"))
        if canonical is not None and region_or_country(canonical):
            return True
    return False
