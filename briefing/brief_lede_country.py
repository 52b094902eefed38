"""The country of the main event's town, a name of the event's place for "What happened".

An event named by its town ("Capsize in Pylos", :mod:`briefing.topics.events`: a country
after the act gives way to the town the leads agree on) happened in that town's country
too: an opening sentence naming the country ("Greece searches on for the boat's
survivors") says where as much as one naming the town, as it did when the event was named
"Capsize in Greece". The town's country is GeoNames' for a town of the table the topics
read (:func:`briefing.geodata.cities`: Darnah is Libya's) when it holds one town of that
name; for a town too small for that table, the country topic the opening sentences write
with the town most often: in two of them at least, and more than twice as often as any other
country (a boat that sailed from one country sank off another's town: the town's is named
with it most). Neither: no country, and
the town alone names the place.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence

from briefing.model import Topic

#: Opening sentences that must name the town and its country together.
BESIDE = 2
#: How many times as often as any other country the town's is named with it, at least.
MARGIN = 2


def town_countries(
    named: Sequence[Topic], topics: Sequence[Topic], openings: Sequence[str]
) -> list[Topic]:
    """The country topics (of ``topics``) of the towns among ``named`` (the topics the main
    event's name is made of) that are not already among them; ``openings`` are the
    articles' opening sentences, read for a town GeoNames' table does not hold."""
    from briefing.topics.event_place import is_country

    countries = [t for t in topics if t.kind == "place" and is_country(t.name)]
    have = {t.id for t in named}
    found: list[Topic] = []
    for town in named:
        if town.kind != "place" or is_country(town.name):
            continue
        country = _by_table(town, countries) or _beside(town, countries, openings)
        if country is not None and country.id not in have:
            have.add(country.id)
            found.append(country)
    return found


def _by_table(town: Topic, countries: Sequence[Topic]) -> Topic | None:
    """The country topic of GeoNames' one town named as ``town`` is, if any."""
    codes = {_codes().get(n) for n in (town.name, *town.aliases)} - {None}
    if len(codes) != 1 or "" in codes:
        return None
    code = codes.pop()
    return next((c for c in countries if _alpha2(c.name) == code), None)


@functools.cache
def _codes() -> dict[str, str]:
    """GeoNames town name → its country's ISO code; "" for a name towns of two countries
    share (it says no country)."""
    from briefing import geodata

    found: dict[str, str] = {}
    for city in geodata.cities():
        found[city.name] = (
            city.countrycode if found.get(city.name, city.countrycode) == city.countrycode else ""
        )
    return found


@functools.cache
def _alpha2(name: str) -> str | None:
    import pycountry

    try:
        return str(pycountry.countries.lookup(name).alpha_2)
    except LookupError:
        return None


def _beside(town: Topic, countries: Sequence[Topic], openings: Sequence[str]) -> Topic | None:
    """The country the opening sentences naming ``town`` name with it most often."""
    naming = [text for text in openings if _names(town, text)]
    counts = Counter(c.id for text in naming for c in countries if _names(c, text))
    ranked = counts.most_common(2)
    if not ranked:
        return None
    best, n = ranked[0]
    if n < BESIDE or (len(ranked) > 1 and n <= MARGIN * ranked[1][1]):
        return None
    return next(c for c in countries if c.id == best)


def _names(topic: Topic, text: str) -> bool:
    folded = text.casefold()
    return any(
        re.search(rf"(?<!\w){re.escape(a.casefold())}(?!\w)", folded)
        for a in (topic.name, *topic.aliases)
        if a
    )
