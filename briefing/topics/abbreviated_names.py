"""A name with a place inside that the text abbreviates is a body's name, not a person's.

A club, a firm or a school is often named after its town and a word or two more ("Nordhaven
Saint-Aubin", "Westport Rovers"): two capitalised words whose first is a town, the shape of a
person's name whose given name is also a town's ("Florence Nightingale", "Sydney Carter"), so
the first pass reads it as a person. A person is seldom abbreviated to the initials of their
names; a body very often is, in the same text ("NSA" beside "Nordhaven Saint-Aubin"). So a
person-shaped name that holds a place the gazetteer knows (a word of it, or a part of a
hyphenated word), whose initials, each part of a hyphenated word counted ("Saint-Aubin": S, A),
are written as an acronym in an article that also writes the name, is the body's name: each
of its uses in the packet is an organisation's, never a person's and never the place's. A
name with no place in it ("Jane Ann Fox" beside "JAF") keeps the person's reading: the rule
is about names cut on the place inside them, and a person's initials are left to the text's
own definitions.

The join of the acronym and the long name is :mod:`.spelled_initials`'s, which reads a
hyphenated word's parts the same way.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable

from briefing.topics.candidates import Candidates
from briefing.topics.naming import acronym_key, name_key

#: The parts of a name's words: split at spaces and hyphens.
_PARTS = re.compile(r"[\s\-‐‑]+")
#: Fewest initials: two letters spell too many names by chance ("AP", "EU").
MIN_LETTERS = 3


def initials(surface: str) -> str:
    """The first letters of the capitalised parts of ``surface``, folded as an acronym's key
    ("Nordhaven Saint-Aubin" → "nsa"); "" when a part is not capitalised."""
    parts = [p for p in _PARTS.split(surface) if p]
    if not parts or not all(p[:1].isupper() for p in parts):
        return ""
    return acronym_key("".join(p[0] for p in parts))


def _holds_place(surface: str, place: Callable[[str], object]) -> bool:
    """Whether a word of ``surface``, or a part of a hyphenated word, is a place."""
    words = surface.split()
    parts = [p for p in _PARTS.split(surface) if p]
    return any(place(w) is not None for w in {*words, *parts})


def abbreviated_bodies(cands: Candidates, place: Callable[[str], object]) -> None:
    """Re-type as organisations, in ``cands.names``, the person-shaped names with a place
    inside that an article abbreviates (see the module's docstring)."""
    acronyms: dict[str, set[str]] = defaultdict(set)  # article → its acronyms' keys
    for occ in cands.acronyms:
        acronyms[occ.article].add(acronym_key(occ.surface))
    if not acronyms:
        return
    bodies: set[str] = set()
    for kind, occ, _attested in cands.names:
        if kind != "person" or " " not in occ.surface:
            continue
        letters = initials(occ.surface)
        if (
            len(letters) >= MIN_LETTERS
            and letters in acronyms.get(occ.article, ())
            and _holds_place(occ.surface, place)
        ):
            bodies.add(name_key(occ.surface))
    if bodies:
        cands.names = [
            ("organisation" if k == "person" and name_key(o.surface) in bodies else k, o, a)
            for k, o, a in cands.names
        ]
