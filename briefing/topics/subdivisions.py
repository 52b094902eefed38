"""Provinces, regions and departments of the countries whose languages a briefing is written in.

A packet in Turkish names the provinces it happened in ("Hatay", "Osmaniye"); one in French
names departments ("Seine-Saint-Denis"). GeoNames' cities miss them when no large city shares
the name. ISO 3166-2 (pycountry's subdivisions) lists them all, in their own language's
spelling; Babel's CLDR territory data says which language a country mostly speaks. Only the
countries whose main language (official, and spoken by more of its people than any other)
is one of the briefing's languages other than English contribute: the names are then in the
language the articles use, and the provinces of countries where the language is one of
several ("Est", "Nord" of French-speaking Africa) stay out. The cost: a surname that is also
a province of such a country ("Bolívar") reads as a place in that briefing.
"""

from __future__ import annotations

import functools

import pycountry

#: Babel's statuses of a language that the country's institutions write in.
_OFFICIAL = frozenset({"official", "de_facto_official"})


@functools.cache
def subdivision_names(languages: frozenset[str]) -> dict[str, str]:
    """Subdivision name → itself, for the countries whose main language is in ``languages``."""
    from babel.languages import get_territory_language_info

    wanted = languages - {"en"}
    found: dict[str, str] = {}
    for country in pycountry.countries:
        spoken = get_territory_language_info(country.alpha_2)
        if not spoken:
            continue
        main = max(spoken, key=lambda lang: spoken[lang].get("population_percent") or 0)
        if main not in wanted or spoken[main].get("official_status") not in _OFFICIAL:
            continue
        for sub in pycountry.subdivisions.get(country_code=country.alpha_2) or ():
            name = sub.name
            if len(name) > 3 and name[0].isupper() and not any(m in name for m in ",;()[]/"):
                found.setdefault(name, name)
    return found
