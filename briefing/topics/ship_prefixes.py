"""A ship's prefix is no part of its name: "MV Wakashio", "HMS Victory", "USS Cole" name the
ships Wakashio, Victory and Cole.

A merchant or naval ship is written with the abbreviation of what it is before its name (MV a
motor vessel, MT a tanker, SS a steamship, HMS a ship of the Royal Navy, USS one of the US
Navy...) in the first mention and often without it later, or in another article. The reader
takes the prefix and the name for one run of capitals, so the ship becomes two topics, one
with the prefix and one without.

The prefixes are a closed class, the usual ship prefixes of the English-writing press and
navies (as :data:`SHIP_PREFIXES`), written in capitals; every language copies them as they
are ("le MV Wakashio", "el buque MV Wakashio"). A run that opens with one is folded into the
topic of its rest only when the packet writes the rest alone as a name too, and the rest is
no place and no person: "HMS Belfast" is no Belfast, "USS Ronald Reagan" no Ronald Reagan,
"SS Lazio" (a football club) no Lazio, "MS Dhoni" (a person's initials) no ship; those runs
stay whole.

A language that capitalises its nouns (German), or a sentence that opens with the ship's class
noun ("Контейнеровоз Ever Given сел на мель"), puts the noun into the run the same way: "Schiff
Ever Given", "Frachter Ever Given". A run that opens with a vessel's class noun
(:data:`~.vessel_names.VESSEL_NOUNS` and the container ship's, :data:`CLASS_PREFIXES`; a
Cyrillic word read by its lemma) is cut like a prefix, on the same conditions.

The name alone is looked up as the first pass keys it: "Ever Given" alone is keyed "Given",
as a run never opens with a common word (:func:`~.shortened_names.without_edge_words`).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping

from briefing.topics.candidates import Occurrence
from briefing.topics.lexicon import words
from briefing.topics.shortened_names import shortened_pairs
from briefing.topics.vessel_names import VESSEL_NOUNS

#: Ship prefixes written before a ship's name, in capitals: merchant ships (motor vessel,
#: motor ship, motor tanker, steamship, royal mail ship, fishing and research vessels) and the
#: navies' own (Her/His Majesty's Ship, United States Ship and Naval Ship, the Australian,
#: Canadian and New Zealand ships).
SHIP_PREFIXES = words("""MV M/V MS M/S MT M/T SS S/S RMS FV RV HMS HMAS HMCS HMNZS USS USNS""")

#: Class nouns that open a run before a ship's name, folded: the vessel nouns of
#: :mod:`.vessel_names` and the container ship's one-word nouns (Russian by its lemma).
CLASS_PREFIXES = VESSEL_NOUNS | words(
    """containerschiff containerfrachter portacontainer portacontenedores porte-conteneurs
    containerschip kontenerowiec контейнеровоз"""
)


def _class_noun(word: str) -> bool:
    """Whether ``word``, written with a capital, is a vessel's class noun (folded; a
    Cyrillic word by its lemma: "Контейнеровоза" is "контейнеровоз")."""
    if not word[:1].isupper() or word.isupper():
        return False  # "MSC", "TANKER": capitals are a name's or a heading's
    folded = word.casefold()
    if folded in CLASS_PREFIXES:
        return True
    from briefing.topics.languages import has_cyrillic, lemma

    return has_cyrillic(word) and lemma(word).casefold() in CLASS_PREFIXES


def prefixed_rest(surface: str) -> str | None:
    """The name after a ship's prefix ("Wakashio" of "MV Wakashio", "Ever Given" of "Schiff
    Ever Given"), or None when the written run opens with no prefix in capitals and no
    vessel's class noun, or has nothing after it."""
    first, _, rest = surface.partition(" ")
    if not rest or not rest[:1].isupper():
        return None
    return rest if first in SHIP_PREFIXES or _class_noun(first) else None


def ship_pairs(
    keys: Iterable[str],
    occurrences: Mapping[str, Collection[Occurrence]],
    keys_of: Callable[[str], Collection[str]],
    is_name: Callable[[str], bool],
    is_place_or_person: Callable[[str], bool],
) -> list[tuple[str, str]]:
    """(key of "prefix + name", key of the name alone) for each run that a ship's prefix opens
    before a name the packet also writes alone (see the module's docstring).

    ``keys_of`` gives the keys a written name may have, ``is_name`` whether a key is one of the
    packet's names, ``is_place_or_person`` whether a written name is a place's or a person's.
    """
    return shortened_pairs(keys, occurrences, keys_of, is_name, is_place_or_person, prefixed_rest)
