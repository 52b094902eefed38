"""The words of the packet's names that no key word may be: all but a German noun run read once.

:func:`~.keywords.key_words` keeps the words of the packet's names out of the key words
("cathédrale" beside "Notre-Dame" is that name's, not a subject). German capitalises every
noun, so a count and its noun read as a name ("2.700 Tonnen Ammoniumnitrat"): found once, such
a name is never listed (one use is no topic), yet its words barred the key words all the same,
and the substance the other languages' texts name ("nitrate d'ammonium", "nitrato de amonio")
lost its German uses. So a name the first pass found once, in an article of a language that
capitalises its nouns (:data:`~.languages.NOUN_CAPITALISING`), bars nothing. Elsewhere a
capital still says "name": an English "Cyclone Chido" the first pass holds once (its other
uses went to the storm's own name) keeps "cyclone" from being a key word beside it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Protocol

from briefing.topics.languages import NOUN_CAPITALISING

__all__ = ["MIN_USES", "named_words"]

#: A name in a noun-capitalising language bars its words when found this often.
MIN_USES = 2

_SPLIT = re.compile(r"[\s'’-]+")


class _Use(Protocol):
    @property
    def article(self) -> str: ...


class _Found(Protocol):
    @property
    def occurrences(self) -> Sequence[_Use]: ...


def named_words(
    votes: Mapping[str, Mapping[str, int]],
    clusters: Mapping[str, _Found],
    languages: Mapping[str, str],
) -> set[str]:
    """The words of the surfaces (surface → the cluster roots it is a use of), but those of
    clusters found fewer than :data:`MIN_USES` times, in noun-capitalising languages only
    (``languages``: article id → language code)."""

    def noun_run(root: str) -> bool:
        uses = clusters[root].occurrences if root in clusters else ()
        return len(uses) < MIN_USES and all(
            languages.get(o.article, "en") in NOUN_CAPITALISING for o in uses
        )

    return {
        word
        for surface, roots in votes.items()
        if not (roots and all(noun_run(r) for r in roots))
        for word in _SPLIT.split(surface)
        if word
    }
