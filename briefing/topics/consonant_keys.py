"""One surname romanised by several languages' conventions: Gaddafi / Kadhafi / Gheddafi.

Names from Arabic (and other languages written without short vowels) reach each European
language through its own romanisation: French writes ``Kadhafi``, Italian ``Gheddafi``,
English ``Gaddafi`` or ``Qaddafi``, Spanish ``Gadafi``, Portuguese ``Kadafi``. The letters
differ in every place a romanisation chooses: the vowels (never written in the source), a
doubled consonant, and the letters for the same few sounds (q / k / g / gh / kh, d / dh). A
name that reaches Cyrillic, Greek or Armenian by ear does the same to an English or French
spelling: "Cameron" is "Кэмерон" ("kemeron") in Russian, "Камерън" ("kamern") in Bulgarian,
its hard "c" a "k" and its vowels respelled. More than one letter apart, so
:func:`person_spellings.same_person`'s spelling test does not see them as one.

:func:`consonant_key` reduces a surname to what every romanisation keeps: its consonants, in
order, doubled ones once, with those choices folded. It is only asked of surnames of six
letters or more whose key keeps three consonants, and only beside given names that
:func:`person_spellings.same_given_name` already finds alike ("Muammar" / "Mouammar"), so two
people who share a surname are still two people, and short surnames, whose keys collide
by chance ("Kant" / "Gant"), are never compared this way.
"""

from __future__ import annotations

import re

__all__ = ["consonant_key"]

#: The shortest surname compared by its consonants.
MIN_LETTERS = 6
#: The fewest consonants a key keeps.
MIN_CONSONANTS = 3
#: Letters romanisations choose between for one sound, longest first.
_FOLDS = (("kh", "k"), ("gh", "k"), ("dh", "d"), ("q", "k"), ("g", "k"))
#: A hard "c" (before a back vowel, a consonant or at the end) is the sound "k" every
#: alphabet that spells by ear writes so ("Cameron" / "Кэмерон"); a soft one ("Cecil") is
#: not.
_HARD_C = re.compile(r"c(?![eiyh])")
_VOWELS = re.compile(r"[aeiouy]+")
_DOUBLED = re.compile(r"(.)\1+")


def consonant_key(surname: str) -> str | None:
    """``surname`` (a lower-case Latin key word) as its folded consonants ("gheddafi" →
    "#kdf", "kadhafi" → "#kdf", "cameron" and "kemeron" → "#kmrn"); None for a short
    surname or one with too few consonants."""
    if len(surname) < MIN_LETTERS or not surname.isascii() or not surname.isalpha():
        return None
    key = _HARD_C.sub("k", surname)
    for old, new in _FOLDS:
        key = key.replace(old, new)
    key = _DOUBLED.sub(r"\1", _VOWELS.sub("", key))
    return "#" + key if len(key) >= MIN_CONSONANTS else None
