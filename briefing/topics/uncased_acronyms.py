"""An acronym the packet writes in capitals, written by its letters' sounds in Devanagari.

Split from :mod:`briefing.topics.uncased_people`, which looks for people by ear in the same
scripts: Hindi writes "इसरो" for ISRO, and the romanised word (anyascii) is the acronym
itself. Only acronyms of four letters or more are looked for: a shorter romanised word is
too often a Hindi word of its own.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from anyascii import anyascii

from briefing.topics.candidates import Occurrence
from briefing.topics.uncased_sounds import DEVANAGARI

__all__ = ["acronym_uses"]

_DEVANAGARI_WORD = re.compile(f"[{DEVANAGARI}]+")


def acronym_uses(
    acronyms: Mapping[str, str], paragraphs: Sequence[tuple[str, int, str]]
) -> dict[str, list[Occurrence]]:
    """Each acronym's topic (acronym in capitals → root) → the Devanagari words that spell
    it by sound ("इसरो", "isro": ISRO), for acronyms of four letters or more."""
    wanted = {a.casefold(): r for a, r in acronyms.items() if len(a) >= 4 and a.isupper()}
    found: dict[str, list[Occurrence]] = {}
    if not wanted:
        return found
    for article, index, text in paragraphs:
        for m in _DEVANAGARI_WORD.finditer(text):
            root = wanted.get(anyascii(m.group()).casefold())
            if root is not None:
                found.setdefault(root, []).append(
                    Occurrence(article, index, m.start(), m.end(), m.group())
                )
    return found
