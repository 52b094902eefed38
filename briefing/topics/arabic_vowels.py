"""A short name written by ear in Arabic script, matched by its vowels as well as consonants.

:mod:`.arabic_names` matches a Latin name with its Arabic spelling by consonants alone, since
Arabic leaves short vowels unwritten, and so it skips a name with too few consonants to be
rare ("Kazuo Ueda" keeps "kz d"). A name made of open syllables (Japanese, Polynesian,
Swahili ones: "Kazuo Ueda", "Taro Aso") is written in Arabic with every vowel spelt out as a
long one (ا for "a", و for "o" and "u", ي for "e" and "i": "كازو أويدا"), so its letters,
vowels and all, are a second key as exact as the consonants of a longer name. Both sides are
read into that key (:func:`voweled`): each vowel to one of the three Arabic writes ("e" is
"i", "o" is "u"), the consonant folds of :func:`.arabic_names.consonants`, "h" dropped,
doubled letters one; Arabic's opening alif before a vowel letter ("أو", "إي") only carries
that vowel and is dropped.

Asked only for a person's two-word name the consonant rule does not look for, each word
:data:`MIN_WORD` letters of key at least and the two :data:`MIN_KEY`, and only of two Arabic
words side by side that match both words in order: a short vowel left unwritten (as most
Arabic names are written) simply makes no match.
"""

from __future__ import annotations

import functools
import re

from anyascii import anyascii

__all__ = ["MIN_KEY", "MIN_WORD", "voweled"]

#: The fewest letters a name's two voweled keys hold together, and each of its words.
MIN_KEY = 7
MIN_WORD = 3
#: Arabic letters read as vowels: alifs as "a", waw as "u", ya and alif maqsura as "i".
_ARABIC_VOWELS = {
    "ا": "a",
    "آ": "a",
    "أ": "a",
    "إ": "a",
    "ى": "a",
    "ة": "a",
    "و": "u",
    "ؤ": "u",
    "ي": "i",
    "ئ": "i",
}
_OPENING_ALIFS = frozenset("اأإ")
#: Latin spellings of one Arabic consonant folded together (:mod:`.arabic_names` folds by them).
LATIN_FOLDS = (
    ("ck", "k"),
    ("ph", "f"),
    ("x", "ks"),
    ("p", "b"),
    ("v", "f"),
    ("g", "j"),
    ("c", "k"),
    ("q", "k"),
)
_FOLDS = (
    *LATIN_FOLDS,
    ("e", "i"),
    ("o", "u"),
    ("y", "i"),
    ("w", "u"),
    ("h", ""),
)
_DOUBLED = re.compile(r"(.)\1+")


@functools.lru_cache(maxsize=1 << 14)
def voweled(word: str) -> str:
    """One word, in Latin or Arabic letters, as its consonants and long vowels: "Kazuo" and
    "كازو" are "kazu", "Ueda" and "أويدا" are "uida", "Shinzo" and "شينزو" are "sinzu"."""
    if word[:1] in _OPENING_ALIFS and word[1:2] in ("و", "ي"):
        word = word[1:]
    read = "".join(_ARABIC_VOWELS.get(ch) or anyascii(ch) for ch in word)
    key = "".join(ch for ch in read.casefold() if ch.isalpha())
    for old, new in _FOLDS:
        key = key.replace(old, new)
    return _DOUBLED.sub(r"\1", key)


def voweled_key(words: list[str]) -> tuple[str, str] | None:
    """A two-word Latin name's key (:func:`voweled`), or None when it is too short."""
    if len(words) != 2:
        return None
    keys = (voweled(words[0]), voweled(words[1]))
    if min(map(len, keys)) < MIN_WORD or sum(map(len, keys)) < MIN_KEY:
        return None
    return keys
