"""A body's name cut after its country's short form, and the acronym that keeps it: USGS.

The reader splits "the U.S. Geological Survey" into the place ("U.S.") and the body's name
("Geological Survey"), so that the place is no full mention of its own
(:mod:`.body_places`). The acronym the texts write for the same body keeps the country's
letters ("USGS", "UKHSA"), so the cut name spells no acronym of the packet and stands beside
it as a second topic, named by a fragment. When a body's name is written right after a place
in capitals, dotted or not ("U.S.", "US", "U.K."), and that place's letters followed by the
initials of the name's content words are an acronym the packet writes, in an article that
also writes the name, the name is that acronym's body.

Not asked of: a name after a place written in full ("Iceland Civil Protection": no letters
to read), a name whose uses point to two acronyms, nor an acronym no article writes beside
the name (the letters alone are a guess). "U.S. State Department" stays "State Department"
when no "USSD" is written.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence

from briefing.topics.candidates import Occurrence

#: A place's short form in capitals right before a name, one space between: "U.S. ", "UK ".
_SHORT_BEFORE = re.compile(r"(?<![\w.])((?:[A-Z]\.){2,3}|[A-Z]{2,3})[ \u00a0]$")


def place_letters(text: str, start: int, is_place: Callable[[str], bool]) -> str | None:
    """The letters, lower case, of the place's short form written right before ``start``
    ("the U.S. |Geological Survey" → "us"), or None when there is none."""
    found = _SHORT_BEFORE.search(text, max(0, start - 12), start)
    if found is None or not is_place(found.group(1)):
        return None
    return found.group(1).replace(".", "").casefold()


def place_acronym_pairs(
    bodies: Mapping[str, Sequence[Occurrence]],
    acronyms: Mapping[str, Iterable[Occurrence]],
    texts: Mapping[tuple[str, int], str],
    is_place: Callable[[str], bool],
    content: Callable[[str], list[str]],
) -> list[tuple[str, str]]:
    """Pairs (acronym key, body key). ``bodies``: name keys of two words or more that are no
    person ("n:geological survey") and their uses; ``acronyms``: one-word keys in capitals
    ("n:usgs") and their uses; ``texts``: the paragraphs by (article, paragraph);
    ``is_place``: whether a short form is a place's ("U.S."); ``content``: a key's content
    words (function words left out)."""
    pairs = []
    for key, uses in bodies.items():
        words = content(key)
        if len(words) < 2:
            continue
        initials = "".join(w[0] for w in words)
        found = set()
        for use in uses:
            text = texts.get((use.article, use.paragraph), "")
            letters = place_letters(text, use.start, is_place)
            if letters is not None and f"n:{letters}{initials}" in acronyms:
                found.add(f"n:{letters}{initials}")
        if len(found) != 1:
            continue  # none, or two acronyms: the letters do not tell which
        acronym = found.pop()
        written = {o.article for o in acronyms[acronym]}
        if any(use.article in written for use in uses):
            pairs.append((acronym, key))
    return pairs
