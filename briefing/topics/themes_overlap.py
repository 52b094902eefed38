"""Two-word themes that are the overlapping half of a longer phrase.

The theme shapes take every two adjacent content words, so three in a row ("a major power
outage hit several regions") give two pairs, "power outage" and "outage hit", of which only
one is a phrase. The packet says which: the one written more often. A theme whose uses mostly
(:data:`OVERLAP_SHARE`) share a word with a use of a theme the packet writes more often is
that theme's overlapping half, not a subject of its own; "death toll" beside the "toll rises"
of "death toll rises" stays, and "toll rises" goes. Written the
same number of times, neither is the half (a noun phrase and its verb, "river barrage held",
look like a noun phrase of three words, "barbaric terrorist attack"): both stay.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from briefing.topics.candidates import Occurrence

#: Share of a theme's uses overlapping a more frequent theme's from which it is a fragment.
OVERLAP_SHARE = 0.5


def fragments(themes: Mapping[str, Sequence[Occurrence]]) -> set[str]:
    """The keys of ``themes`` (key → uses) that are fragments (see the module's docstring).

    Each paragraph's uses are compared only with the same paragraph's: a briefing of
    10,000 articles writes about a million theme uses, a paragraph a handful."""
    # Each use with its theme's use count: comparing counts first, with no lookup, skips
    # most of the ~5 million pairs at 10,000 articles (a theme more used is never the same
    # theme, so the key need not be compared).
    by_paragraph: dict[tuple[str, int], list[tuple[int, int, int]]] = defaultdict(list)
    for occurrences in themes.values():
        uses = len(occurrences)
        for o in occurrences:
            by_paragraph[(o.article, o.paragraph)].append((uses, o.start, o.end))
    found = set()
    for key, occurrences in themes.items():
        if not occurrences:
            continue
        size = len(occurrences)
        overlapped = 0
        for o in occurrences:
            overlapped += any(
                uses > size and start < o.end and o.start < end
                for uses, start, end in by_paragraph[(o.article, o.paragraph)]
            )
        if overlapped and overlapped >= OVERLAP_SHARE * size:
            found.add(key)
    return found
