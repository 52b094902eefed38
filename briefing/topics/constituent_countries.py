"""The parts of a country that is made of countries: "Scotland", "Northern Ireland".

GeoNames lists countries, U.S. states and cities; ISO 3166-2 (pycountry) lists every country's
subdivisions, but :mod:`.subdivisions` reads them only for the countries whose main language
is one of the briefing's other than English (a county or district of an English-speaking
country is as often a surname or a word: "Kent", "Lincoln"). That leaves out the parts of a
state that ISO itself types as countries: the United Kingdom's England, Scotland and Wales,
and beside them Northern Ireland, a part of the same rank. News names them as it names
countries, in any language.

The rule reads ISO 3166-2 alone, with no list of names: in a country with a top-level
subdivision of type "Country", each top-level subdivision that has subdivisions of its own
is one of its constituent parts (the Netherlands' Aruba, typed "Country", has none, and is a
country of GeoNames already). Their names in the briefing's languages come from pycountry's
ISO 3166-2 translations where it ships one ("Schottland", "Nordirland"), unless that
translation is a given name. (A word list of the language is no test here: a country's name
is itself a frequent word of it, as "Schottland" is of German.)
"""

from __future__ import annotations

import functools
from typing import Any

import pycountry

from briefing.given_name_table import given_name
from briefing.topics.subdivisions import _catalogs, written_forms

#: The ISO 3166-2 type of a subdivision that is itself a country.
_COUNTRY_TYPE = "country"


@functools.cache
def constituent_parts() -> dict[str, str]:
    """Each written name of a constituent part of a country → its name (``"Cymru"`` →
    ``"Wales"``)."""
    found: dict[str, str] = {}
    for parts in _parts_by_country().values():
        for part in parts:
            forms = written_forms(part)
            for form in forms:
                found.setdefault(form, forms[0])
    return found


@functools.cache
def constituent_translations(languages: frozenset[str]) -> dict[str, str]:
    """The constituent parts' names in ``languages`` (pycountry's translations, those that
    differ from the name and are no given name) → the part's own name."""
    found: dict[str, str] = {}
    catalogs = _catalogs(languages)
    for parts in _parts_by_country().values():
        for part in parts:
            own = written_forms(part)[0]
            for catalog in catalogs:
                for form in written_forms(catalog.gettext(part)):
                    if form != own and form[:1].isupper() and not given_name(form):
                        found.setdefault(form, own)
    return found


@functools.cache
def _parts_by_country() -> dict[str, tuple[str, ...]]:
    """Country code → the ISO names of its constituent parts (see the module's docstring)."""
    parents = {s.parent_code for s in pycountry.subdivisions if s.parent_code}
    top: dict[str, list[Any]] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is None:
            top.setdefault(sub.country_code, []).append(sub)
    found: dict[str, tuple[str, ...]] = {}
    for code, subs in top.items():
        if not any(s.type.casefold() == _COUNTRY_TYPE for s in subs):
            continue
        parts = tuple(s.name for s in subs if s.code in parents)
        if parts:
            found[code] = parts
    return found
