"""The words of the names the first pass found more than once: no key word may be one.

:func:`~.keywords.key_words` keeps the words of the packet's names out of the key words
("cathédrale" beside "Notre-Dame" is that name's, not a subject). A name the first pass found
only once is never listed (one use is no topic), yet its words barred the key words all the
same; in German, which capitalises every noun, a count and its noun read as a name
("2.700 Tonnen Ammoniumnitrat") and the substance the other languages' texts name
("nitrate d'ammonium", "nitrato de amonio") lost its German uses. So only a name with two
uses or more bars its words.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sized
from typing import Protocol

__all__ = ["MIN_USES", "named_words"]

#: A name bars its words from the key words when the first pass found it this often.
MIN_USES = 2

_SPLIT = re.compile(r"[\s'’-]+")


class _Found(Protocol):
    @property
    def occurrences(self) -> Sized: ...


def named_words(votes: Mapping[str, Mapping[str, int]], clusters: Mapping[str, _Found]) -> set[str]:
    """The words of the surfaces (surface → the cluster roots it is a use of) of clusters
    with :data:`MIN_USES` uses or more."""
    return {
        word
        for surface, roots in votes.items()
        if any(r in clusters and len(clusters[r].occurrences) >= MIN_USES for r in roots)
        for word in _SPLIT.split(surface)
        if word
    }
