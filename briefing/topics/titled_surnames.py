"""A surname that is also a place, written after a person's title: the person, not the place.

A lone capitalised word the gazetteer knows is read as a place ("Kuroda", a Japanese town),
and a full name's surname never finds a place-named person alone
(:func:`~.naming.surname_aliases`: "Jordan" of "Thomas Jordan" is the country too). So "le
précédent gouverneur Kuroda" in one article and "former governor Haruhiko Kuroda" in another
are two names used once each, and neither is a topic. A word right after a lower-case title
of an office ("gouverneur", "governor", "presidente": the Latin-script office words of
:mod:`.office_sees`, with no "of" between, which would make the word the office's see) names
a person; where it is the last word of exactly one person's full name in the packet, it is
that person's surname alone, and joins them (:meth:`~.cluster._Builder._people`). Two people
who share the surname (father and son, two ministers) leave it a place, and so does any use
with no title before it ("the Jordan valley").
"""

from __future__ import annotations

import re

from briefing.topics.candidates import Candidates
from briefing.topics.naming import person_key
from briefing.topics.office_sees import OFFICE_TITLES

__all__ = ["titled_surnames"]

#: A lower-case office title (and the space) right before the word.
_TITLE_BEFORE = re.compile(r"(?:^|[^\w-])(?:" + OFFICE_TITLES + r")\s+$")
#: How far before a word its title is read.
_REACH = 40


def titled_surnames(cands: Candidates) -> None:
    """Move the place mentions that are one person's surname after a title to the surnames
    (attested, as after a capitalised title); in place."""
    owners: dict[str, set[str]] = {}
    for kind, occ, _attested in cands.names:
        words = occ.surface.split()
        if kind == "person" and len(words) >= 2:
            owners.setdefault(person_key(words[-1]), set()).add(person_key(occ.surface))
    if not owners or not cands.places:
        return
    texts: dict[tuple[str, int], str] | None = None
    kept = []
    for place, occ in cands.places:
        if " " in occ.surface or len(owners.get(person_key(occ.surface), ())) != 1:
            kept.append((place, occ))
            continue
        if texts is None:
            texts = {(a, i): t for a, i, t in cands.paragraphs}
        before = texts.get((occ.article, occ.paragraph), "")[max(0, occ.start - _REACH) : occ.start]
        if _TITLE_BEFORE.search(before):
            cands.surnames.append((occ, True))
        else:
            kept.append((place, occ))
    cands.places = kept
