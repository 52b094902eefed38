"""Whether a dated sentence restates one its article already gave (:mod:`.timeline`).

Pages repeat their lead as a teaser or a summary, cut at a line break or behind a dateline;
the timeline tells such a statement once. Kept apart from the timeline's assembly so that
module stays small; it compares words only and never reads dates.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Protocol


class _Phrase(Protocol):
    @property
    def text(self) -> str: ...


class Statement(Protocol):
    """What :func:`restating` reads of a found statement: its sentence, its date phrase and
    whether it is an event or a dateline."""

    @property
    def sentence(self) -> str: ...
    @property
    def phrase(self) -> _Phrase: ...
    @property
    def event(self) -> bool: ...
    @property
    def dateline(self) -> bool: ...


#: Share of the shorter sentence's content words the longer must hold for the two to be one
#: statement ("Putin declared 24 March a day of mourning" / "The president declared …").
RESTATED = 0.75
#: Sentences with fewer content words than this are never taken for restatements.
_RESTATED_WORDS = 5


def restating(found: Sequence[Statement], item: Statement, language: str) -> int | None:
    """The index of an earlier statement of the article that ``item`` restates: the same date
    phrase in nearly the same words. Pages repeat their lead as a teaser or summary, cut at a
    line break or behind a dateline ("ATHENS (Agency) - …", "…"); it is one statement, told
    once. Captions and prose are never merged with each other."""
    words = content_words(item.sentence, language)
    if len(words) < _RESTATED_WORDS:
        return None
    for at, other in enumerate(found):
        if other.phrase.text != item.phrase.text or (other.event, other.dateline) != (
            item.event,
            item.dateline,
        ):
            continue
        theirs = content_words(other.sentence, language)
        shorter = min(len(words), len(theirs))
        if shorter >= _RESTATED_WORDS and len(words & theirs) >= RESTATED * shorter:
            return at
    return None


def content_words(sentence: str, language: str) -> frozenset[str]:
    """The sentence's words without the language's function words ("the", "on", "в")."""
    skip = _functioncontent_words(language)
    return frozenset(w for w in re.findall(r"[^\W_]+", sentence.casefold()) if w not in skip)


@cache
def _functioncontent_words(language: str) -> frozenset[str]:
    from whoosh.lang import has_stopwords, stopwords_for_language

    return frozenset(stopwords_for_language(language)) if has_stopwords(language) else frozenset()
