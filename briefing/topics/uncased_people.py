"""People the packet names in Latin letters, found again in Devanagari, Hangul, Kana and Han.

A Hindi, Korean, Japanese or Chinese article writes a foreign person's name by ear ("नरेंद्र
मोदी", "나렌드라 모디", "ナレンドラ・モディ", "纳伦德拉·莫迪" for Narendra Modi), with no capital to
show it is a name, so the first pass never sees it (Arabic script is :mod:`.arabic_names`').
Romanised by anyascii ("nremdr modi", "NaLenDeuLa MoDi", "narendora-modei", "NaLunDeLa-MoDi"),
each spelling keeps the name's consonants in order once the differences those scripts make
are folded (:func:`~.uncased_sounds.sound_key`): the vowels they add or drop, one letter for
r and l (Korean ㄹ, Japanese ラ行, Chinese 拉/勒), for p, b, f and v, for t and d, for k and g,
for n, m and ng (a nasal before a consonant, "トランプ", "ट्रंप", "特朗普" for Trump).

That key is coarse, so only full names are looked for, as :mod:`.arabic_names` does: two
words or more, :data:`MIN_CONSONANTS` consonants at least, every word matching in order and
standing side by side (a space, or the middle dot Japanese and Chinese write between a foreign
name's parts: "・", "·"); a key two people of the packet share is dropped. A surname alone is
never matched by its sound ("モディ" is "nt", which half the words of a language might be),
only as the packet's own full-name matches wrote it ("特朗普" once "唐纳德·特朗普" is found).

Han runs have no word edges: a Han name is looked for only with its dots, its first part
the tail of a run (three consonants at least: "纳德" of "唐纳德" would fit Amadou) and its
last part the head of the next; Han writes a name loosely (普京 for Putin, "bjn"/"btn"), so a
word may change one letter there, never gain or lose one.

A surname or first name alone is looked for after the full names (:mod:`.uncased_surnames`,
and a short one beside a title, :mod:`.short_surnames`);
an acronym Hindi writes by its letters' sounds is :mod:`.uncased_acronyms`'.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Container, Iterable, Mapping, Sequence

from anyascii import anyascii

from briefing.topics.candidates import Occurrence
from briefing.topics.name_links import article_forms, shorter_forms
from briefing.topics.short_surnames import short_surnames
from briefing.topics.spelling import edit_distance_at_most_one
from briefing.topics.uncased_sounds import (
    DEVANAGARI,
    HAN,
    HANGUL,
    KATAKANA,
    PARTICLES,
    sound_key,
    sound_size,
)
from briefing.topics.uncased_surnames import MIN_SURNAME_CONSONANTS, _short_forms, _surnames

__all__ = ["MIN_CONSONANTS", "person_uses"]

#: The fewest consonants a full name keeps to be looked for.
MIN_CONSONANTS = 5
#: A word as these scripts write a foreign name's part: Devanagari and Hangul words between
#: spaces, a Katakana run, a Han run.
_WORD = re.compile(f"[{DEVANAGARI}]+|[{HANGUL}]+|[{KATAKANA}]+|[{HAN}]+")
#: What may stand between two parts of one name.
_BETWEEN = frozenset({" ", "・", "·", "•", "‧", "＝", "="})
_HAN_RUN = re.compile(f"[{HAN}]+")
_VOWEL_SOUND = re.compile(r"[aeiouy]+")
#: A character read as a vowel alone (阿 a, 奥 ao, 埃 ai), not "也" (ye, also) nor "乌" (wu).
_OPENING_VOWEL = re.compile(r"[aeiou]+")


class _Wanted(dict[tuple[str, ...], str]):
    """Key of each full name in Latin letters → its person (a key two people share is none),
    and :meth:`near`, the one person whose key is a letter away in each word."""

    def __init__(self, people: Mapping[str, Iterable[str]], persons: Container[str] = ()) -> None:
        #: Whether each key's name opens and ends with a vowel ("Amadou", "Rubio"): where a
        #: Han name may take a vowel's character at its edge.
        self.vowels: dict[tuple[str, ...], tuple[bool, bool]] = {}
        #: The letters of each key's name's first and last words, romanised: which cut of a
        #: Han run is the name ("阿德拉马内", not "阿德拉马", for Abdramane).
        self.lengths: dict[tuple[str, ...], tuple[tuple[int, int], tuple[int, int]]] = {}
        owners: dict[tuple[str, ...], set[str]] = {}
        #: A person's shorter forms (:func:`~.name_links.shorter_forms`), looked for only
        #: where no full name has their key; never a body's ("Finnland der NATO").
        shorter: dict[tuple[str, ...], set[str]] = {}
        for root, surfaces in people.items():
            for surface in surfaces:
                words = surface.split()
                if len(words) < 2 or not all(ch < "\u0250" for ch in surface if ch.isalpha()):
                    continue
                person = root in persons  # "Al Zayani" also as "알자야니", "ザヤニ"
                full = [words, *article_forms(words)] if person else [words]
                cuts = shorter_forms(words) if person else []
                for name, into in [(f, owners) for f in full] + [(c, shorter) for c in cuts]:
                    keys = tuple(sound_key(w) for w in name)
                    if all(keys) and sum(map(len, keys)) >= MIN_CONSONANTS:
                        into.setdefault(keys, set()).add(root)
                        if into is owners or keys not in self.vowels:  # a full name's first
                            self.vowels[keys] = (_vowel(name[0][:1]), _vowel(name[-1][-1:]))
                            self.lengths[keys] = (sound_size(name[0]), sound_size(name[-1]))
        for keys, roots in shorter.items():
            owners.setdefault(keys, roots)
        # a key two topics share is none's, unless one is a person and the other a body
        # (a duplicate of that person typed a body: "Vladímir Putin")
        super().__init__(
            {k: people_of[0] for k, v in owners.items() if len(people_of := _one(v)) == 1}
        )
        #: Each key's last word with a letter deleted or not → the keys: the only keys
        #: :meth:`near` compares (a symmetric-deletion index, so a large packet stays cheap).
        self._by_last: dict[str, set[tuple[str, ...]]] = {}
        for keys in self:
            for variant in _deletions(keys[-1]):
                self._by_last.setdefault(variant, set()).add(keys)

    def near(self, keys: tuple[str, ...]) -> tuple[tuple[str, ...], int] | None:
        """The person whose key is ``keys`` but for one letter changed in some words, words of
        three consonants or more only ("bljnl"/"bltnl", 弗拉基米尔/Vladimir; "bjn"/"btn",
        普京/Putin), and how many words differ: (its key, words differing). A letter added
        or dropped is not enough ("纳德·特朗" is no "Amadou Abdramane", "tln"/"btln")."""
        if sum(map(len, keys)) < MIN_CONSONANTS:
            return None
        found: dict[str, tuple[tuple[str, ...], int]] = {}
        for variant in _deletions(keys[-1]):
            for other in self._by_last.get(variant, ()):
                if len(other) != len(keys):
                    continue
                pairs = list(zip(keys, other, strict=True))
                if all(
                    a == b or (len(a) == len(b) >= 3 and edit_distance_at_most_one(a, b))
                    for a, b in pairs
                ):
                    found[self[other]] = (other, sum(a != b for a, b in pairs))
        return found.popitem()[1] if len(found) == 1 else None


def _one(roots: set[str]) -> list[str]:
    people = [r for r in roots if r.startswith("p:")]
    return list(roots) if len(roots) == 1 else people


def _vowel(letter: str) -> bool:
    return anyascii(letter).casefold() in ("a", "e", "i", "o", "u", "y")


def _off(
    first: tuple[int, int], last: tuple[int, int], one: tuple[int, int], other: tuple[int, int]
) -> tuple[int, int]:
    """How far two words' :func:`~.uncased_sounds.sound_size` are from a name's first and
    last words'."""
    return (
        abs(first[0] - one[0]) + abs(last[0] - other[0]),
        abs(first[1] - one[1]) + abs(last[1] - other[1]),
    )


def _deletions(key: str) -> set[str]:
    return {key} | {key[:i] + key[i + 1 :] for i in range(len(key))}


def person_uses(
    people: Mapping[str, Iterable[str]],
    paragraphs: Sequence[tuple[str, int, str]],
    persons: Container[str] = (),
    recurring: Container[str] | None = None,
) -> dict[str, list[Occurrence]]:
    """Each person (root → their written names) → their full names in the paragraphs'
    Devanagari, Hangul, Katakana and Han words, matched word by word by :func:`sound_key`;
    and the surnames of ``persons`` (roots typed people) alone (:func:`_surnames`), a short
    one of ``recurring`` only (all ``persons`` when not given: those the packet names in two
    articles or more, :mod:`.short_surnames`)."""
    wanted = _Wanted(people, persons)
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
            # a Han run the name ends inside may open the next name ("卢比奥和特使史蒂夫·…")
            i += used - (end < words[i + used - 1][1])
    alone = {  # the one-word names each person is called by in Latin letters ("Tedros")
        root: {sound_key(s) for s in surfaces if " " not in s and s.isascii() and s.isalpha()}
        for root, surfaces in people.items()
    }
    for root, occs in _short_forms(found, paragraphs, alone).items():
        found[root].extend(occs)
    for root, occs in _surnames(people, persons, paragraphs, found).items():
        found.setdefault(root, []).extend(occs)
    # a surname of three consonants, or one a by-ear spelling keys shorter, beside a title
    short = short_surnames(
        people,
        persons if recurring is None else recurring,
        paragraphs,
        found,
        MIN_SURNAME_CONSONANTS,
    )
    for root, occs in short.items():
        found.setdefault(root, []).extend(occs)
    return found


def _match_at(
    text: str,
    words: list[tuple[int, int]],
    i: int,
    sizes: list[int],
    wanted: _Wanted,
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
        if root is None and re.match(f"[{HANGUL}]", parts[-1]):
            for particle in PARTICLES:
                if parts[-1].endswith(particle) and len(parts[-1]) > len(particle):
                    root = wanted.get((*keys[:-1], sound_key(parts[-1][: -len(particle)])))
                    if root is not None:
                        end -= len(particle)
                        break
        if root is not None:
            return root, run[0][0], end, size
    return None


def _han_match(
    text: str,
    run: list[tuple[int, int]],
    parts: list[str],
    han: list[bool],
    wanted: _Wanted,
) -> tuple[str, int, int] | None:
    """A Han name is only found with the dots between its parts ("纳伦德拉·莫迪"): a run of Han
    has no word edges, so the first part is the shortest tail of its run that fits and the
    last the shortest head that fits, each with the vowels around it when the Latin name
    has one there ("问马尔科·卢比奥" is "马尔科·卢比奥", Marco Rubio; "阿马杜", Amadou, opens
    with 阿; "特朗普与", Trump and…, is "特朗普")."""
    if not all(han) or any(text[a[1] : b[0]] == " " for a, b in itertools.pairwise(run)):
        return None
    middle = tuple(sound_key(p) for p in parts[1:-1])
    first, last = parts[0], parts[-1]
    cuts = [
        (a, b)
        for a in range(len(first) - 1, max(-1, len(first) - 7), -1)
        for b in range(1, min(len(last), 6) + 1)
    ]
    best: tuple[int, tuple[int, int], int, tuple[str, ...], int, int] | None = None
    for order, (a, b) in enumerate(cuts):
        keys = (sound_key(first[a:]), *middle, sound_key(last[:b]))
        if len(keys[0]) < 3:
            continue  # a short tail of a run fits too many names ("纳德", "nt": Amadou, Donald)
        # Han writes a foreign name loosely (普京 for Putin): the cut with the
        # fewest words a letter away wins, then the one with as many consonants and letters
        # as the name, then the shortest
        near = (keys, 0) if keys in wanted else wanted.near(keys)
        if near is None:
            continue
        off = _off(sound_size(first[a:]), sound_size(last[:b]), *wanted.lengths[near[0]])
        if best is None or (near[1], off, order) < best[:3]:
            best = (near[1], off, order, near[0], a, b)
    if best is None:
        return None
    _, _, _, matched, a, b = best
    opens, ends = wanted.vowels[matched]
    while ends and b < len(last) and _VOWEL_SOUND.fullmatch(anyascii(last[b]).casefold()):
        b += 1  # "卢比奥", Rubio: a vowel's character ends the name
    while opens and a and _OPENING_VOWEL.fullmatch(anyascii(first[a - 1]).casefold()):
        a -= 1  # "阿马杜", Amadou: and one opens it
    return wanted[matched], run[0][0] + a, run[-1][0] + b
