"""A name glossed by another name in brackets right after it: "Zorblax (Zorb Locker)".

A text that writes a thing's name and, at once, another name alone in brackets gives the
thing's other name: the malware "Zorblax (Zorb Locker)", the brand "Norvia (Norvia Mobile)".
Other texts of the packet may write either name alone, and without the bracket the two stay
two topics, one a duplicate of the other. :mod:`.glosses` joins a person's name glossed in
another script, :mod:`.bracket_acronyms` a name and its acronym; this joins two names of a
body or a thing, in any script.

Guards, since two different things must never be joined:

* the bracket holds the second name and nothing else, and opens right after the first;
* both names are written with a capital (name-like) and neither is written in capitals
  only (an acronym in brackets is :mod:`.bracket_acronyms`'s and the definitions' case);
* neither is a place (a bracket after a name often says where it is: "Vornholt (Ostmark)")
  nor a person the packet knows apart: no name of either topic opens with a given name
  ("Lina Varga (Zorbcorp)" says whom someone works for, not who she is).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import Protocol

from briefing.given_name_table import given_name
from briefing.topics.candidates import Occurrence

#: An opening bracket right after a name, with at most a space before and inside it.
_OPEN = re.compile(r" ?[(（] ?")
#: The closing bracket right after the glossing name.
_CLOSE = re.compile(r" ?[)）]")


class _Votes(Protocol):
    def __getitem__(self, kind: str) -> int: ...


def _name_like(surface: str) -> bool:
    """Written with a capital, and not in capitals only."""
    return surface[:1].isupper() and not surface.isupper()


def _known_apart(surfaces: Sequence[str]) -> bool:
    """Some written form opens with a given name: a person's."""
    return any(given_name(s.split()[0]) for s in surfaces if s.split())


def gloss_name_pairs(
    occurrences: Mapping[str, Sequence[Occurrence]],
    kinds: Mapping[str, _Votes],
    texts: Mapping[tuple[str, int], str],
    find: Callable[[str], str],
) -> list[tuple[str, str]]:
    """(key, key) pairs of names that a bracket glosses one with the other (see the
    module's docstring); ``kinds``: each key's kind votes, ``find``: a key's root."""
    starts: dict[tuple[str, int, int], tuple[str, Occurrence]] = {}
    glossed: list[tuple[str, Occurrence, int]] = []
    for key, uses in occurrences.items():
        if not key.startswith(("n:", "p:")):
            continue
        for o in uses:
            starts.setdefault((o.article, o.paragraph, o.start), (key, o))
            text = texts.get((o.article, o.paragraph))
            if text is None:
                continue
            opened = _OPEN.match(text, o.end)
            if opened is not None and opened.end() > o.end:
                glossed.append((key, o, opened.end()))
    if not glossed:
        return []
    roots: dict[str, list[str]] = {}
    for key, uses in occurrences.items():
        if uses:
            roots.setdefault(find(key), []).extend(o.surface for o in uses)
    pairs: list[tuple[str, str]] = []
    for key, o, at in glossed:
        found = starts.get((o.article, o.paragraph, at))
        if found is None:
            continue
        other, gloss = found
        text = texts[o.article, o.paragraph]
        if _CLOSE.match(text, gloss.end) is None or find(key) == find(other):
            continue
        if not (_name_like(o.surface) and _name_like(gloss.surface)):
            continue
        if kinds[key]["place"] or kinds[other]["place"] or "g:" in (find(key)[:2], find(other)[:2]):
            continue
        if _known_apart(roots.get(find(key), ())) or _known_apart(roots.get(find(other), ())):
            continue
        pairs.append((key, other))
    return pairs
