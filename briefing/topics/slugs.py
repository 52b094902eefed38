"""Stable, readable topic ids.

An id is a slug of the topic's canonical name ("vladimir-putin", "new-start", "cis-plus"), so
the same briefing always gives the same ids and a user can type one on the command line. Two
topics whose names slug alike get the kind, then a number, appended. A name in another script
is romanised first ("Лусаил Айконик" → "lusail-aikonik"): without it every Cyrillic, Greek or
Arabic name slugged to the same placeholder, an id nobody could type or tell apart.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from anyascii import anyascii

from briefing.topics.spelling import fold


def slug(name: str) -> str:
    """Lower-case ASCII words joined by dashes; "+" is spelled out so CIS+ is not CIS."""
    text = anyascii(fold(name)).lower().replace("+", " plus ").replace("&", " and ")
    words = re.findall(r"[a-z0-9]+", text)
    return "-".join(words) or "topic"


def unique_slugs(names: Sequence[tuple[str, str]]) -> list[str]:
    """One unique slug per (name, kind), in the given order (the first keeps the plain slug)."""
    taken: set[str] = set()
    result: list[str] = []
    for name, kind in names:
        base = slug(name)
        candidate = base
        if candidate in taken:
            candidate = f"{base}-{kind}"
        n = 2
        while candidate in taken:
            candidate = f"{base}-{kind}-{n}"
            n += 1
        taken.add(candidate)
        result.append(candidate)
    return result
