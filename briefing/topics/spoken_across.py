"""One person in Latin and Cyrillic letters when Russian renders the Latin name by its sound.

Russian writes a French (or Portuguese, Catalan, ...) name as it is heard, not letter by
letter: "j" is "ж", an "s" between vowels is "з", "au" and "eau" are "о", "c" is "к" or
"с", a final mute "e" is dropped, and often the consonant before it ("Claude Josèphe" /
"Клод Жозеф", "Gérard Moisan" / "Жерар Моизан", "Cécile Duflot" / "Сесиль Дюфло"). The
person keys (:func:`~.naming.person_key`) romanise the Cyrillic side, which is a spelling of
sounds already ("klod jozef"), while the Latin side keeps its letters ("claude josephe"): two
letters or more apart in each word, too far for :func:`~.person_spellings.same_person`'s
one-letter and ending rules.

So the Latin key is also read aloud (:func:`readings`): its letters as those languages sound
them, with and without a final consonant they leave mute, and a Cyrillic name joins it when
each of its words, as the key romanises it or as its use is written (a foreign name is not
declined, but the lemmatiser may read "Жозеф" as a case of "Жозефа"), is one of those
readings exactly. The Cyrillic side is never re-read: its "з" is sounded. Given names and
surname alike must agree, so a given name and its feminine form never meet ("Жанна" is no
reading of "Jean"), nor two names a sound apart.

Reading aloud also folds names together: "Martin" and "Martine" sound alike in French, as
"Michel" and "Michèle" do. So a Cyrillic name joins only the one Latin person it sounds like:
when two Latin people of the packet fit it, it joins neither, nor does a Cyrillic name another
rule has joined to a Latin person already. Only whole names of two words or more, each key
written in one script.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence

from anyascii import anyascii

from briefing.topics.candidates import Occurrence
from briefing.topics.spelling import fold, skeleton

__all__ = ["readings", "spoken_pairs"]

_VOWEL = "aeiouy"
#: Spelling → sound, in order, on a word as written (lower case, accents folded, "ç" as "§").
_SOUNDS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), sound)
    for pattern, sound in (
        (r"eau|au", "o"),  # "Rousseau" / "Руссо", "Claude" / "Клод"
        (rf"(?<=[{_VOWEL}])s(?=[{_VOWEL}])", "z"),  # "Josèphe" / "Жозеф", "Moisan" / "Моизан"
        (r"§", "s"),  # "François" / "Франсуа"
        (r"th", "t"),  # "Thomas" / "Тома"
        (r"ch", "sh"),  # "Michel" / "Мишель"
        (r"c(?=[eiy])", "s"),  # "Cécile" / "Сесиль"
        (r"qu|c", "k"),  # "Claude" / "Клод", "Pesquet" / "Песке"
        (r"[jg]e(?=[ao])", "j"),  # "Jean" / "Жан", "Georges" / "Жорж"
        (r"g(?=[eiy])", "j"),  # "Gérard" / "Жерар"
        (r"gu(?=[eiy])", "g"),  # "Guy" / "Ги": a hard "g" kept hard
    )
)
#: A final mute "e" after a consonant: "Claude" / "Клод", "Louise" / "Луиз"; after a doubled
#: one, a feminine ending Russian writes "-а" ("Jeanne" / "Жанна"), never the masculine
#: name without it ("Жан").
_MUTE_E = re.compile(rf"(?<=[^{_VOWEL}])e$")
_DOUBLED_E = re.compile(rf"([^{_VOWEL}])\1e$")
#: Letters a French name may leave mute or sound otherwise, each read both ways: a final
#: consonant after a vowel or an "r" ("Duflot" / "Дюфло", "Gérard" / "Жерар"), "-ier" and
#: "-ieu" said "-ье" ("Barnier" / "Барнье", which romanises "barne"), "oi" said "уа".
_MUTE_ENDS = (
    (re.compile(rf"(?<=[{_VOWEL}r])[tdsxz]$"), ""),
    (re.compile(rf"(?<=[^{_VOWEL}])es$"), ""),  # "Georges" / "Жорж"
    (re.compile(r"ie[ru]$"), "e"),
    (re.compile(r"oi"), "ua"),  # "François" / "Франсуа"
)


@functools.lru_cache(maxsize=1 << 14)
def readings(word: str) -> frozenset[str]:
    """A word of a Latin name as written, read aloud as a Cyrillic spelling by ear romanises
    back (person-key skeletons): "Claude" → {"klod", "klo"}, "Josèphe" → {"jozef"}, "Louise" →
    {"luiz", "lui"}, "Duflot" → {"duflot", "duflo"}; and as the key spells it. A word of
    three letters or fewer is only its key."""
    plain = skeleton(word)
    if len(word) < 4:
        return frozenset({plain})
    said = fold(word.replace("ç", "§").replace("Ç", "§"))  # "ç" is "s", never "k"
    for pattern, sound in _SOUNDS:
        said = pattern.sub(sound, said)
    said = _DOUBLED_E.sub(r"\1\1a", said)
    said = _MUTE_E.sub("", said)
    found = {said}
    for pattern, sound in _MUTE_ENDS:
        found |= {pattern.sub(sound, w) for w in found}
    return frozenset({plain} | {skeleton(w) for w in found})


def _script(surface: str) -> str | None:
    """ "latin" or "cyrillic" when every letter of ``surface`` is in that script, else None."""
    letters = [ch for ch in surface if ch.isalpha()]
    if letters and all(ch < "\u0250" for ch in letters):
        return "latin"
    if letters and all("\u0400" <= ch <= "\u052f" for ch in letters):
        return "cyrillic"
    return None


def _as_written(surface: str) -> tuple[str, ...]:
    """The words of a Cyrillic use romanised as written, without the lemmatiser: "Жозеф"
    is "jozef" where the key may hold "jozefa"."""
    return tuple(skeleton(anyascii(w).replace("'", "").lower()) for w in surface.split())


def spoken_pairs(
    people: Sequence[str],
    occ: Mapping[str, Sequence[Occurrence]],
    find: Callable[[str], str],
) -> list[tuple[str, str]]:
    """(Latin key, Cyrillic key) pairs of one person (``occ``: each key's uses, which say
    its script; ``find``: a key's current root), as the module says: each Cyrillic key to the
    one Latin person whose name read aloud is its name, or to none."""
    said: dict[str, list[set[str]]] = {}  # a Latin key → its words' readings, by position
    by_surname: dict[str, set[str]] = defaultdict(set)  # a surname's reading → Latin keys
    cyrillic: list[str] = []
    for key in people:
        size = len(key[2:].split())
        uses = occ.get(key, ())
        scripts = {_script(o.surface) for o in uses}
        if size < 2 or len(scripts) != 1:
            continue
        script = scripts.pop()
        if script == "latin":
            words: list[set[str]] = [set() for _ in range(size)]
            for o in uses:
                written = o.surface.split()
                if len(written) == size:
                    for place, word in zip(words, written, strict=True):
                        place |= readings(word)
            if all(words):
                said[key] = words
                for reading in words[-1]:
                    by_surname[reading].add(key)
        elif script == "cyrillic":
            cyrillic.append(key)
    pairs: list[tuple[str, str]] = []
    latin_roots = {find(k) for k in said}
    for key in cyrillic if said else ():
        forms = {tuple(key[2:].split())} | {_as_written(o.surface) for o in occ[key]}
        fits = {
            other
            for form in forms
            for other in by_surname.get(form[-1], ())
            if len(said[other]) == len(form)
            and all(y in heard for heard, y in zip(said[other], form, strict=True))
        }
        roots = {find(k) for k in fits}
        # Joined already to another Latin person by a surer rule: that join stands alone.
        if len(roots) == 1 and (find(key) in roots or find(key) not in latin_roots):
            pairs.extend((other, key) for other in sorted(fits))
    return pairs
