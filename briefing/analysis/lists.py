"""Complete enumerations: "leaders of A, B, C and D will attend" counts four.

Only enumerations of countries (GeoNames names, so English text) are read, since those are
the lists whose length is unambiguous; a list introduced or followed by words that make it
partial ("including", "also", "joined by", "other") counts nothing.
"""

from __future__ import annotations

import re

from briefing.analysis.names import countries

_PARTIAL = re.compile(
    r"\b(?:joined by|alongside|also|other|others|including|includes|include|among|such as|"
    r"besides|as well as|along with|in addition)\b",
    re.I,
)
_NAME = re.compile(r"[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*")
_LEAD = re.compile(r"\b(?:of|from)\s+")
_JOINER = re.compile(r",?\s*(?:and|&)\s+|,\s*")
#: Fewer names than this are a pair, not a list worth counting.
_SHORTEST = 3


def enumeration(text: str, language: str) -> list[str]:
    """The countries of one complete enumeration in ``text``, or []."""
    if language != "en":
        return []
    listed = _listed(text)
    # The words that make a list partial are looked for only once there is a list: the
    # search for them cost nine tenths of this function on sentences that hold none.
    return listed if listed and not _PARTIAL.search(text) else []


def _listed(text: str) -> list[str]:
    """The first run of three or more countries after "of" or "from" in ``text``, or []."""
    names = countries()
    for lead in _LEAD.finditer(text):
        listed: list[str] = []
        at = lead.end()  # read in place: no copy of the rest of the sentence per step
        while True:
            match = _NAME.match(text, at)
            if not match or match.group() not in names:
                break
            listed.append(match.group())
            joiner = _JOINER.match(text, match.end())
            if not joiner:
                break
            at = joiner.end()
        if len(listed) >= _SHORTEST:
            return list(dict.fromkeys(listed))
    return []
