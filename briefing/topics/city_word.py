"""A place the texts write without "City" is named so: "Tavora", not "Tavora City".

GeoNames names a city "<Name> City" where the bare name is another place's too: the island,
province, state or country the city stands in or heads ("Kuwait City", "Panama City", a
provincial capital named after its island). Its alternate names keep the bare form, so a text
that writes the bare name, meaning the island or the province as often as the city, finds the
city, and the topic took the city's name though no text wrote it: "the holiday island of
Tavora" became "Tavora City", a name that tells the reader something the text did not say.

So a place topic named "<Name> City" whose uses write "<Name>" and never the city's full name
is named "<Name>", as the texts write it. A text that writes "Tavora City" keeps the city's
name; a bare name that is a country's ("Kuwait", "Panama") is that country's topic, never the
city's, and is not asked here.
"""

from __future__ import annotations

from collections.abc import Iterable

#: The word GeoNames adds to a city's name to tell it from its namesake place.
CITY_WORD = " City"


def written_base(place: str, surfaces: Iterable[str]) -> str:
    """``place``'s name without :data:`CITY_WORD` when ``surfaces`` (the topic's written
    forms) hold the bare name and not the full one; else ``place``."""
    if not place.endswith(CITY_WORD):
        return place
    base = place[: -len(CITY_WORD)]
    written = {s.casefold() for s in surfaces}
    if not base or place.casefold() in written or base.casefold() not in written:
        return place
    return base
