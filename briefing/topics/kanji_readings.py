"""Every reading a kanji word has, not only the one a reader picks: "菅" is "kan" and "suga".

pykakasi reads a text by its most common readings, and a family name written with a character
that is also an everyday word is read as the word: "菅" (sedge) is read "kan", so "菅義偉" reads
"kan yoshihide" and never meets "Yoshihide Suga" (:mod:`.east_asian_names`). The dictionary the
reader uses lists the other readings of the same written word ("菅": kan, kuda, suga, suge), and
a name's reading is often one of them. They are asked only where the reader's own reading of
the name's other part already matched, so a second reading never makes a name alone.

Data: pykakasi's own kanji dictionary (the optional ``japanese`` extra); without it, or if its
table is not where this version keeps it, a word has no other reading and nothing changes.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import Any


def matched(
    wanted: Mapping[Any, str],
    one: Mapping[str, str],
    two: Mapping[str, str],
    key: Callable[[str], str],
) -> str | None:
    """The one person (``wanted``: the reading keys of a name's two words → its person) two
    kanji words side by side read as (pykakasi's parts: "orig", "hepburn"): by the reader's
    readings or, the other word keeping the reader's, by another reading the dictionary lists
    for one of them. Two people a second reading could make: neither."""
    first, second = key(one["hepburn"]), key(two["hepburn"])
    root = wanted.get((first, second))
    if root is not None:
        return root
    roots = {
        wanted.get(pair)
        for pair in (
            *((key(r), second) for r in other_readings(one["orig"])),
            *((first, key(r)) for r in other_readings(two["orig"])),
        )
    }
    roots.discard(None)
    return roots.pop() if len(roots) == 1 else None


@functools.cache
def other_readings(word: str) -> frozenset[str]:
    """The Hepburn readings pykakasi's dictionary lists for ``word`` exactly as written (a
    whole dictionary entry, not its characters one by one); empty when it lists none."""
    table = _table()
    reader = _reader()
    if table is None or reader is None or not word:
        return frozenset()
    entries = table.load(word[0]) or {}
    kana = {reading for reading, _tail in entries.get(word, ())}
    return frozenset("".join(p["hepburn"] for p in reader.convert(k)) for k in kana if k)


@functools.cache
def _table() -> Any:
    try:
        from pykakasi.kanji import Kanwa
    except ImportError:
        return None
    table = Kanwa()
    return table if callable(getattr(table, "load", None)) else None


@functools.cache
def _reader() -> Any:
    try:
        import pykakasi
    except ImportError:
        return None
    return pykakasi.kakasi()
