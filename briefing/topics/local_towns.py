"""Towns of the countries a packet is about are places, whatever their name's shape.

The gazetteer (:mod:`.gazetteer`) knows only cities of a quarter of a million people and
capitals, since small towns double as surnames and words the world over ("Victoria",
"Mobile"). So a town of 20,000 people reads as a person ("Banská Bystrica": two capitalised
words) or an organisation, and the leads' vote for where the event happened
(:mod:`.event_place`) never sees it. Within a packet the risk is small: a name that is,
letter for letter once its diacritics are folded (:func:`.lexicon.fold`: "Handlova" for
"Handlová"), a GeoNames town of 15,000 people or more (:func:`briefing.geodata.cities`) of
a country the packet's articles are about (a country named by :data:`COVERAGE` of them)
names that town. A name with a given name among its words stays what it was ("Martin" is
a Slovak town and a given name).
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Sequence

from briefing.model import Topic
from briefing.topics.lexicon import fold

#: The share of the articles (two at least) that must name a country for the packet to be
#: about it.
COVERAGE = 1 / 4
#: How many of the best topics are read for the packet's countries and its towns.
CONTEXT = 60


def towns_as_places(topics: Sequence[Topic], articles: int) -> tuple[Topic, ...]:
    """``topics`` with the persons and organisations that are towns of the packet's
    countries made places, named as GeoNames writes them; the order and the rest stay."""
    codes = _countries(topics[:CONTEXT], articles)
    if not codes:
        return tuple(topics)
    towns = _towns(codes)
    out = []
    for i, topic in enumerate(topics):
        town = towns.get(_fold(topic.name)) if i < CONTEXT else None
        if topic.kind in ("person", "organisation") and town is not None and not _given(topic):
            name = town if town in topic.aliases else topic.name
            topic = dataclasses.replace(topic, kind="place", name=name)
        out.append(topic)
    return tuple(out)


def _countries(topics: Sequence[Topic], articles: int) -> frozenset[str]:
    """ISO codes of the countries among the place topics named by :data:`COVERAGE` of the
    articles."""
    import pycountry

    least = max(2, articles * COVERAGE)
    codes = set()
    for topic in topics:
        if topic.kind != "place" or len(topic.articles) < least:
            continue
        try:
            codes.add(pycountry.countries.lookup(topic.name).alpha_2)
        except LookupError:
            continue
    return frozenset(codes)


@functools.lru_cache(maxsize=8)
def _towns(codes: frozenset[str]) -> dict[str, str]:
    """Folded name → GeoNames name of the towns of these countries."""
    from briefing import geodata

    return {_fold(c.name): c.name for c in geodata.cities() if c.countrycode in codes}


def _given(topic: Topic) -> bool:
    from briefing.topics.given_names import given_name

    return any(given_name(word) for word in topic.name.split())


def _fold(name: str) -> str:
    return " ".join(fold(name).casefold().split())
