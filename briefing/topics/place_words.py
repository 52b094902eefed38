"""Common nouns for a kind of place, and the names written after them.

Two faults of one kind: the noun a text uses for a place it has named ("l'archipel",
"the island", "la región") stands for that place, and the name a Romance language writes
after a lower-case noun of a sea or an ocean ("l'océan Indien", "la mer Noire", "el mar
Caribe") is that sea's, not a place of its own.

- :func:`kind_of_place`: a one-word key word (:mod:`.keywords`) whose forms are such nouns
  is the listed place again ("archipel", "arcipelago", "archipiélago" for Mayotte), as a
  bare "ceremony" is the main event again (``themes.GENERIC_OCCASIONS``).
- :func:`feature_noun`: "Indien" after "océan" is no "India" (German "Indien"), "Noire"
  after "mer" no place at all; the first pass reads no name from that one word.

Closed lists: the nouns for an island, an archipelago and a settlement or region (the nouns
:mod:`.place_nouns` reads before a small place's name), and those for a sea, an ocean, a gulf,
a strait and a lake in the languages that write them in lower case before the name.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from briefing.topics.lexicon import words
from briefing.topics.place_nouns import PLACE_BEFORE
from briefing.topics.spelling import spelling_key

#: Nouns for an island or a group of islands, in the languages of the packets.
ISLAND_NOUNS = words(
    """island islands isle archipelago archipelagos
    île îles archipel archipels
    isla islas archipiélago archipiélagos
    isola isole arcipelago arcipelaghi
    ilha ilhas arquipélago arquipélagos
    insel inseln
    eiland eilanden
    wyspa wyspy wyspie archipelag archipelagu
    ada adası takımada
    остров острова острове архипелаг архипелага архипелаге
    острів острова острові архіпелаг
    νησί νησιά αρχιπέλαγος"""
)

#: Nouns of a sea, an ocean, a gulf, a strait or a lake that French, Spanish, Italian,
#: Portuguese, Catalan and Romanian write in lower case before the name.
FEATURE_NOUNS = words(
    """océan mer golfe détroit lac
    océano mar golfo estrecho lago
    oceano mare stretto
    estreito
    oceà
    oceanul marea lacul"""
)

_PLACE_KINDS = frozenset(spelling_key(w) for w in ISLAND_NOUNS | PLACE_BEFORE)


def kind_of_place(surfaces: Iterable[str]) -> bool:
    """Whether a key word's written forms are nouns for a kind of place ("archipel",
    "arcipelago"): most of them, so that one form shared with another noun decides
    nothing."""
    forms = {spelling_key(s.casefold()) for s in surfaces}
    return 2 * len(forms & _PLACE_KINDS) > len(forms)


def place_kind_theme(surfaces: Iterable[str]) -> bool:
    """Whether a theme of two words or more is headed by a noun for a kind of place, most
    of its written forms ("coastal villages", "the mountain villages of Alder, Brisk and
    Cove"): the listed places again, under their common noun. Plurals are read without
    their "-s" or "-es"."""
    heads = _heads(surfaces)
    kinds = sum(
        count
        for head, count in heads.items()
        if any(spelling_key(form) in _PLACE_KINDS for form in _singulars(head))
    )
    total = heads.total()
    return bool(total) and 2 * kinds > total


#: Nouns for a part of a thing, whose modifier says of what ("the lunar surface", "the
#: northern outskirts", "the crater rim"): where something happened, on a place or thing
#: the list names itself. A closed class; "centre" is left out ("detention centre" is a
#: kind of place, not a part of one).
PART_HEADS = words("surface surfaces edge edges outskirts interior periphery rim fringes vicinity")


def part_theme(surfaces: Iterable[str]) -> bool:
    """Whether a theme of two words or more is headed by a noun of :data:`PART_HEADS`, most
    of its written forms: a part of something, which says where, not what."""
    heads = _heads(surfaces)
    total = heads.total()
    parts = sum(count for head, count in heads.items() if head in PART_HEADS)
    return bool(total) and 2 * parts > total


def _heads(surfaces: Iterable[str]) -> Counter[str]:
    """The last word, case-folded, of each written form of two words or more, counted. Each
    distinct form is split once: a theme's uses repeat a few forms many times over (every
    theme the ranking scores is asked this twice)."""
    heads: Counter[str] = Counter()
    for surface, count in Counter(surfaces).items():
        words = surface.split()
        if len(words) >= 2:
            heads[words[-1].casefold()] += count
    return heads


def _singulars(word: str) -> tuple[str, ...]:
    return (word, word[:-1], word[:-2]) if word.endswith("s") else (word,)


def feature_noun(word: str) -> bool:
    """Whether ``word``, as written, is a lower-case noun of a sea, ocean, gulf, strait or
    lake ("océan" in "l'océan Indien", an elided article glued to it or not)."""
    return word.replace("’", "'").rsplit("'", 1)[-1] in FEATURE_NOUNS
