"""A name followed by the place it is in: "Parque Cismigiu de Bucarest" is "Parque Cismigiu".

Writers add the city or country to a park's, a building's or a body's name when they first
introduce it ("the Velmora Gardens of Ostrava", "Parque Central de Lima"), and drop it after.
The long form is one more way to write the short one, not a second thing: a name of two
words or more followed by a linking word ("de", "of", "di", "du", "von", ...) and a place (the
gazetteer's, or one the packet lists) joins the name without them, when the packet writes that
name too. A name of
one word before the place ("Procura di Genova", "Bank of England") is left as it is: the
place is part of what tells it apart; unless that word is an acronym the packet writes alone
("OSE von Larissa": the railway's station there is the railway's, named by its letters).
After such an acronym the place may be any name the packet lists on its own, whatever kind
it was given ("Larissa" is also a given name, and the gazetteer spells the town "Larisa"):
letters are no person's given name, so "<letters> von <name>" is the body and where it is.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from briefing.topics.candidates import Occurrence

#: Words that join a name and the place it is in, in the languages read here.
LINKS = frozenset(["of", "de", "del", "della", "di", "du", "des", "da", "do", "von", "vom"])


def _acronym(word: str) -> bool:
    return len(word) >= 2 and word.isupper() and word.isalpha()


def place_qualified_pairs(
    keys: Iterable[str],
    sightings: Mapping[str, list[Occurrence]],
    place: Callable[[str], object],
    key_of: Callable[[str], str],
) -> list[tuple[str, str]]:
    """Pairs (long key, short key): the short name, then a link word and a known place.

    ``sightings``: each key's occurrences (the written forms are read, since keys are
    folded); ``place``: whether a text is a place (the gazetteer's, or one the packet lists);
    ``key_of``: the name's key function.
    """
    present = set(keys)
    pairs = []
    for key in present:
        if not key.startswith("n:") or key.count(" ") < 2:
            continue
        for o in sightings.get(key, ())[:1]:
            words = o.surface.split()
            first = 1 if _acronym(words[0]) else 2
            for cut in range(first, len(words) - 1):
                if words[cut].casefold() not in LINKS:
                    continue
                short = key_of(" ".join(words[:cut]))
                tail = " ".join(words[cut + 1 :])
                if (
                    short in present
                    and short != key
                    and _where(tail, first, place, present, key_of)
                ):
                    pairs.append((key, short))
                    break
    return pairs


def _where(
    tail: str,
    first: int,
    place: Callable[[str], object],
    present: set[str],
    key_of: Callable[[str], str],
) -> bool:
    """Whether the words after the link say where the name is: a known place, or, after an
    acronym (``first`` is 1), a name the packet lists on its own (:data:`__doc__`)."""
    return bool(place(tail)) or (first == 1 and key_of(tail) in present)
