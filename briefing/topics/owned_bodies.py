"""A body every state has, named by its common nouns, is not one body when the texts give it
different owners: "France's Foreign Ministry" in one article and "Japan's Foreign Ministry" in
another are two ministries, which the capitals of "Foreign Ministry" made one topic.

A name made of everyday words only, the last a body's head noun (:data:`~.lexicon.ORG_HEADS`:
"Foreign Ministry", "Health Ministry", "National Police") names a kind of body that each
country has; which country's the text says in the word just before it, a place's possessive
("France's", "Japan’s") or its demonym ("French", "Japanese"). When its uses name two
countries or more that way, the topic mixes them, and it is dropped: better no topic than
one that holds two countries' offices (the country's own topic keeps the sentence). A name
all of whose owned uses name one country ("Russia's Foreign Ministry", "Russian Foreign
Ministry") stays; so does a name with a proper noun in it ("Japan's Toyota", "France's
Toyota": the name alone says which body it is).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from briefing.topics.candidates import Occurrence
from briefing.topics.lexicon import ORG_HEADS
from briefing.topics.word_keys import zipf

#: Each word of a generic body's name is at least this common in its language (wordfreq).
_EVERYDAY = 4.0
#: The word just before a name, with a possessive's "'s" cut: "France’s " → "France".
_OWNER = re.compile(r"(\w[\w.-]*?)(?:['’]s)?\s+$")


def generic_body(surface: str, language: str) -> bool:
    """Whether a written name is made of everyday words ending in a body's head noun: "Foreign
    Ministry" (yes), "Quorvex Ministry" or "Foreign Minister" (no)."""
    words = surface.split()
    if len(words) < 2 or words[-1].casefold() not in ORG_HEADS:
        return False
    return all(zipf(w.casefold(), language) >= _EVERYDAY for w in words)


def mixed_owners(
    keys: Iterable[str],
    occurrences: Mapping[str, Sequence[Occurrence]],
    texts: Mapping[tuple[str, int], str],
    languages: Mapping[str, str],
    country_of: Callable[[str], str | None],
) -> list[str]:
    """The keys of generic bodies (:func:`generic_body`) whose uses the word before them gives
    two countries or more (``country_of`` a word's country, or None)."""
    mixed: list[str] = []
    for key in keys:
        occs = occurrences.get(key, ())
        if not occs:
            continue
        first = occs[0]
        if not generic_body(first.surface, languages.get(first.article, "en")):
            continue
        owners = set()
        for occ in occs:
            before = texts.get((occ.article, occ.paragraph), "")[max(0, occ.start - 40) : occ.start]
            match = _OWNER.search(before)
            if match and (country := country_of(match.group(1))) is not None:
                owners.add(country)
        if len(owners) >= 2:
            mixed.append(key)
    return mixed


def drop_mixed_owners(b: Any) -> None:
    """Drop, on the cluster builder ``b`` (:class:`~.cluster._Builder`), the kind votes of each
    generic body whose uses name two countries (:func:`mixed_owners`): with no votes the key
    makes no topic."""
    keys = [k for k in b.uf.parent if k.startswith("n:") and " " in k and b.occ.get(k)]
    if not keys:
        return

    def country_of(word: str) -> str | None:
        found: str | None = b.gaz.place(word) or b.gaz.demonyms.get(word)
        return found

    texts = b._paragraph_texts()
    for key in mixed_owners(keys, b.occ, texts, b.languages, country_of):
        b.kinds[key].clear()
