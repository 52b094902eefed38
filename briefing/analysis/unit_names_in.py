"""Whether a sentence can name a unit at all: a cheap test before a reader asks each of its
numbers for the unit after it (:func:`.units.unit_after`).

Kept out of :mod:`.units`, which the topics import: a reader's shortcut must not change the
fingerprint of the topics' cache.
"""

from __future__ import annotations

from functools import cache

from briefing.analysis.units import unit_names


def may_name(text: str, unit: str, language: str) -> bool:
    """Whether :func:`.units.unit_after` can find ``unit`` anywhere in ``text``: the first
    word of one of its names is inside the folded text (a name, folded, is made of the
    folded words it was read from; a suffixed one starts with its name). Most sentences
    with a number name no hour and no day."""
    folded = text.casefold()
    return any(word in folded for word in _first_words(language, unit))


@cache
def _first_words(language: str, unit: str) -> tuple[str, ...]:
    names = unit_names(language)
    return tuple(sorted({name.split(" ")[0] for name, named in names.items() if named == unit}))
