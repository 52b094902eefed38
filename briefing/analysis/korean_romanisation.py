"""One Korean name in two romanisation systems: "Hamgyeong" / "Hamgyong", "Hamheung" / "Hamhung".

South Korea's Revised Romanization (2000) writes the vowels ㅓ and ㅡ "eo" and "eu"; the older
McCune-Reischauer, still North Korea's and many outlets' choice, writes them "ŏ" and "ŭ",
usually printed without the breve as "o" and "u", and "si" as "shi"; syllables are run
together, hyphenated or spaced, and aspiration is marked by an apostrophe ("P'yŏngch'ang") or
not. Two outlets that follow the two systems spell one name two ways, which is no disagreement
between them (as "Kim Jong-un" / "Kim Jong Un" is none): the manifests count them as one name.

Two spellings are one name here when both hold:

- they differ only by those alternations (:func:`_key`: "eo" / "o", "eu" / "u", "shi" / "si",
  breves, hyphens, apostrophes and spaces);
- each reads whole as a run of Korean syllables in either system (:func:`reads_korean`: an
  initial consonant, a vowel, a final of the seven a syllable may end on in romanisation),
  which European names rarely do: "Leon" has no Korean initial "l", "Theodor" no "th";
- neither is a given name used outside East Asia (gender-guesser's table, by country):
  "Simeon" / "Simon" read as Korean syllables too, and are two European names.

A misspelling is another change ("Hamgyeong" / "Hamgeyong" swaps letters, "Ghbreyesus" drops
one) and is still flagged by :mod:`.spelling`.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from briefing.analysis.inflection import folded

#: Initial consonants in Revised Romanization and McCune-Reischauer (apostrophes dropped):
#: ㄱ g/k, ㄲ kk, ㄴ n, ㄷ d/t, ㄸ tt, ㄹ r (an initial "l" is English spelling: "Lee"), ㅁ m,
#: ㅂ b/p, ㅃ pp, ㅅ s/sh, ㅆ ss, ㅈ j/ch, ㅉ jj/tch, ㅊ ch, ㅋ k, ㅌ t, ㅍ p, ㅎ h, and none (ㅇ).
_INITIALS = ("", "g", "k", "kk", "n", "d", "t", "tt", "r", "m", "b", "p", "pp", "s", "sh",
             "ss", "j", "ch", "jj", "tch", "h")  # fmt: skip
#: Vowels in both systems, the breves dropped (ㅓ eo/o, ㅡ eu/u, ㅢ ui/ŭi, ㅝ wo/wŏ …).
_VOWELS = ("a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u",
           "wo", "weo", "we", "wi", "yu", "eu", "ui", "eui", "i")  # fmt: skip
#: The finals a syllable ends on when romanised (the seven sounds of a final consonant).
_FINALS = ("", "k", "g", "n", "t", "d", "l", "m", "p", "b", "ng")
#: The longest syllable: "tch" + "yae" + "ng" and the like.
_LONGEST = 8
#: What the two systems write differently, reduced to one spelling, applied in order.
_ALTERNATIONS = (("eo", "o"), ("eu", "u"), ("shi", "si"))
_MARKS = re.compile(r"[\s\-'’ʼ‘`]")


def one_korean_name(a: str, b: str) -> bool:
    """``a`` and ``b`` are one Korean name in two romanisation systems (module docstring)."""
    key_a, key_b = _key(a), _key(b)
    return (
        key_a == key_b
        and bool(key_a)
        and reads_korean(a)
        and reads_korean(b)
        and not _given_elsewhere(a)
        and not _given_elsewhere(b)
    )


def _given_elsewhere(word: str) -> bool:
    """A given name some country outside East Asia uses ("Simon", "Simeon"; not "Jeong")."""
    from briefing.given_name_table import _COLUMNS, _table

    east = {_COLUMNS[c] for c in ("china", "japan", "korea", "vietnam", "other_countries")}
    rows = _table().get(word.casefold(), ())
    return any(ch != " " and i not in east for row in rows for i, ch in enumerate(row))


@lru_cache(maxsize=1 << 14)
def _key(word: str) -> str:
    """The word as both systems would share it: folded, marks dropped, vowels merged."""
    plain = _MARKS.sub("", folded(word).casefold())
    for written, one in _ALTERNATIONS:
        plain = plain.replace(written, one)
    return plain


@lru_cache(maxsize=1 << 14)
def reads_korean(word: str) -> bool:
    """Whether the whole word reads as romanised Korean syllables, in either system."""
    plain = _MARKS.sub("", folded(word).casefold())
    if not plain.isascii() or not plain.isalpha():
        return False
    syllables = _syllables()
    ends = {0}  # the positions a run of syllables can reach
    for at in range(len(plain)):
        if at in ends:
            ends |= {
                at + size for size in range(1, _LONGEST + 1) if plain[at : at + size] in syllables
            }
    return len(plain) in ends


def korean_syllable(word: str) -> bool:
    """Whether ``word`` is one romanised Korean syllable, in either system, with any of the
    finals a romanisation writes ("og" and "seob", the voiced spellings of "ok" and "seop"
    that South Korean passports and ministries often use, as well as "ok" and "seop")."""
    return folded(word).casefold() in _syllables()


@cache
def _syllables() -> frozenset[str]:
    return frozenset(i + v + f for i in _INITIALS for v in _VOWELS for f in _FINALS)
