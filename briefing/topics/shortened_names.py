"""Pair a name written with a generic word around it with the name the packet writes alone.

A ship's prefix ("MV Wakashio", :mod:`.ship_prefixes`) and a company's generic words ("Mitsui
OSK Lines", :mod:`.company_tails`) are read the same way once the affix is cut: the written run
is the shorter name when every use of its key carries the affix, the shorter name is no place,
people or person, and the packet writes it alone as a name; and two such runs cut to one name
the packet never writes alone are one name ("Shoei Kisen KK", "Shoei Kisen Kaisha Ltd"). Kept
in one place so the two rules cannot drift apart in those conditions.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping

from briefing.topics.candidates import Occurrence
from briefing.topics.lexicon import STOPWORDS
from briefing.topics.naming import name_key
from briefing.topics.run_edges import CONNECTORS

__all__ = ["shortened_pairs", "without_edge_words"]

#: Words the first pass never opens a name with (:data:`.extract._EDGE_WORDS`): "Ever" of the
#: ship "Ever Given" is cut there, and the name written alone is keyed "Given".
_EDGE = STOPWORDS | CONNECTORS


def without_edge_words(name: str) -> str:
    """``name`` without the words the first pass cuts from the front of a run ("Given" of
    "Ever Given"), or ``name`` itself when that would leave nothing."""
    words = name.split()
    start = 0
    while start < len(words) - 1 and words[start].casefold() in _EDGE:
        start += 1
    return " ".join(words[start:])


def shortened_pairs(
    keys: Iterable[str],
    occurrences: Mapping[str, Collection[Occurrence]],
    keys_of: Callable[[str], Collection[str]],
    is_name: Callable[[str], bool],
    is_place_or_person: Callable[[str], bool],
    shorten: Callable[[str], str | None],
    same: Callable[[str], str | None] | None = None,
    steps: Callable[[str], list[str]] | None = None,
) -> list[tuple[str, str]]:
    """(key of the written run, key of the name alone) for each key whose every use
    ``shorten`` cuts to a shorter name (the commonest written form's cut) that is no place,
    people or person and that the packet writes alone as a name (keyed as the first pass keys
    a run, without the common words it never opens a name with: "Ever Given" is "Given").

    ``steps`` gives the shorter names to try, longest first, when the affix is several words
    ("Evergreen Marine" then "Evergreen" of "Evergreen Marine Corp."; the cut alone when not
    given); a step that is a place or a person ends the search. ``keys_of`` gives the keys a
    written name may have, ``is_name`` whether a key is one of the packet's names,
    ``is_place_or_person`` whether a written name is a place's, a people's or a person's. Two
    keys the packet does not write alone are paired when ``same`` (``shorten`` when not given)
    cuts their commonest forms to one name.
    """
    pairs: list[tuple[str, str]] = []
    unpaired: dict[str, str] = {}  # the short name's key → the first long form cut to it
    for key in keys:
        uses = [o.surface for o in occurrences.get(key, ())]
        if not uses or any(shorten(u) is None for u in uses):
            continue  # some use of the key has no affix: not such a name
        written = max(sorted(set(uses)), key=uses.count)  # "MV Wakashio" of "MV WAKASHIO" too
        bare = _bare(key, written, shorten, steps, keys_of, is_name, is_place_or_person)
        if bare is not None:
            if bare:
                pairs.append((key, bare))
            continue
        # Two long forms cut to one name the packet never writes alone ("Shoei Kisen
        # Kaisha Ltd", "Shoei Kisen KK"; "MV X", "M/V X") are that one name too.
        cut = (same or shorten)(written)
        if not cut or not is_name(key):
            continue
        first = unpaired.setdefault(name_key(without_edge_words(cut)), key)
        if first != key:
            pairs.append((key, first))
    return pairs


def _bare(
    key: str,
    written: str,
    shorten: Callable[[str], str | None],
    steps: Callable[[str], list[str]] | None,
    keys_of: Callable[[str], Collection[str]],
    is_name: Callable[[str], bool],
    is_place_or_person: Callable[[str], bool],
) -> str | None:
    """The key of the first shorter name of ``written`` the packet writes alone; "" when a
    shorter name is a place or a person (the run stays whole), None when none is written."""
    for short in steps(written) if steps is not None else [shorten(written) or ""]:
        alone = without_edge_words(short)  # keyed as the first pass cuts a run's front
        if is_place_or_person(short) or is_place_or_person(alone):
            return ""
        forms = [short] if alone == short else [short, alone]
        bare = next((k for f in forms for k in keys_of(f) if k != key and is_name(k)), None)
        if bare is not None:
            return bare
    return None
