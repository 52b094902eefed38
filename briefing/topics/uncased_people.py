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

An acronym Hindi writes by its letters' sounds is :mod:`.uncased_acronyms`'.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Container, Iterable, Mapping, Sequence

from anyascii import anyascii

from briefing.topics.candidates import Occurrence
from briefing.topics.han_titled import titled_surnames
from briefing.topics.name_links import article_forms, shorter_forms
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
) -> dict[str, list[Occurrence]]:
    """Each person (root → their written names) → their full names in the paragraphs'
    Devanagari, Hangul, Katakana and Han words, matched word by word by :func:`sound_key`;
    and the surnames of ``persons`` (roots typed people) alone (:func:`_surnames`)."""
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
    return found


#: The fewest consonants a surname keeps to be looked for alone by its sound in Katakana,
#: the script of foreign words ("tlnb", Trump).
MIN_SURNAME_CONSONANTS = 4
#: ... and in Hangul or Devanagari, which write native words too: "बेंगलुरु" (Bengaluru) is
#: "bnkl", as "Panicker" is.
NATIVE_SURNAME_CONSONANTS = 5
_KANA_WORD = re.compile(f"[{KATAKANA}]")
#: A whole word of the scripts whose words show their edges: a Katakana run, a Hangul or a
#: Devanagari word.
_EDGED_WORD = re.compile(f"[{KATAKANA}]+|[{HANGUL}]+|[{DEVANAGARI}]+")


def _surnames(
    people: Mapping[str, Iterable[str]],
    persons: Container[str],
    paragraphs: Sequence[tuple[str, int, str]],
    found: Mapping[str, list[Occurrence]],
) -> dict[str, list[Occurrence]]:
    """A person's surname alone where a word's edges show: a whole Katakana run ("トランプ
    大統領"), a Hangul word but for its particle ("트럼프는"), a Devanagari word ("ट्रंप"), whose
    :func:`sound_key` is the surname's, :data:`MIN_SURNAME_CONSONANTS` consonants or more
    (read on the dev packets: "トランプ", "ゼレンスキー", "ट्रंप", every one right), and no
    other person's. In Han, whose runs have no edges, only glued after a title ("总统特朗普",
    :mod:`.han_titled`)."""
    owners: dict[str, set[str]] = {}
    for root, surfaces in people.items():
        if root not in persons:
            continue  # "ABD Başkanı Trump", a title typed a body, shares no surname
        for surface in surfaces:
            words = surface.split()
            if len(words) < 2 or not all(ch < "\u0250" for ch in surface if ch.isalpha()):
                continue
            key = sound_key(words[-1])
            if len(key) >= MIN_SURNAME_CONSONANTS:
                owners.setdefault(key, set()).add(root)
    wanted = {k: next(iter(v)) for k, v in owners.items() if len(v) == 1}
    if not wanted:
        return {}
    taken = {(o.article, o.paragraph, o.start) for occs in found.values() for o in occs}
    more: dict[str, list[Occurrence]] = {}
    for article, index, text in paragraphs:
        for m in _EDGED_WORD.finditer(text):
            start, word = m.start(), m.group()
            if (start and _PARTS.match(text[start - 1])) or (article, index, start) in taken:
                continue  # a part of a full name, found or not
            least = MIN_SURNAME_CONSONANTS if _KANA_WORD.match(word) else NATIVE_SURNAME_CONSONANTS
            forms = [word]
            if _LETTER_OF["hangul"].match(word):  # "트럼프는"
                forms += [word[: -len(p)] for p in PARTICLES if word.endswith(p) and word != p]
            owner = None
            for form in forms:
                key = sound_key(form)
                if len(key) >= least and key in wanted:
                    word, owner = form, wanted[key]
                    break
            if owner is not None:
                more.setdefault(owner, []).append(
                    Occurrence(article, index, start, start + len(word), word)
                )
    for owner, occs in titled_surnames(wanted, paragraphs, taken).items():
        more.setdefault(owner, []).extend(occs)
    return more


#: A name's parts: a space or a middle dot stands between them.
_PARTS = re.compile(r"[ ・·•‧＝=]")
_LETTER_OF = {
    script: re.compile(f"[{chars}]")
    for script, chars in (("kana", KATAKANA), ("hangul", HANGUL), ("deva", DEVANAGARI))
}


def _short_forms(
    found: Mapping[str, list[Occurrence]],
    paragraphs: Sequence[tuple[str, int, str]],
    alone: Mapping[str, set[str]],
) -> dict[str, list[Occurrence]]:
    """The surname alone, as the packet's own full-name matches spell it ("特朗普" once
    "唐纳德·特朗普" is Donald Trump): a spelling by ear is not looked for alone, but one the
    packet wrote in full is that person's. A surname two people's matches share is none's;
    one of a single character, or one after a middle dot (a part of another full name,
    "梅拉尼娅·特朗普"), is never looked for; its edges are those of its script's words.

    The first part too, when the Latin articles call the person by their first name's word
    alone (``alone``: each root's one-word names, by :func:`sound_key`; "テドロス" once
    "テドロス・アダノム" is matched and "Tedros said" is his), never before a middle dot (the
    opening of another full name)."""
    owners: dict[str, set[str]] = {}
    firsts: set[str] = set()
    for root, occs in found.items():
        for o in occs:
            parts = _PARTS.split(o.surface)
            if len(parts[-1]) >= 2 and len(parts) > 1:
                owners.setdefault(parts[-1], set()).add(root)
            if len(parts) > 1 and len(parts[0]) >= 2 and sound_key(parts[0]) in alone.get(root, ()):
                owners.setdefault(parts[0], set()).add(root)
                firsts.add(parts[0])
    learned = {k: next(iter(v)) for k, v in owners.items() if len(v) == 1}
    if not learned:
        return {}
    pattern = re.compile("|".join(map(re.escape, sorted(learned, key=len, reverse=True))))
    taken = {
        (o.article, o.paragraph): [(o.start, o.end) for o in occs]
        for occs in found.values()
        for o in occs
    }
    more: dict[str, list[Occurrence]] = {}
    for article, index, text in paragraphs:
        spans = taken.get((article, index), [])
        for m in pattern.finditer(text):
            start, end = m.span()
            if any(a <= start < b for a, b in spans) or (start and _PARTS.match(text[start - 1])):
                continue
            if m.group() in firsts and _PARTS.match(text[end : end + 1]):
                continue
            if not _whole(text, start, end):
                continue
            more.setdefault(learned[m.group()], []).append(
                Occurrence(article, index, start, end, m.group())
            )
    return more


def _whole(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a whole word of its script: a Katakana or Devanagari run,
    a Hangul word but for a particle after it; any Han (Han has no edges to see)."""
    for script, letter in _LETTER_OF.items():
        if not letter.match(text[start]):
            continue
        if start and letter.match(text[start - 1]):
            return False
        after = re.match(letter.pattern + "*", text[end:])
        rest = after.group() if after else ""
        return not rest or (script == "hangul" and rest in PARTICLES)
    return True


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
