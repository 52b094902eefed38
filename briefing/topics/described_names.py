"""A theme every use of which describes a name beside it: "the exchange's crypto token, FTT".

A text introduces a named thing by what it is: "its native crypto token, FTT", "the MV
Wakashio, a bulk carrier", "FTX's crypto token". Two writers introducing the same thing
write the same description in their own words, so the phrase is written in two articles
that copy nothing (:mod:`.copied_passages` keeps it) and passes as a theme; but it is the
named thing again, under its description, and the name is a topic already. A theme is such
a description when every one of its uses stands in apposition to, or is owned by, a use of
a name the packet lists (a person, place or body; not a theme, not the event):

* the name right after it, a comma, a bracket, a colon or a quotation mark at most between
  ("crypto token, FTT", "bulk carrier (Wakashio)");
* the name right before it, then a comma and an article ("MV Wakashio, a bulk carrier"), or
  the name's possessive ("FTX's crypto token").

One use standing free ("the slump of the token") keeps the theme: the texts then do write
about it beyond naming the thing. A name written before the phrase without a possessive
("US presidential election") qualifies it and is no apposition; such a theme stays.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from briefing.topics.candidates import Occurrence
from briefing.topics.word_use import ARTICLES

__all__ = ["NameIndex", "describes_names"]

#: Between a description and the name after it: a comma, bracket, colon or quotation mark.
_TO_NAME_AFTER = re.compile(r"\s*[,(:«“\"'‘]?\s*")
#: Between a name and the description after it: a possessive ("FTX's"), or a comma and an
#: article ("Wakashio, a bulk carrier"; the article checked against :data:`_ARTICLE_WORDS`).
_POSSESSIVE = re.compile(r"['’]s?\s+")
_APPOSED = re.compile(r"\s*,\s*([^\W\d_]+)['’]?\s*")
_ARTICLE_WORDS = frozenset().union(*ARTICLES.values())
#: Most characters between a name's end and its description (", the ", "'s ").
_GAP = 12


class NameIndex:
    """Where the listed names' uses start and end, by (article, paragraph): built once for
    all the themes asked."""

    def __init__(self, names: Iterable[Occurrence]) -> None:
        self.starts: dict[tuple[str, int], set[int]] = defaultdict(set)
        self.ends: dict[tuple[str, int], set[int]] = defaultdict(set)
        for name in names:
            place = (name.article, name.paragraph)
            self.starts[place].add(name.start)
            self.ends[place].add(name.end)


def describes_names(
    uses: Sequence[Occurrence], names: NameIndex, texts: Mapping[tuple[str, int], str]
) -> bool:
    """Every use of a theme (``uses``) is in apposition to, or owned by, a use of a listed
    name (``names``) in its paragraph; ``texts`` (article, paragraph) → text."""
    return bool(uses) and all(
        _described(o, texts.get((o.article, o.paragraph), ""), names) for o in uses
    )


def _described(use: Occurrence, text: str, names: NameIndex) -> bool:
    place = (use.article, use.paragraph)
    gap = _TO_NAME_AFTER.match(text, use.end)
    if gap and gap.end() in names.starts.get(place, ()):
        return True  # "crypto token, FTT"
    ends = names.ends.get(place)
    if not ends:
        return False
    for end in range(max(0, use.start - _GAP), use.start):
        if end not in ends:
            continue
        between = text[end : use.start]
        if _POSSESSIVE.fullmatch(between):
            return True  # "FTX's crypto token"
        apposed = _APPOSED.fullmatch(between)
        if apposed and apposed.group(1).casefold() in _ARTICLE_WORDS:
            return True  # "MV Wakashio, a bulk carrier"
    return False
