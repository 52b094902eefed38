"""Korean's Hangul spelling of a Japanese (Hepburn) name, and the titles Korean writes after
a name; part of :mod:`.east_asian_names`, apart for its size.

Hangul writes a Hepburn name's sounds with its own consonants ("shinzo" 신조, "kishida" 기시다,
"fumio" 후미오): both sides are folded to one key (:func:`korean_key`), vowels kept, and a
person's two Latin words are looked for as two Hangul words, family name first ("아베 신조",
"아베 신조는" with a particle).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Mapping, Sequence

from anyascii import anyascii

from briefing.topics.uncased_sounds import HANGUL, PARTICLES

__all__ = ["HANGUL_TITLES", "hangul_names", "hangul_title", "korean_key"]

#: Title words Korean writes after a name, as a word of their own.
HANGUL_TITLES = frozenset(
    {"전", "총리", "여사", "씨", "대통령", "장관", "의장", "총재", "부인", "위원장", "대표"}
)
_HANGUL_WORD = re.compile(f"[{HANGUL}]+")
#: How Hangul writes the sounds of a Latin (Hepburn) name: "shinzo" 신조 "sinjo", "kishida"
#: 기시다 "gisida", "fumio" 후미오 "humio", "tsu" 쓰 "sseu"; both sides are folded to one.
_HANGUL_FOLDS = (
    ("eu", "u"),
    ("ts", "s"),
    ("sh", "s"),
    ("ch", "j"),
    ("z", "j"),
    ("k", "g"),
    ("t", "d"),
    ("p", "b"),
    ("f", "h"),
    ("ou", "o"),
    ("oo", "o"),
    ("uu", "u"),
    ("ss", "s"),
)


def korean_key(word: str) -> str:
    """A Hangul word or a Latin one as Hangul writes its sounds, vowels kept (a consonant
    key alone made "쓰고 있다", is writing, of "Suga Yoshihide")."""
    key = "".join(ch for ch in anyascii(word).casefold() if ch.isalpha())
    for old, new in _HANGUL_FOLDS:
        key = key.replace(old, new)
    return key


def hangul_names(
    wanted: Mapping[tuple[str, str], str], paragraphs: Sequence[tuple[str, int, str]]
) -> Iterator[tuple[str, str, int, int, str, str]]:
    """(person, article, paragraph, start, family, given) for two Hangul words, family name
    first, whose keys are a person's (``wanted``: family and given names' :func:`korean_key`
    → that person): "아베 신조", "아베 신조는"; ``given`` as written but for a particle; a
    title after it in :func:`hangul_title`."""
    for article, index, text in paragraphs:
        words = list(_HANGUL_WORD.finditer(text))
        for one, two in itertools.pairwise(words):
            if text[one.end() : two.start()] != " ":
                continue
            given = two.group()
            forms = [given] + [given[: -len(p)] for p in PARTICLES if given.endswith(p)]
            for form in filter(None, forms):
                root = wanted.get((korean_key(one.group()), korean_key(form)))
                if root is not None:
                    yield root, article, index, one.start(), one.group(), form
                    break


def hangul_title(word: str) -> str:
    """The title a Hangul word is, but for a particle after it ("총리는"), or ""."""
    for form in (word, *(word[: -len(p)] for p in PARTICLES if word.endswith(p))):
        if form in HANGUL_TITLES:
            return form
    return ""
