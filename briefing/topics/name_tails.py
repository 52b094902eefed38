"""A one-word name's uses that are the last word of a longer name: "Research" of "Alameda Research".

The reader cuts words at spaces, so in a script written without spaces a Latin name glued to
the text before it ("子公司Alameda Research": "subsidiary" then the name) loses its first word
to that text, and the run of capitals it reads starts at the second: "Research" alone, which
then becomes a topic of its own (a person, by its shape). Other cuts end the same way (a
first word the reader took for a sentence's opener). The packet itself says what the whole
name is: the word written right before the use, one space between, and the use make a name
that the packet lists elsewhere ("Alameda Research"). Such a use is a piece of that name and
no use of the one-word name; a one-word name left with no use, or one, is then dropped by
the rules for names written once.

Only a listed longer name cuts a use: "Research" after "Block" stays, unless the packet
lists "Block Research"; a name that the packet writes alone keeps those uses.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol

from briefing.topics.candidates import Occurrence

__all__ = ["cut_tails"]

#: The word right before a use: letters, then one space.
_WORD_BEFORE = re.compile(r"([^\W\d_]+) $")
#: How far back the word before a use is looked for.
_REACH = 60


class _Named(Protocol):
    kind: str
    occurrences: list[Occurrence]


def cut_tails(
    clusters: Iterable[_Named], kinds: frozenset[str], paragraphs: Mapping[tuple[str, int], str]
) -> None:
    """Drop from each one-word name of ``kinds`` the uses that end a longer name of ``kinds``
    the packet lists (see the module's docstring); ``paragraphs`` (article, index) → text."""
    named = [c for c in clusters if c.kind in kinds]
    surfaces = {o.surface: id(c) for c in named for o in c.occurrences if " " in o.surface}
    if not surfaces:
        return
    lasts = {surface.rsplit(" ", 1)[1] for surface in surfaces}
    for cluster in named:
        uses: Sequence[Occurrence] = cluster.occurrences
        if not any(" " not in o.surface and o.surface in lasts for o in uses):
            continue
        kept = [o for o in uses if not _tail(o, id(cluster), surfaces, paragraphs)]
        if len(kept) < len(uses):
            cluster.occurrences = kept


def _tail(
    use: Occurrence,
    owner: int,
    surfaces: Mapping[str, int],
    paragraphs: Mapping[tuple[str, int], str],
) -> bool:
    """The word before ``use`` and the use make a longer name of another topic than
    ``owner`` (a longer form of the same topic, "Sam Bankman-Fried", is no other name)."""
    if " " in use.surface:
        return False
    text = paragraphs.get((use.article, use.paragraph), "")
    before = _WORD_BEFORE.search(text, max(0, use.start - _REACH), use.start)
    if not before:
        return False
    word = before.group(1)
    # Glued to the text before it ("子公司Alameda"): the name's word starts at a capital.
    return any(
        surfaces.get(f"{word[i:]} {use.surface}", owner) != owner
        for i, ch in enumerate(word)
        if ch.isupper()
    )
