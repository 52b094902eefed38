"""One person across the forms of an Arabic name: full chain, shorter chains, family name.

An Arabic name is a chain read in parts: a given name, one or more links "son of" and a
father's (grandfather's) name, the nasab ("bin", "ben", "ibn", Russian "бен"), and a family
name with its article ("Al Nahyan", "al-Zayani", "аз-Заяни"). One text writes the whole
chain ("Abdullah bin Zayed bin Sultan Al Nahyan"), the next drops the grandfather, a third
says "Abdullah bin Zayed" (given name and nasab) or "Al Nahyan" (the family alone), and each
language spells every part its own way ("Abdallah ben Zayed Al-Nahyane", "Абдалла бен Заид
Аль Нахайян"). The surname rules (:mod:`.cluster`) compare last words, and the last word of
"Abdullah bin Zayed" is his father's name, so these forms stayed apart.

Here every person key with a particle is read as a :class:`Chain`, each part reduced to the
consonants its Arabic spelling keeps (:func:`~.arabic_names.consonants`, with the digraphs
of :data:`_DIGRAPHS` dropped like "h": Russian writes Arabic's ha as "х", "Nahyan" /
"Нахайян", and French writes shin "ch", "Rachid"), so a part is the same in most scripts
and romanisations, and the particles are one ("bin" = "ben" = "бен"; "Al" =
"al-" = "Аль"). Two keys join:

- when their chains are equal (a spelling of the same name, in any script);
- when one is a shorter form of the other: the same given name and the first links of the
  nasab ("Abdullah bin Zayed" of "Abdullah bin Zayed Al Nahyan", which is itself a shorter
  form of "... bin Zayed bin Sultan Al Nahyan"), the given name and the family ("Abdel Latif
  al-Zayani" of "Abdullatif bin Rashid Al Zayani"), or no given name ("Al Nahyan", "bin
  Rashid al Zayani") — and only when every longer name the short form fits is one person.
  Brothers share a father and a family: "Abdullah bin Zayed" and "Mohammed bin Zayed" have
  different given names and never meet, and "Al Khalifa" alone, with two Al Khalifas in the
  packet, joins neither.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import NamedTuple

from anyascii import anyascii

from briefing.topics.arabic_names import consonants
from briefing.topics.name_links import HYPHENED, SON_OF

__all__ = ["Chain", "chain_pairs", "read_chain"]

#: Arabic's article before a family name, written apart ("Al Nahyan", "Аль Нахайян") or
#: joined ("al-Zayani", "аз-Заяни", "el-Sisi").
_ARTICLES = HYPHENED | {"al", "el"}
#: Letters for one Arabic consonant that languages write apart, read as the "h" the key
#: drops: kha ("Khalid", "Халид", German "Chalid") and shin ("Rashid", French "Rachid",
#: German "Raschid", "Рашид").
_DIGRAPHS = ("sch", "kh", "ch", "sh")
_PARTS = re.compile(r"[\s\-‐‑–]+")


class Chain(NamedTuple):
    """A name's parts as consonant keys: given name (``""`` when the form opens with a
    particle), the fathers' names of the nasab in order, the family name (``""`` if none)."""

    given: str
    fathers: tuple[str, ...]
    family: str

    def fits(self, longer: Chain) -> bool:
        """``self`` is ``longer`` written shorter: its given name (or none), the first links
        of its nasab, its family (or none); at least one part besides the given name."""
        if self == longer or not (self.fathers or self.family):
            return False
        return (
            (not self.given or self.given == longer.given)
            and self.fathers == longer.fathers[: len(self.fathers)]
            and (not self.family or self.family == longer.family)
        )


def _key(words: list[str]) -> str:
    """The consonants of one part, its words run together ("Abdel Latif" = "Abdullatif")."""
    text = anyascii("".join(words)).casefold()
    for digraph in _DIGRAPHS:
        text = text.replace(digraph, "h")
    # German writes zay "s" and ya "j" ("Sajid", "al-Sajani" for Zayed, al-Zayani).
    return consonants(text.replace("z", "s").replace("j", "y"))


def read_chain(surface: str) -> Chain | None:
    """The :class:`Chain` of a name with at least one Arabic particle, else ``None``:
    "Abdullah bin Zayed Al Nahyan" → ("bdl", ("sd",), "n")."""
    words = [w for w in _PARTS.split(surface.casefold().replace("'", "")) if w]
    if not words or not any(w in SON_OF or w in _ARTICLES for w in words[:-1]):
        return None
    given: list[str] = []
    fathers: list[list[str]] = []
    family: list[str] | None = None
    for word in words:
        if word in SON_OF and family is None:
            fathers.append([])
        elif word in _ARTICLES:
            if family is not None:
                return None  # two articles: no shape this reads ("Al … al-…")
            family = []
        elif family is not None:
            family.append(word)
        elif fathers:
            fathers[-1].append(word)
        else:
            given.append(word)
    if any(not f for f in fathers) or family == [] or (family is None and not fathers):
        return None
    parts = [_key(given) if given else "", *(_key(f) for f in fathers)]
    last = _key(family) if family else ""
    if not all(parts[1:]) or (given and not parts[0]) or (family and not last):
        return None
    return Chain(parts[0], tuple(parts[1:]), last)


def chain_pairs(
    people: Iterable[str],
    surfaces: Mapping[str, Iterable[str]],
    find: Callable[[str], str],
    union: Callable[[str, str], object],
) -> list[tuple[str, str]]:
    """Join the person keys whose written forms are one Arabic name (see the module's
    docstring), through ``union``; ``find`` gives a key's current root. Equal chains first,
    then shorter forms from the longest down, each to the one person all its longer forms
    are. Returns the pairs joined."""
    chains: dict[str, set[Chain]] = {}
    for key in people:
        read = {c for s in surfaces.get(key, ()) if (c := read_chain(s)) is not None}
        if read:
            chains[key] = read
    joined: list[tuple[str, str]] = []
    by_chain: dict[Chain, str] = {}
    for key in sorted(chains):
        for chain in sorted(chains[key]):
            other = by_chain.setdefault(chain, key)
            if find(other) != find(key):
                union(other, key)
                joined.append((other, key))
    size = lambda key: max(len(c.fathers) + bool(c.given) + bool(c.family) for c in chains[key])  # noqa: E731
    for short in sorted(chains, key=lambda k: (-size(k), k)):
        roots = {
            find(long)
            for long, longer in chains.items()
            if any(c.fits(d) for c in chains[short] for d in longer)
        } - {find(short)}
        if len(roots) == 1:
            root = next(iter(roots))
            union(root, short)
            joined.append((root, short))
    return joined
