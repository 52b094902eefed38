"""How a name written by ear in Devanagari, Hangul, Kana or Han is keyed: by its consonants.

Split from :mod:`briefing.topics.uncased_people`, which looks for the packet's people in
those scripts: this is the key both sides are compared by, kept apart because it is the
part that knows the scripts (their letters' ranges, the particles Korean glues to a name)
and how their spellings by ear differ from the Latin name (the vowels they add or drop, one
letter for r and l, for p, b, f and v, for t and d, for k and g, for n, m and ng), while the
search only asks whether two keys agree.
"""

from __future__ import annotations

import functools
import re

from anyascii import anyascii

__all__ = ["DEVANAGARI", "HAN", "HANGUL", "KATAKANA", "PARTICLES", "sound_key", "sound_size"]

#: The letters of each script a foreign name is written by ear in, as regex ranges.
DEVANAGARI = "\u0900-\u097f"
HANGUL = "\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7af"
KATAKANA = "\u30a1-\u30fa\u30fc-\u30ff\u31f0-\u31ff\uff66-\uff9f"  # without the middle dot
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
#: Korean particles after a name's last word (the longest tried first).
PARTICLES = tuple(
    sorted(
        [
            "의",
            "는",
            "은",
            "가",
            "이",
            "를",
            "을",
            "에게",
            "와",
            "과",
            "도",
            "로",
            "으로",
            "만",
            "까지",
            "처럼",
            "이다",
            "였다",
            "이었다",
            "측",
            "씨",
            "씨는",
            "씨의",
            "씨가",
        ],
        key=len,
        reverse=True,
    )
)
#: How Latin spellings write one sound two ways; every reading by ear folds these first.
SPELLING_FOLDS = (
    ("ck", "k"),
    ("ph", "f"),
    ("x", "ks"),
    ("ng", "n"),
    ("q", "k"),
    ("c", "k"),
)
_FOLDS = (
    *SPELLING_FOLDS,
    ("g", "k"),
    ("f", "b"),
    ("v", "b"),
    ("p", "b"),
    ("d", "t"),
    ("r", "l"),
    ("z", "s"),
    ("m", "n"),
)
_VOWELS = re.compile(r"[aeiouwyh]+")
_DOUBLED = re.compile(r"(.)\1+")


@functools.lru_cache(maxsize=1 << 14)
def sound_key(word: str) -> str:
    """One word, in any script, as the folded consonants its spellings by ear keep:
    "Trump", "ट्रंप", "트럼프", "トランプ" and "特朗普" are all "tlnb"."""
    key = "".join(ch for ch in anyascii(word).casefold() if ch.isalpha())
    for old, new in _FOLDS:
        key = key.replace(old, new)
    return _DOUBLED.sub(r"\1", _VOWELS.sub("", key))


def sound_size(word: str) -> tuple[int, int]:
    """A word's consonants as :func:`sound_key` reads them before doubled ones are one
    ("阿德拉马内" has four, as "Abdramane" has five, "阿德拉马" three), and its letters."""
    key = "".join(ch for ch in anyascii(word).casefold() if ch.isalpha())
    letters = len(key)
    for old, new in _FOLDS:
        key = key.replace(old, new)
    return len(_VOWELS.sub("", key)), letters
