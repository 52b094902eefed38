"""Spelling keys: one form for the ways a name or word is written differently but meant alike.

Split from :mod:`briefing.topics.lexicon`, whose word lists say what a word *is* (a title, a
head noun, a function word); these functions say when two spellings are *one*: accents and
letters Unicode does not decompose folded away (:func:`fold`), the regular differences of
transliteration systems (:func:`skeleton`: Rahmon/Rakhmon), one typing slip
(:func:`edit_distance_at_most_one`) and British/American pairs and plurals
(:func:`spelling_key`). Many modules match names with them and need none of the lists.
"""

from __future__ import annotations

import functools
import re
import unicodedata

#: British and American spellings that name the same subject ("labour"/"labor").
SPELLING = {
    "labour": "labor",
    "defence": "defense",
    "organisation": "organization",
    "programme": "program",
    "centre": "center",
    "offence": "offense",
    "harbour": "harbor",
    "neighbour": "neighbor",
    "favour": "favor",
    "behaviour": "behavior",
    "honour": "honor",
    "licence": "license",
    "armour": "armor",
    "rumour": "rumor",
    "jewellery": "jewelry",
    "modernisation": "modernization",
    "militarisation": "militarization",
    "privatisation": "privatization",
    "globalisation": "globalization",
    "normalisation": "normalization",
    "stabilisation": "stabilization",
}

_TRANSLIT = (
    ("dzh", "j"),
    ("zh", "j"),
    ("kh", "h"),
    ("sch", "sh"),
    ("tch", "ch"),
    ("ck", "k"),
    ("x", "ks"),
    ("w", "v"),
    ("ou", "u"),
    ("yu", "u"),
    ("ya", "a"),
    ("iy", "i"),
    ("ii", "i"),
    ("ey", "ei"),
    ("y", "i"),
    ("ph", "f"),
    ("q", "k"),
)


#: Latin letters that Unicode does not decompose into a base letter and an accent.
UNDECOMPOSED = str.maketrans(
    {
        "ə": "e",
        "Ə": "E",
        "ı": "i",
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ħ": "h",
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "þ": "th",
        "ð": "d",
    }
)


def fold(text: str) -> str:
    """Lower-case form without accents ("Düşənbə" → "dusenbe").

    An ASCII text (a string knows it is one, in constant time) has nothing to decompose,
    translate or strip: it is only lowered (most names a briefing asks about)."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.translate(UNDECOMPOSED))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


@functools.lru_cache(maxsize=1 << 16)
def skeleton(word: str) -> str:
    """A key shared by common romanisations of one name: Rahmon/Rakhmon, Sergey/Sergei.

    Cached by word: the merging asks for the same names' skeletons again and again (~200,000
    calls for ~10,000 articles, most of them repeats), each a Unicode decomposition.

    Russian and Central Asian names reach English through several transliteration systems;
    the differences are regular (kh/h, y/i, ks/x, doubled letters), so folding them gives one
    key without a name list.
    """
    key = fold(word)
    for old, new in _TRANSLIT:
        key = key.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", key)


def edit_distance_at_most_one(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by at most one inserted, deleted or changed letter."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)) :] == b[i + 1 :]


def spelling_key(word: str) -> str:
    """One spelling for British/American pairs and a singular for regular plurals."""
    word = SPELLING.get(word, word)
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ics")):
        return word[:-1]
    return word
