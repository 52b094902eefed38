"""A keyword tag glued to the front of a headline with a bar: ``特朗普|特朗普又…``.

Content farms and some portals file a story under a keyword and print it before the headline,
joined by a bar with no space: ``<tag>|<headline>``. The tag is the page's filing, not the
headline's first words. It is cut when it is short (three words and 16 characters at most),
the bar has no space on either side, the rest is at least twice as long, and the tag is a
word of the headline itself (a keyword drawn from it), so a bar inside a real headline
stays: ``Sarkozy condannato | Dormirò in carcere`` (spaces), ``عاجل | <headline>`` (a
"breaking" flag set off by spaces, which pages print as part of the headline),
``Paris|Lyon: the line reopens`` ("Paris" is not in the rest).
"""

from __future__ import annotations

import re

__all__ = ["drop_tag"]

#: ``<tag>|<rest>``: no space around the bar, a tag of one to three words.
_TAG = re.compile(r"(?P<tag>[^\s|][^|]{0,15}(?<=\S))\|(?=\S)(?P<rest>[^|]+)")


def drop_tag(title: str) -> str:
    """``title`` without a glued keyword tag in front of it (module doc); else unchanged."""
    match = _TAG.fullmatch(title.strip())
    if match is None:
        return title
    tag, rest = match.group("tag"), match.group("rest").strip()
    if len(tag.split()) > 3 or len(rest) < 2 * len(tag) or tag.casefold() not in rest.casefold():
        return title
    return rest
