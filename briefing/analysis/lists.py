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
_JOINER = re.compile(r",?\s*(?:and|&)\s+|,\s*")
#: Fewer names than this are a pair, not a list worth counting.
_SHORTEST = 3


def enumeration(text: str, language: str) -> list[str]:
    """The countries of one complete enumeration in ``text``, or []."""
    if language != "en" or _PARTIAL.search(text):
        return []
    names = countries()
    for lead in re.finditer(r"\b(?:of|from)\s+", text):
        listed: list[str] = []
        rest = text[lead.end() :]
        while True:
            match = _NAME.match(rest)
            if not match or match.group() not in names:
                break
            listed.append(match.group())
            rest = rest[match.end() :]
            joiner = _JOINER.match(rest)
            if not joiner:
                break
            rest = rest[joiner.end() :]
        if len(listed) >= _SHORTEST:
            return list(dict.fromkeys(listed))
    return []
