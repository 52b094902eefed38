"""The builder's side of :mod:`.country_initials`: which keys are acronyms, bodies and countries.

Kept apart from :mod:`.assemble` so that the rule itself stays a pure function of names, and
the glue that reads the union-find and the gazetteer is in one small place.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from briefing.topics.country_initials import country_initial_pairs
from briefing.topics.expansions import one_translated
from briefing.topics.languages import function_words_of
from briefing.topics.lexicon import STOPWORDS
from briefing.topics.place_acronyms import place_acronym_pairs

if TYPE_CHECKING:
    from briefing.topics.cluster import _Builder


def merge_country_initials(b: _Builder, languages: dict[str, str]) -> None:
    """ "REE" is "Red Eléctrica" (de España) on the builder's union-find:
    :mod:`.country_initials` decides, this collects what it asks about."""

    keys = list(b.uf.parent)
    acronyms = [k for k in keys if k.startswith("n:") and k[2:].isalpha() and " " not in k]
    if not acronyms:
        return
    bodies = [k for k in keys if k.startswith("n:") and " " in k and not b.kinds[k]["person"]]
    long_roots = {b.uf.find(k) for k in bodies}
    countries = set()
    for key in keys:
        occs = b.occ.get(key) if b.kinds[key]["place"] else None
        if occs and b.gaz.place(occs[0].surface) in _country_names():
            countries |= {o.surface for o in occs}
    function = function_words_of(languages.values()) | STOPWORDS

    def content(key: str) -> list[str]:
        return [w for w in key[2:].replace("'", " ").split() if w not in function]

    members: dict[str, list[str]] = {}
    for key in bodies:
        members.setdefault(b.uf.find(key), []).append(key)

    def together(acronym: str, body: str) -> bool:
        seen = {o.article for o in b.occ.get(acronym, ())}
        return any(o.article in seen for k in members.get(body, ()) for o in b.occ.get(k, ()))

    def written_in(body: str) -> set[str]:
        return {languages.get(o.article, "") for k in members.get(body, ()) for o in b.occ[k]}

    def translations(found: list[str]) -> bool:
        """Each body a translation of the first, and no two written in the same languages
        only (within one language two names are two bodies)."""
        first = members[found[0]][0]
        seen = [frozenset(written_in(body)) for body in found]
        if len(set(seen)) < len(seen):
            return False
        return all(one_translated(content(members[f][0]), content(first)) for f in found[1:])

    for acronym, body in country_initial_pairs(
        acronyms,
        bodies,
        countries,
        lambda k: b.uf.find(k) in long_roots,
        content,
        b.uf.find,
        together,
        translations,
    ):
        b.uf.union(acronym, body)  # "REE" beside "Red Eléctrica" (de España)
    if b._texts is None:
        b._texts = {(a, i): t for a, i, t in b.c.paragraphs}
    for acronym, body in place_acronym_pairs(
        {k: b.occ.get(k, []) for k in bodies},
        {k: b.occ.get(k, []) for k in acronyms},
        b._texts,
        lambda short: b.gaz.place(short) is not None,
        content,
    ):
        b.uf.union(acronym, body)  # "Geological Survey" (after "U.S.") is "USGS"


@functools.cache
def _country_names() -> frozenset[str]:
    """GeoNames' names of the countries, as the gazetteer names a place ("Russia")."""
    from briefing import geodata

    return frozenset(str(country["name"]) for country in geodata.countries().values())
