"""Inflected forms that Snowball cuts differently from the rest of their paradigm.

Besides the Italian and Spanish plurals misread as a verb with a pronoun (:mod:`enclitics`),
two classes of nouns lose a search for their base form because one form's stem is not the
others':

- Italian nouns in ``-io`` whose plural in ``-i`` ends in one of step 1's suffixes. Snowball
  deletes ``ici`` (``ico``, ``ica``… are adjective suffixes) and ``ator``-type suffixes when
  they lie in R2, so ``edifici`` stems to ``edif`` while ``edificio``, where no suffix ends
  the word, stems to ``edific``; likewise ``benefici`` / ``beneficio``, ``sacrifici``,
  ``laboratori`` (``labor``) / ``laboratorio`` (``laborator``), ``operai`` (``opera``, the
  stem of *opera*) / ``operaio`` (``operai``). :func:`io_plural_sibling`: such a plural takes
  its singular's stem when the singular is a common word;
- Polish nouns with a fleeting ``e``: the nominative keeps it and every other case drops it
  (``wieżowiec`` / ``wieżowca``, ``wieżowców``; ``budynek`` / ``budynku``; ``mieszkaniec`` /
  ``mieszkańca``; ``poseł`` / ``posła``), and a feminine's genitive plural inserts one
  (``matka`` / ``matek``). Snowball cuts endings, so ``wieżowiec`` stays whole while the others
  stem to ``wieżowc``. :func:`fleeting_e_sibling`: a word ending in ``e`` or ``ie`` and one
  consonant takes the stem of a form spelt without that ``e`` plus a case ending
  (``wieżowca``), when that form is a common word whose stem is exactly the word without its
  ``e`` (so ``człowiek`` is left alone: there is no ``człowka``).

Whether a sibling exists is a question for a word list, not spelling, so the rules are applied
once to wordfreq's large lists by ``benchmarks/realworld/gen_plural_siblings.py`` and the
product looks words up in ``plural_siblings.py`` (a dict lookup per word). A sibling must be a
word at Zipf ≥ 2 and at most one Zipf point rarer than the word (the thresholds of
:mod:`enclitics`). Measured in ``benchmarks/realworld/SEARCH_LANGUAGES.md`` (schema 8).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from briefing.search.analysis import fold
from briefing.search.enclitics import LANGUAGES as ENCLITIC_LANGUAGES
from briefing.search.enclitics import MAX_RARER, MIN_ZIPF, plural_sibling

__all__ = ["TABLE_LANGUAGES", "fleeting_e_sibling", "io_plural_sibling", "table_sibling"]

Zipf = Callable[[str], float]

#: The shortest word either rule looks at (``wiek``, ``lek``, ``mi``, ``di`` are left alone).
MIN_LENGTH = 5
#: An Italian ``-i`` plural is also read as the plural of an ``-o`` or ``-e`` word that is at
#: most this much (Zipf) rarer than its ``-io`` singular, and is then left alone.
AMBIGUOUS_WITHIN = 0.5
#: Polish case endings a form without the fleeting ``e`` may take.
_POLISH_ENDINGS = ("a", "u", "y", "i", "e", "ów", "em", "om")
_POLISH_VOWELS = frozenset("aąeęioóuy")
#: The consonants a fleeting ``e`` comes before (``-ec``, ``-ek``, ``-eł``, ``-el``, ``-eń``,
#: ``-em``, ``-en``, ``-ew``). Not ``-iet`` (``pakiet`` / ``pakt``); not ``-er`` either,
#: where loans and names (``lander`` / ``landry``, ``Peter`` / ``Petru``) outnumbered the
#: few Polish nouns (``sweter`` / ``swetra``) on wordfreq's list.
_FLEETING_BEFORE = frozenset("ckłlnńmw")
#: A consonant before ``ie`` is soft; without the ``i`` it is written with an accent
#: (``koniec`` / ``końca``, ``Misiek`` / ``Miśka``, not ``miska``).
_SOFTENED = {"n": "ń", "s": "ś", "z": "ź", "c": "ć"}


@cache
def _snowball(language: str) -> Any:
    """snowballstemmer's stemmer (only the generator and the tests call this, in one thread)."""
    import snowballstemmer

    return snowballstemmer.stemmer({"it": "italian", "pl": "polish"}[language])


def _floor(word: str, zipf: Zipf) -> float:
    return max(MIN_ZIPF, zipf(word) - MAX_RARER)


def io_plural_sibling(word: str, zipf: Zipf) -> str | None:
    """The Italian ``-io`` singular whose stem the plural ``word`` takes, or None."""
    if len(word) < MIN_LENGTH or not word.endswith("i") or word.endswith("ii"):
        return None
    singular = word[:-1] + "io"
    stem = _snowball("it").stemWord
    floor = _floor(word, zipf)
    if stem(word) == stem(singular) or zipf(singular) < floor:
        return None
    # Also the plural of an -o or -e word about as common (``conservatori``: conservatore,
    # conservatorio; ``osservatori``): which one a text means is not in the spelling, so it
    # is left alone. A much rarer one (``benefico`` beside ``beneficio``) does not count.
    rival = zipf(singular) - AMBIGUOUS_WITHIN
    if any(zipf(word[:-1] + ending) >= max(floor, rival) for ending in ("o", "e")):
        return None
    return singular


def fleeting_e_sibling(word: str, zipf: Zipf) -> str | None:
    """The Polish form without the fleeting ``e`` whose stem ``word`` takes, or None."""
    if len(word) < MIN_LENGTH or not word.isalpha() or word[-1] in _POLISH_VOWELS:
        return None
    stem = _snowball("pl").stemWord
    own = fold(stem(word))
    floor = _floor(word, zipf)
    best: tuple[float, str] | None = None
    for base in _without_e(word):
        for ending in _POLISH_ENDINGS:
            candidate = base + ending
            frequency = zipf(candidate)
            if frequency < floor or (best is not None and frequency <= best[0]):
                continue
            found = stem(candidate)
            if found == base and fold(found) != own:
                best = (frequency, candidate)
    return best[1] if best else None


def _without_e(word: str) -> list[str]:
    """``word`` spelt without the ``e`` (or ``ie``) before its last consonant: ``wieżowiec``
    → ``wieżowc``, ``koniec`` → ``końc``, ``budynek`` → ``budynk``; nothing when that
    consonant takes no fleeting ``e``."""
    last, rest = word[-1], word[:-1]
    out: list[str] = []
    if last not in _FLEETING_BEFORE:
        return out
    if rest.endswith("ie") and len(rest) > 3 and rest[-3] not in _POLISH_VOWELS:
        plain = rest[:-2]
        soft = _SOFTENED.get(plain[-1])
        out.append(plain[:-1] + soft + last if soft else plain + last)
    elif rest.endswith("e") and len(rest) > 2 and rest[-2] not in _POLISH_VOWELS:
        out.append(rest[:-1] + last)
    return out


#: Language → the rules tried for it, in order (the first that gives a sibling wins).
RULES: dict[str, tuple[Callable[[str, Zipf], str | None], ...]] = {
    "it": (io_plural_sibling,),
    "pl": (fleeting_e_sibling,),
}


#: Every language the generated table has entries for.
TABLE_LANGUAGES = tuple(dict.fromkeys((*ENCLITIC_LANGUAGES, *RULES)))


def table_sibling(word: str, language: str, zipf: Zipf) -> str | None:
    """The sibling whose stem ``word`` takes in the generated table: the pronoun step's
    (:func:`enclitics.plural_sibling`) first, then this module's rules for ``language``."""
    if language in ENCLITIC_LANGUAGES:
        found = plural_sibling(word, language, zipf)
        if found is not None:
            return found
    for rule in RULES.get(language, ()):
        found = rule(word, zipf)
        if found is not None:
            return found
    return None
