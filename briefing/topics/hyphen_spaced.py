"""A lone hyphenated word that is a name the briefing writes spaced: one name, two spellings.

Part of the second pass (:mod:`.unexplained_names`). A capitalised word nobody's surname
explains is kept as a name only when two articles write it, so a name of two words that one
text writes with a hyphen ("the wreck of the Vela-Marina", a French habit for ships, streets
and saints) and another with a space ("the Vela Marina") was two single uses, each dropped
as said in passing. Its parts, each capitalised, spaced, are exactly the longer name's words
(the same key, case and accents folded as every name key is): the same name, so the hyphened
uses join it, whatever kind the spaced name was given. A word whose spaced form the briefing
never writes as a name ("Baden-Baden" beside no "Baden Baden"), or with a part in lower case
("Rivera-style"), stays where it was.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.topics.candidates import Occurrence
from briefing.topics.naming import name_key, person_key

if TYPE_CHECKING:
    from briefing.topics.cluster import _Builder

__all__ = ["join_spaced"]

#: Two or more words of letters joined by hyphens (ASCII, or the Unicode hyphens).
_HYPHENED = re.compile(r"[^\W\d_]+(?:[-\u2010\u2011][^\W\d_]+)+")
_HYPHENS = re.compile(r"[-\u2010\u2011]")


def spaced_key(surface: str, known: dict[str, str]) -> str | None:
    """The key of the spaced name ``surface`` is a hyphened spelling of, among the ``known``
    keys, or None: every part capitalised and the spaced form a name key the briefing has
    (as a body's or a place's name first, then as a person's)."""
    if not _HYPHENED.fullmatch(surface):
        return None
    parts = _HYPHENS.split(surface)
    if not all(p[:1].isupper() for p in parts):
        return None
    spaced = " ".join(parts)
    return next((k for k in (name_key(spaced), person_key(spaced)) if k in known), None)


def join_spaced(b: _Builder, unexplained: dict[str, list[Occurrence]]) -> None:
    """Give the uses of each unexplained hyphened word that spells a spaced name of the
    briefing to that name (module docstring), and take them out of ``unexplained``."""
    for surface in [s for s in unexplained if "-" in s or "\u2010" in s or "\u2011" in s]:
        key = spaced_key(surface, b.uf.parent)
        if key is None:
            continue
        kind = b.kinds[key].most_common(1)[0][0] if b.kinds[key] else "organisation"
        for occ in unexplained.pop(surface):
            b.node(key, kind, occ)
