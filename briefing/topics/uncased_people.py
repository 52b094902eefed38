"""People the packet names in Latin letters, found again in Devanagari, Hangul, Kana and Han.

A Hindi, Korean, Japanese or Chinese article writes a foreign person's name by ear ("नरेंद्र
मोदी", "나렌드라 모디", "ナレンドラ・モディ", "纳伦德拉·莫迪" for Narendra Modi), with no capital to
show it is a name, so the first pass never sees it (Arabic script is :mod:`.arabic_names`').
Romanised by anyascii ("nremdr modi", "NaLenDeuLa MoDi", "narendora-modei", "NaLunDeLa-MoDi"),
each spelling keeps the name's consonants in order once the differences those scripts make
are folded (:func:`sound_key`): the vowels they add or drop, one letter for r and l (Korean ㄹ,
Japanese ラ行, Chinese 拉/勒), for p, b, f and v, for t and d, for k and g, for n, m and ng
(a nasal before a consonant, "トランプ", "ट्रंप", "特朗普" for Trump).

That key is coarse, so only full names are looked for, as :mod:`.arabic_names` does: two
words or more, :data:`MIN_CONSONANTS` consonants at least, every word matching in order and
standing side by side (a space, or the middle dot Japanese and Chinese write between a foreign
name's parts: "・", "·"); a key two people of the packet share is dropped. A surname alone is
never matched: "モディ" is "nt", which half the words of a language might be.

An acronym the packet writes in capitals and Hindi writes by its letters' sounds ("इसरो" for
ISRO) is the same acronym when the romanised word is the acronym itself, four letters or more.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Mapping, Sequence

from anyascii import anyascii

from briefing.topics.candidates import Occurrence

__all__ = ["MIN_CONSONANTS", "acronym_uses", "person_uses", "sound_key"]

#: The fewest consonants a full name keeps to be looked for.
MIN_CONSONANTS = 5
_DEVANAGARI = "\u0900-\u097f"
_HANGUL = "\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7af"
_KATAKANA = "\u30a1-\u30fa\u30fc-\u30ff\u31f0-\u31ff\uff66-\uff9f"  # without the middle dot
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
#: A word as these scripts write a foreign name's part: Devanagari and Hangul words between
#: spaces, a Katakana run, a Han run.
_WORD = re.compile(f"[{_DEVANAGARI}]+|[{_HANGUL}]+|[{_KATAKANA}]+|[{_HAN}]+")
#: What may stand between two parts of one name.
_BETWEEN = frozenset({" ", "・", "·", "•", "‧", "＝", "="})
#: Korean particles after a name's last word (the longest tried first).
_PARTICLES = tuple(
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
_FOLDS = (
    ("ck", "k"),
    ("ph", "f"),
    ("x", "ks"),
    ("ng", "n"),
    ("q", "k"),
    ("c", "k"),
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
_HAN_RUN = re.compile(f"[{_HAN}]+")
_VOWEL_SOUND = re.compile(r"[aeiouy]+")
#: A character read as a vowel alone (阿 a, 奥 ao, 埃 ai), not "也" (ye, also) nor "乌" (wu).
_OPENING_VOWEL = re.compile(r"[aeiou]+")
_DEVANAGARI_WORD = re.compile(f"[{_DEVANAGARI}]+")


@functools.lru_cache(maxsize=1 << 14)
def sound_key(word: str) -> str:
    """One word, in any script, as the folded consonants its spellings by ear keep:
    "Trump", "ट्रंप", "트럼프", "トランプ" and "特朗普" are all "tlnb"."""
    key = "".join(ch for ch in anyascii(word).casefold() if ch.isalpha())
    for old, new in _FOLDS:
        key = key.replace(old, new)
    return _DOUBLED.sub(r"\1", _VOWELS.sub("", key))


def _wanted(people: Mapping[str, Iterable[str]]) -> dict[tuple[str, ...], str]:
    """Key of each full name in Latin letters → its person; a key two people share is none."""
    owners: dict[tuple[str, ...], set[str]] = {}
    for root, surfaces in people.items():
        for surface in surfaces:
            words = surface.split()
            if len(words) < 2 or not all(ch < "\u0250" for ch in surface if ch.isalpha()):
                continue
            keys = tuple(sound_key(w) for w in words)
            if all(keys) and sum(map(len, keys)) >= MIN_CONSONANTS:
                owners.setdefault(keys, set()).add(root)
    return {k: next(iter(v)) for k, v in owners.items() if len(v) == 1}


def person_uses(
    people: Mapping[str, Iterable[str]],
    paragraphs: Sequence[tuple[str, int, str]],
) -> dict[str, list[Occurrence]]:
    """Each person (root → their written names) → their full names in the paragraphs'
    Devanagari, Hangul, Katakana and Han words, matched word by word by :func:`sound_key`."""
    wanted = _wanted(people)
    if not wanted:
        return {}
    sizes = sorted({len(k) for k in wanted}, reverse=True)
    found: dict[str, list[Occurrence]] = {}
    for article, index, text in paragraphs:
        words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
        i = 0
        while i < len(words):
            hit = _match_at(text, words, i, sizes, wanted)
            if hit is None:
                i += 1
                continue
            root, start, end, used = hit
            found.setdefault(root, []).append(
                Occurrence(article, index, start, end, text[start:end])
            )
            i += used
    return found


def _match_at(
    text: str,
    words: list[tuple[int, int]],
    i: int,
    sizes: list[int],
    wanted: Mapping[tuple[str, ...], str],
) -> tuple[str, int, int, int] | None:
    for size in sizes:
        run = words[i : i + size]
        if len(run) < size:
            continue
        if any(text[a[1] : b[0]] not in _BETWEEN for a, b in itertools.pairwise(run)):
            continue
        parts = [text[a:b] for a, b in run]
        han = [bool(_HAN_RUN.fullmatch(p)) for p in parts]
        if any(han):
            found = _han_match(text, run, parts, han, wanted)
            if found is not None:
                return (*found, size)
            continue
        # each word is a whole run of its script ("モディ首相" is two words here), the last
        # but for a Korean particle ("모디는")
        keys = tuple(sound_key(p) for p in parts)
        root = wanted.get(keys)
        end = run[-1][1]
        if root is None and re.match(f"[{_HANGUL}]", parts[-1]):
            for particle in _PARTICLES:
                if parts[-1].endswith(particle) and len(parts[-1]) > len(particle):
                    root = wanted.get((*keys[:-1], sound_key(parts[-1][: -len(particle)])))
                    if root is not None:
                        end -= len(particle)
                        break
        if root is not None:
            return root, run[0][0], end, size
    return None


def acronym_uses(
    acronyms: Mapping[str, str], paragraphs: Sequence[tuple[str, int, str]]
) -> dict[str, list[Occurrence]]:
    """Each acronym's topic (acronym in capitals → root) → the Devanagari words that spell
    it by sound ("इसरो", "isro": ISRO), for acronyms of four letters or more."""
    wanted = {a.casefold(): r for a, r in acronyms.items() if len(a) >= 4 and a.isupper()}
    found: dict[str, list[Occurrence]] = {}
    if not wanted:
        return found
    for article, index, text in paragraphs:
        for m in _DEVANAGARI_WORD.finditer(text):
            root = wanted.get(anyascii(m.group()).casefold())
            if root is not None:
                found.setdefault(root, []).append(
                    Occurrence(article, index, m.start(), m.end(), m.group())
                )
    return found


def _han_match(
    text: str,
    run: list[tuple[int, int]],
    parts: list[str],
    han: list[bool],
    wanted: Mapping[tuple[str, ...], str],
) -> tuple[str, int, int] | None:
    """A Han name is only found with the dots between its parts ("纳伦德拉·莫迪"): a run of Han
    has no word edges, so the first part is the shortest tail of its run that fits and the
    last the shortest head that fits, each with the vowels around it ("问马尔科·卢比奥" is
    "马尔科·卢比奥", Marco Rubio; "阿马杜", Amadou, opens with 阿)."""
    if not all(han) or any(text[a[1] : b[0]] == " " for a, b in itertools.pairwise(run)):
        return None
    middle = tuple(sound_key(p) for p in parts[1:-1])
    first, last = parts[0], parts[-1]
    for a in range(len(first) - 1, max(-1, len(first) - 7), -1):
        head = sound_key(first[a:])
        for b in range(1, min(len(last), 6) + 1):
            root = wanted.get((head, *middle, sound_key(last[:b])))
            if root is not None:
                while b < len(last) and _VOWEL_SOUND.fullmatch(anyascii(last[b]).casefold()):
                    b += 1  # "卢比奥", Rubio: a vowel's character ends the name
                while a and _OPENING_VOWEL.fullmatch(anyascii(first[a - 1]).casefold()):
                    a -= 1  # "阿马杜", Amadou: and one opens it
                return root, run[0][0] + a, run[-1][0] + b
    return None
