"""One key for a Korean name in any script: Hangul, Hanja, Latin, Cyrillic or katakana.

A Korean name is a few syllables, and every script the news writes it in keeps their
consonants while each spells the vowels its own way: "Kim Jong-un" (Revised Romanization of
김정은, with a hyphen or a space between the given name's syllables: "Kim Jong Un"),
"Ким Чен Ын" (the Russian press's Kontsevich-style "Чен" for 정, where the Latin has "Jong"),
"金正恩" (its Hanja, read in Korean: 금/김 정 은), "キムジョンウン" (Japanese katakana). So the
key is the consonant skeleton (:func:`skeleton`: the consonants, aspiration and doubling
folded, "k"/"g", "t"/"d", "p"/"b", "ch"/"j", "r"/"l" one each, "ng" as "n" since Kontsevich
writes final ㅇ "н") and the number of syllables (:func:`syllables`; not for katakana, which
adds vowels). Two Latin spellings of two people can share a skeleton ("Kim Jong-un" and a
made-up "Kim Jung-eun"), so Latin against Latin also compares the vowels (:func:`latin_fold`).

Hanja are read by Unihan's kHangul readings (``hanja_readings.txt``: ``hanja``, the maintained
PyPI library, pins its own pytest and PyYAML as run-time requirements and cannot be installed
beside this package; see benchmarks/realworld/gen_hanja_readings.py). Hangul is romanised by
anyascii (Revised Romanization), already a dependency: ``hangul-romanize`` (2020, licence
unstated in its metadata) and ``korean-romanizer`` (GPL-3.0) give the same consonants for
these names and add nothing a key needs.

A person's name is told by its shape: a Korean family name (:data:`FAMILY_SPELLINGS`, the
commonest family names and their usual Latin spellings: Kim, Lee, Park, Moon ...) and a given
name of two syllables, hyphenated or spaced ("Moon Jae-in", "Park Ji-hoon", "Kim Jong Un"),
or in Cyrillic three one-syllable words ("Мун Чжэ Ин", "Пак Чи Хун"). A place's: syllables and
a hyphenated administrative suffix (:data:`PLACE_SUFFIXES`: "Punggye-ri", "Yeonpyeong-do").
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from anyascii import anyascii

if TYPE_CHECKING:
    from briefing.topics.tokens import Token

__all__ = [
    "FAMILY_SPELLINGS",
    "HANGUL_SUFFIXES",
    "PLACE_SUFFIXES",
    "han_keys",
    "han_readings",
    "korean_cities",
    "korean_place_at",
    "korean_syllables",
    "latin_fold",
    "name_folds",
    "name_keys",
    "person_shape",
    "place_shape",
    "skeleton",
    "suffixed_keys",
    "syllables",
]

#: The commonest Korean family names (nine in ten Koreans bear one) and the Latin spellings
#: the press gives them beside the Revised Romanization anyascii makes of the Hangul; the
#: Cyrillic ones are matched by :func:`skeleton` ("Ким", "Пак", "Ли", "Мун").
FAMILY_SPELLINGS: dict[str, tuple[str, ...]] = {
    "김": ("kim", "gim"),
    "이": ("lee", "yi", "rhee", "ri", "li", "rhie"),
    "박": ("park", "pak", "bak", "bahk"),
    "최": ("choi", "choe", "chey"),
    "정": ("jung", "chung", "jeong", "chong", "joung"),
    "강": ("kang", "gang"),
    "조": ("cho", "jo", "joe"),
    "윤": ("yoon", "yun"),
    "장": ("jang", "chang"),
    "임": ("lim", "im", "rim", "yim"),
    "한": ("han",),
    "오": ("oh", "o"),
    "서": ("seo", "suh", "so"),
    "신": ("shin", "sin"),
    "권": ("kwon", "gwon"),
    "황": ("hwang",),
    "안": ("ahn", "an"),
    "송": ("song",),
    "류": ("ryu", "yoo", "yu", "ryoo", "rhyu"),
    "전": ("jeon", "chun", "jun", "chon"),
    "홍": ("hong",),
    "고": ("ko", "koh", "go"),
    "문": ("moon", "mun"),
    "양": ("yang",),
    "손": ("son", "sohn"),
    "배": ("bae", "pae"),
    "백": ("baek", "paek", "paik"),
    "허": ("heo", "hur", "huh"),
    "유": ("yoo", "yu"),
    "남": ("nam",),
    "심": ("shim", "sim"),
    "노": ("noh", "roh", "no"),
    "하": ("ha",),
    "곽": ("kwak", "gwak"),
    "성": ("sung", "seong"),
    "차": ("cha",),
    "주": ("joo", "ju", "chu"),
    "우": ("woo", "u"),
    "구": ("koo", "ku", "gu"),
    "민": ("min",),
    "진": ("jin", "chin"),
    "나": ("na", "ra"),
    "지": ("ji", "chi"),
    "엄": ("eom", "um"),
    "채": ("chae",),
    "원": ("won",),
    "천": ("cheon", "chun"),
    "방": ("bang", "pang"),
    "공": ("kong", "gong"),
    "현": ("hyun", "hyeon"),
    "함": ("ham",),
    "변": ("byun", "byeon", "pyon"),
    "염": ("yeom", "yum"),
    "여": ("yeo", "yo"),
    "추": ("choo", "chu"),
    "도": ("do",),
    "석": ("seok", "suk"),
    "설": ("seol", "sul"),
    "길": ("gil", "kil"),
    "위": ("wi", "wee"),
    "표": ("pyo",),
    "명": ("myung", "myeong"),
    "반": ("ban", "pan"),
    "왕": ("wang",),
    "금": ("keum", "geum"),
    "옥": ("ok",),
    "맹": ("maeng",),
    "탁": ("tak",),
    "국": ("kook", "guk"),
}
#: Hyphenated suffixes of Korean place names: village, neighbourhood, county, province,
#: town, township ("Punggye-ri", "Yeonpyeong-do", "Kilju-gun").
PLACE_SUFFIXES = frozenset({"ri", "ni", "dong", "gun", "do", "eup", "myeon", "myon"})
#: The same suffixes in Hangul, read alike in Hanja ("길주군", "吉州郡": Kilju county).
HANGUL_SUFFIXES = ("리", "동", "군", "도", "읍", "면", "시")

_HYPHENS = frozenset("-\u2010\u2011")
_VOWEL = "(?:[yw]?(?:ae|eo|eu|oe|ui|oo|ee|ou|a|e|i|o|u))"
#: One romanised Korean syllable, RR or McCune-Reischauer (breves and apostrophes dropped)
#: or the press's English-like spellings ("Moon", "Young", "Lee").
_SYLLABLE = f"(?:kk|tt|pp|ss|jj|tch|ch|sh|[kgndtrlmbpsjh])?{_VOWEL}(?:ng|[nmkglpbth])?"
_SYLLABLES = re.compile(f"(?>{_SYLLABLE})+")  # atomic: no backtracking through vowel runs
_ONE_SYLLABLE = re.compile(_SYLLABLE)
_VOWEL_GROUP = re.compile("[aeiouyw]+")
_FOLDS = (
    ("chzh", "j"),  # Cyrillic "Чж" (Kontsevich ㅈ)
    ("tch", "j"),
    ("zh", "j"),
    ("ch", "j"),
    ("sh", "s"),
    ("ts", "j"),
    ("pkh", "p"),  # Cyrillic "Пх", "Тх", "Кх", "Чх": aspiration
    ("tkh", "t"),
    ("kkh", "k"),
    ("jkh", "j"),
    ("kh", "h"),  # Cyrillic "Х": ㅎ
    ("v", "w"),  # Cyrillic "в" of ㅘ/ㅝ/ㅚ ("Чхве")
    ("kk", "k"),
    ("tt", "t"),
    ("pp", "p"),
    ("ss", "s"),
    ("jj", "j"),
    ("ll", "l"),
    ("ngg", "ng"),  # "Punggye" against Kontsevich "Пхунге"
    ("ng", "n"),
)
_CONSONANTS = str.maketrans({"k": "g", "t": "d", "p": "b", "r": "l", "f": "h"})  # kana フ: ㅎ
_VOWEL_FOLDS = (("eo", "o"), ("eu", "u"), ("ae", "e"), ("oo", "u"), ("ee", "i"), ("ou", "o"))


def _latin(text: str) -> str:
    """The letters a-z of ``text`` in lower case, any script transliterated by anyascii."""
    return "".join(ch for ch in anyascii(text).casefold() if "a" <= ch <= "z")


def skeleton(text: str) -> str:
    """The consonants of a name in any alphabet or in Hangul, folded (module docstring):
    "Kim Jong-un", "Ким Чен Ын", "김정은" and "キムジョンウン" are all "gmjnn"."""
    word = _latin(text)
    for old, new in _FOLDS:
        word = word.replace(old, new)
    return _VOWEL_GROUP.sub("", word.translate(_CONSONANTS))


def syllables(text: str) -> int:
    """How many syllables a romanised, Cyrillic or Hangul name has: its Hangul blocks, or its
    vowel groups word by word ("Kim Young-woo" 3, "Пхунгери" 3)."""
    blocks = sum("\uac00" <= ch <= "\ud7a3" for ch in text)
    if blocks:
        return blocks
    return sum(len(_VOWEL_GROUP.findall(_latin(w))) for w in re.split(r"[\s\-‐‑]+", text))


def latin_fold(text: str) -> str:
    """A romanised name with its vowels, the systems' spellings folded: "Kim Jong-un" and
    "Kim Jong Un" are one, "Kim Jung-eun" another."""
    word = _latin(text)
    for old, new in _FOLDS:
        word = word.replace(old, new)
    for old, new in _VOWEL_FOLDS:
        word = word.replace(old, new)
    return word.translate(_CONSONANTS)


def korean_syllables(word: str) -> bool:
    """A Latin word made of romanised Korean syllables ("Punggye", "Jong", "Sungjibaegam"),
    which "Trump", "Seoul-based" or "Strasbourg" are not."""
    letters = anyascii(word).casefold().replace("'", "").replace("’", "")
    return letters.isalpha() and _SYLLABLES.fullmatch(letters) is not None


@functools.cache
def _family_words() -> frozenset[str]:
    return frozenset(
        spelling
        for hangul, spellings in FAMILY_SPELLINGS.items()
        for spelling in (*spellings, _latin(hangul))
    )


@functools.cache
def _family_skeletons() -> frozenset[str]:
    return frozenset(skeleton(h) for h in FAMILY_SPELLINGS) | {skeleton("리"), skeleton("류")}


def _one_syllable(word: str) -> bool:
    letters = anyascii(word).casefold()
    return letters.isalpha() and _ONE_SYLLABLE.fullmatch(letters) is not None


def person_shape(name: str) -> bool:
    """A Korean person's full name: a family name then a two-syllable given name, in Latin
    ("Moon Jae-in", "Kim Jong Un", "Park Ji-hoon") or Cyrillic ("Мун Чжэ Ин"); not "Kim
    Jong" (one given syllable), "Lee Anderson" nor "Park Avenue"."""
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    if not name.isascii() and all("\u0400" <= ch <= "\u04ff" for w in words for ch in w):
        return (
            len(words) == 3
            and all(syllables(w) == 1 for w in words)
            and skeleton(words[0]) in _family_skeletons()
        )
    if not name.isascii() or words[0].casefold() not in _family_words():
        return False
    given = words[1:]
    if len(given) == 1:
        parts = given[0].split("-")
        return len(parts) == 2 and all(map(_one_syllable, parts))
    return len(given) == 2 and all(map(_one_syllable, given))


def _family_read(name: str) -> tuple[list[str], str]:
    """A Latin name's family name as the Hangul it spells ("Park" is 박, "Yoo" 유 or 류) and
    the rest of the name; no Hangul for any other name."""
    words = name.split()
    if len(words) > 1 and name.isascii():
        family = words[0].casefold()
        hangul = [h for h, spellings in FAMILY_SPELLINGS.items() if family in spellings]
        return hangul, " ".join(words[1:])
    return [], name


def name_keys(name: str) -> set[str]:
    """A name's skeletons, a Latin family name read as the Hangul it spells ("Park" is 박,
    whose skeleton has no "l")."""
    hangul, given = _family_read(name)
    if hangul:
        return {skeleton(h) + skeleton(given) for h in hangul}
    return {skeleton(name)}


def name_folds(name: str) -> set[str]:
    """A Latin name's :func:`latin_fold`, its family name read as Hangul ("Park Ji-hoon" and
    "Pak Ji-hoon" are one); none for a name in another alphabet."""
    if not name.isascii():
        return set()
    hangul, given = _family_read(name)
    if hangul:
        return {latin_fold(h) + latin_fold(given) for h in hangul}
    return {latin_fold(name)}


def place_shape(name: str) -> bool:
    """A Korean place's name with its administrative suffix after a hyphen: "Punggye-ri",
    "Yeonpyeong-do"; not "Seoul-based" nor "Trump-do"."""
    if " " in name or not name.isascii():
        return False
    stem, dash, suffix = name.rpartition("-")
    return bool(dash) and suffix in PLACE_SUFFIXES and korean_syllables(stem)


def korean_place_at(tokens: Sequence[Token], j: int) -> bool:
    """``tokens[j]``, a hyphen and a lower-case place suffix, all touching, are one Korean
    place's name ("Punggye-ri", "Yeonpyeong-do"): the word scan would stop at the hyphen and
    keep "Punggye". Not "Seoul-based", "Paris-do" (no suffix; no Korean syllables), nor a
    further hyphen ("Punggye-ri-style")."""
    if j + 2 >= len(tokens):
        return False
    left, dash, right = tokens[j], tokens[j + 1], tokens[j + 2]
    return (
        dash.text == "-"
        and left.end == dash.start
        and dash.end == right.start
        and right.text in PLACE_SUFFIXES
        and left.text[:1].isupper()
        and not (
            j + 3 < len(tokens) and tokens[j + 3].text in "-‐‑" and tokens[j + 3].start == right.end
        )
        and korean_syllables(left.text)
        and syllables(left.text) >= 2
    )


@functools.cache
def _readings() -> dict[str, tuple[str, ...]]:
    text = (Path(__file__).parent / "hanja_readings.txt").read_text(encoding="utf-8")
    return {line[0]: tuple(line[1:]) for line in text.splitlines() if line and line[0] != "#"}


def han_readings(run: str, limit: int = 16) -> set[str]:
    """The Hangul readings of a run of Han characters as Hanja ("金正恩": 김정은, 금정은); none
    when a character has no reading, at most ``limit``."""
    table = _readings()
    options = []
    for ch in run:
        readings = table.get(ch)
        if not readings:
            return set()
        options.append(readings)
    return {"".join(combo) for combo in itertools.islice(itertools.product(*options), limit)}


def han_keys(run: str, limit: int = 16) -> set[str]:
    """The skeletons a run of Han characters has, read as Hanja in Korean ("金正恩": 김정은
    or 금정은); empty when a character has no reading, or the readings mix past ``limit``."""
    return {skeleton(reading) for reading in han_readings(run, limit)}


@functools.cache
def korean_cities() -> frozenset[str]:
    """The gazetteer's towns in North and South Korea (GeoNames), by their Latin names."""
    from briefing import geodata

    return frozenset(c.name for c in geodata.cities() if c.countrycode in ("KP", "KR"))


def suffixed_keys(name: str) -> set[tuple[str, int]]:
    """A Korean town's keys with each administrative suffix after it: "Kilju" as written
    "길주군" or "吉州郡" (county)."""
    count = syllables(name) + 1
    return {(skeleton(f"{name} {suffix}"), count) for suffix in HANGUL_SUFFIXES}
