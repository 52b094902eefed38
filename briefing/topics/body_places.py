"""A place written as the first word of a body's name: "the U.S. Geological Survey said".

A country or city set right before an organisation's name, with nothing but a space between
them, says whose body it is ("U.S. Geological Survey", "Iceland Civil Protection", "Kyiv City
Council"): the sentence is about the body, and the place is part of its name, much as a place
inside the name of an office is (:func:`~.weak_mentions.within`). The reader splits such runs
where the place is a known name, so without this rule each of them counted as a full mention
of the place, and a country named only in the name of a far agency ("U.S." in a quake story)
outranked places the story is about.

Such a use weighs as an item of a list (:data:`~.scoring.LISTED_WEIGHT`); it is not dropped, as
the body still acts in or for the place. A possessive ("Spain's Interior Ministry"), a comma, a
dash or a word between the two ("in Oslo the Nordvik Group") is no such name, and the
place stays a full mention; so does a person after the place ("in Varna Ivan Petrov said"):
people are no bodies of a place.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from briefing.topics.candidates import Occurrence

#: What may stand between the place and the body's name: one space, a no-break one too.
_GAPS = frozenset([" ", "\u00a0"])


def naming_bodies(
    places: Sequence[Occurrence],
    bodies: Sequence[Occurrence],
    paragraphs: Mapping[tuple[str, int], str],
) -> set[Occurrence]:
    """The uses of ``places`` that open an organisation's name: the place, one space, then
    the capitalised first word of one of ``bodies`` (occurrences of organisations, read
    before any is dropped as a one-use name, since "Geological Survey" is written once)."""
    if not places or not bodies:
        return set()
    starts: dict[tuple[str, int], set[int]] = defaultdict(set)
    for b in bodies:
        if b.surface[:1].isupper():
            starts[(b.article, b.paragraph)].add(b.start)
    found = set()
    for o in places:
        after = starts.get((o.article, o.paragraph))
        if not after or o.end + 1 not in after:
            continue
        text = paragraphs.get((o.article, o.paragraph), "")
        if text[o.end : o.end + 1] in _GAPS:
            found.add(o)
    return found
