"""Names of other languages written in Greek letters, spelled back the ways Latin scripts do.

Greek writes a foreign name by its sound, with its own letters: Spanish "Sánchez" is
"Σάντσεθ" (τσ for "ch", θ for the Castilian "z"), "Montenegro" is "Μοντενέγκρο" (ντ, γκ),
"Jorge" is "Χόρχε". anyascii's romanisation (ELOT 743) gives "santseth", "montenegkro":
no Latin spelling of the name. Each of those letters or letter pairs stands for a few
Latin spellings (:data:`_SOUNDS`); the name's keys under every combination of them meet the
Latin name when one of them is its spelling.

Only people are compared this way (:func:`greek_pairs`), as whole names: given name and
surname must both agree (``same_person``) and exactly one Latin person may fit, so two
people who share a name part stay two, and a Greek person no Latin article names stays
alone.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Mapping

from anyascii import anyascii

from briefing.topics.candidates import Occurrence
from briefing.topics.romanise import turkish_pairs
from briefing.topics.spelling import skeleton

#: Greek letters and pairs that write a foreign sound, and the Latin spellings of it (the
#: first is anyascii's own): "τσ" is Spanish/English "ch" and Italian "z", "θ" the
#: Castilian "z" or "c", "χ" the Spanish "j" or "g", "ντ"/"μπ"/"γκ" a "d"/"b"/"g"
#: (or "nd", "mb", "ng"), "ου" a "u", "β" a "v" or "b".
_SOUNDS: dict[str, tuple[str, ...]] = {
    "τσ": ("ts", "ch", "z"),
    "τζ": ("tz", "j", "g"),
    "ντ": ("nt", "d", "nd"),
    "μπ": ("mp", "b", "mb"),
    "γκ": ("gk", "g", "ng"),
    "ου": ("ou", "u"),
    "θ": ("th", "z", "c"),
    "χ": ("ch", "j", "g", "h"),
    "β": ("v", "b"),
}
#: A name with more sounds than this to respell is not tried (the spellings multiply).
_MOST_RESPELLED = 5


def is_greek(text: str) -> bool:
    """Whether ``text`` has a Greek letter."""
    return any("\u0370" <= ch <= "\u03ff" or "\u1f00" <= ch <= "\u1fff" for ch in text)


def _pieces(word: str) -> list[str]:
    """``word`` (lower case, no accents) cut into :data:`_SOUNDS`' letters and pairs and the
    rest; a "ν" before "τσ"/"τζ" is a letter of its own ("σαντσεθ": σ α ν τσ ε θ)."""
    pieces: list[str] = []
    i = 0
    while i < len(word):
        pair = word[i : i + 2]
        if pair in _SOUNDS and not (pair == "ντ" and word[i + 1 : i + 3] in ("τσ", "τζ")):
            pieces.append(pair)
            i += 2
        else:
            pieces.append(word[i])
            i += 1
    return pieces


def greek_keys(surface: str) -> set[str]:
    """Person keys of a name in Greek letters as Latin scripts may spell it: "Πέδρο
    Σάντσεθ" → {"p:pedro santseth", "p:pedro sanchez", ...}. Empty when the name is not in
    Greek letters or has too many sounds to respell."""
    if not is_greek(surface):
        return set()
    bare = "".join(
        ch
        for ch in unicodedata.normalize("NFD", surface.casefold())
        if not unicodedata.combining(ch)
    )
    pieces = _pieces(bare)
    if sum(p in _SOUNDS for p in pieces) > _MOST_RESPELLED:
        return set()
    variants = [""]
    for piece in pieces:
        variants = [v + r for v in variants for r in _SOUNDS.get(piece, (piece,))]
    return {"p:" + " ".join(skeleton(anyascii(w)) for w in v.split()) for v in variants}


def latin_keys(surface: str) -> set[str]:
    """Person keys of a name as Latin scripts may spell it, "c" and "k" alike: its own key,
    and for a name in Greek letters every respelling (:func:`greek_keys`)."""
    from briefing.topics.naming import person_key

    return {k.replace("c", "k") for k in {person_key(surface), *greek_keys(surface)}}


def greek_pairs(
    people: Iterable[str],
    sightings: Mapping[str, list[Occurrence]],
    same_person: Callable[[str, str], bool],
    root: Callable[[str], str] = str,
) -> list[tuple[str, str]]:
    """Pairs (Greek key, Latin key) of one person written in Greek letters by some
    articles and in Latin letters by others ("Πέδρο Σάντσεθ" / "Pedro Sánchez").

    Only full names are paired, and only when exactly one Latin name fits (given names
    alike, surnames equal or one letter apart: ``same_person``; keys already joined count as
    one name, by their ``root``)."""
    greek: set[str] = set()
    others: dict[str, set[str]] = {}
    for key in people:
        seen = sightings.get(key, ())
        words = key[2:].split()
        if len(words) < 2 or not seen:
            continue
        if all(is_greek(o.surface) for o in seen):
            greek.add(key)
        elif not any(is_greek(o.surface) for o in seen):
            others.setdefault(words[-1][:3], set()).add(key)
    pairs = []
    for key in sorted(greek):
        alternatives = {k for o in sightings[key] for k in greek_keys(o.surface)}
        fits = {
            root(other): other
            for alt in alternatives
            if len(alt[2:].split()) == len(key[2:].split())
            for other in others.get(alt[2:].split()[-1][:3], ())
            if same_person(alt, other)
        }
        if len(fits) == 1:
            pairs.append((key, next(iter(fits.values()))))
    return pairs


def respelled_pairs(
    people: Iterable[str],
    sightings: Mapping[str, list[Occurrence]],
    languages: Mapping[str, str],
    same_person: Callable[[str, str], bool],
    root: Callable[[str], str] = str,
) -> list[tuple[str, str]]:
    """People written by ear in another alphabet's letters: Turkish's
    (:func:`~.romanise.turkish_pairs`) and Greek's (:func:`greek_pairs`)."""
    people = list(people)
    return turkish_pairs(people, sightings, languages, same_person, root) + greek_pairs(
        people, sightings, same_person, root
    )
