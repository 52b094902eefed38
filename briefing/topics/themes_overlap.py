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
    10,000 articles writes about a million theme uses, a paragraph a handful. Within a
    paragraph the uses are swept in order of their start, so each is compared only with
    those that start before it ends (the few it may overlap), not with all the paragraph's
    (~5 million pairs at 10,000 articles, seconds of the parent's serial work)."""
    keys = list(themes)
    sizes = [len(themes[key]) for key in keys]
    by_paragraph: dict[tuple[str, int], list[tuple[int, int, int]]] = defaultdict(list)
    for number, key in enumerate(keys):
        for o in themes[key]:
            by_paragraph[(o.article, o.paragraph)].append((o.start, o.end, number))
    overlapped = [0] * len(keys)
    for uses in by_paragraph.values():
        if len(uses) < 2:
            continue  # a use overlaps no more frequent theme's but another use's
        uses.sort()
        flagged = [False] * len(uses)
        for i, (start, end, number) in enumerate(uses):
            size = sizes[number]
            for j in range(i + 1, len(uses)):
                other_start, other_end, other = uses[j]
                if other_start >= end:
                    break  # this and every later use start after this one ends
                if start < other_end:  # they overlap: the less used one is the fragment
                    other_size = sizes[other]
                    if other_size > size:
                        flagged[i] = True
                    elif size > other_size:
                        flagged[j] = True
        for (_start, _end, number), flag in zip(uses, flagged, strict=True):
            overlapped[number] += flag
    return {
        key
        for key, size, count in zip(keys, sizes, overlapped, strict=True)
        if size and count and count >= OVERLAP_SHARE * size
    }
