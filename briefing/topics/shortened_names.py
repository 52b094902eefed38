"""Pair a name written with a generic word around it with the name the packet writes alone.

A ship's prefix ("MV Wakashio", :mod:`.ship_prefixes`) and a company's generic words ("Mitsui
OSK Lines", :mod:`.company_tails`) are read the same way once the affix is cut: the written run
is the shorter name when every use of its key carries the affix, the shorter name is no place,
people or person, and the packet writes it alone as a name. Kept in one place so the two rules
cannot drift apart in those conditions.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping

from briefing.topics.candidates import Occurrence

__all__ = ["shortened_pairs"]


def shortened_pairs(
    keys: Iterable[str],
    occurrences: Mapping[str, Collection[Occurrence]],
    keys_of: Callable[[str], Collection[str]],
    is_name: Callable[[str], bool],
    is_place_or_person: Callable[[str], bool],
    shorten: Callable[[str], str | None],
) -> list[tuple[str, str]]:
    """(key of the written run, key of the name alone) for each key whose every use
    ``shorten`` cuts to a shorter name (the commonest cut when uses differ in case) that is no
    place, people or person and that the packet writes alone as a name.

    ``keys_of`` gives the keys a written name may have, ``is_name`` whether a key is one of the
    packet's names, ``is_place_or_person`` whether a written name is a place's, a people's or a
    person's.
    """
    pairs: list[tuple[str, str]] = []
    for key in keys:
        shorts = [shorten(o.surface) for o in occurrences.get(key, ())]
        if not shorts or None in shorts:
            continue  # some use of the key has no affix: not such a name
        short = max(set(shorts), key=shorts.count) or ""  # "Wakashio" of "MV WAKASHIO" too
        if is_place_or_person(short):
            continue
        bare = next((k for k in keys_of(short) if k != key and is_name(k)), None)
        if bare is not None:
            pairs.append((key, bare))
    return pairs
