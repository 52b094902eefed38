"""A foreign person's short surname alone in Kana, Hangul or Han, where a title or the given
name beside it shows it is a name.

:func:`~.uncased_surnames._surnames` looks for a surname alone by its sound key
(:func:`~.uncased_sounds.sound_key`) only when the key keeps four consonants or more: a key
of three ("ltn") fits common words ("ラテン", Latin). Many surnames the press writes alone
keep only three once their spelling by ear is keyed ("Yildiz", "ユルドゥズ"), and some keep
four in Latin letters but three by ear: Turkish "ğ" lengthens the vowel before it and is
not sounded, so Chinese, Japanese and Korean spell "Erdoğan" (written "Erdogan" where the
breve is dropped) without it ("埃爾多安", "エルドアン", "에르도안"). So a surname's key here
(:func:`voiced_key`) keeps voiced and voiceless apart, as those scripts do ("Putin" and
"拜登", Biden, share :func:`~.uncased_sounds.sound_key`'s "btn", not this one), and a "g"
between vowels may be dropped (:func:`surname_keys`).

Such a short key joins the one person of the packet whose Latin surname has it (a key two
people's surnames share is none's), of the people the cased articles name in two articles
or more (one named in passing once is not looked for by a loose key), only where the text
shows the word is a name:

- a whole Katakana run or Hangul word (but for a Korean particle) with a title right after
  it ("エルドアン首相", "에르도안 총리는": :data:`~.east_asian_names.HAN_TITLES`,
  :data:`~.hangul_names.HANGUL_TITLES`) or a Chinese title glued right before it, or the
  word of the person's Latin name before the surname right before it, a space or a middle
  dot between ("타이이프 에르도안");
- Han, whose runs show no word edges, only glued after a Chinese title ("總理埃爾多安",
  :data:`~.han_titled.TITLES`), two to :data:`~.han_titled.MAX_LETTERS` letters, read in
  pinyin (its "x" one sound), with the characters after the cut that open with a letter
  the key drops and the Latin surname ends with ("內塔尼亞胡", Netanyahu's "yahu").

A spelling found so is that person's wherever else the packet writes it as a whole word of
its script ("埃爾多安說", "エルドアン氏は"), never beside a middle dot (a part of another full
name).
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Mapping, Sequence
from typing import NamedTuple

from anyascii import anyascii

from briefing.topics.candidates import Occurrence
from briefing.topics.east_asian_names import HAN_TITLES
from briefing.topics.han_titled import MAX_LETTERS, TITLES
from briefing.topics.hangul_names import HANGUL_TITLES
from briefing.topics.uncased_sounds import HAN, HANGUL, KATAKANA, PARTICLES

__all__ = ["SHORT_CONSONANTS", "short_surnames", "surname_keys"]

#: The consonants of a short surname's key: fewer than
#: :data:`~.uncased_surnames.MIN_SURNAME_CONSONANTS`, which are looked for without a title.
SHORT_CONSONANTS = 3
#: A "g" (or Turkish "ğ") between two vowels: silent in Turkish, dropped by the ear.
_SOFT_G = re.compile(r"(?<=[aeiouıöü])[gğ](?=[aeiouıöü])", re.IGNORECASE)
#: A whole word of the scripts whose words show their edges: a Katakana run, a Hangul word.
_EDGED = re.compile(f"[{KATAKANA}]+|[{HANGUL}]+")
_HANGUL_LETTER = re.compile(f"[{HANGUL}]")
_HAN_LETTER = re.compile(f"[{HAN}]")
_DOTS = frozenset("・·•‧＝=")
_TITLE_AFTER = re.compile("|".join(map(re.escape, HAN_TITLES)))
_TITLE_BEFORE = re.compile("(?:" + "|".join(map(re.escape, TITLES)) + ")$")
_HAN_TITLE = re.compile("|".join(map(re.escape, TITLES)))
#: How far back a Chinese title is read before a Katakana or Hangul word.
_REACH = 4


#: :func:`~.uncased_sounds.sound_key`'s folds but those of voicing: Chinese, Japanese and
#: Korean write "p"/"b", "t"/"d", "k"/"g" apart ("普", "拜"; "プ", "ブ"; "ㅍ", "ㅂ").
_FOLDS = (
    ("ck", "k"),
    ("ph", "f"),
    ("x", "ks"),
    ("ng", "n"),
    ("q", "k"),
    ("c", "k"),
    ("f", "p"),
    ("v", "b"),
    ("r", "l"),
    ("z", "s"),
    ("m", "n"),
)
_VOWELS = re.compile(r"[aeiouwyh]+")
#: The letters after a word's last consonant.
_TAIL = re.compile(r"[aeiouwyh]*$")
_DOUBLED = re.compile(r"(.)\1+")


def voiced_key(word: str) -> str:
    """A word's consonants as :func:`~.uncased_sounds.sound_key` folds them, voiced and
    voiceless kept apart: a short key folded more fits other names ("Putin", "拜登" Biden,
    both "btn"; here "ptn" and "bdn"); "Erdogan", "エルドアン" are "ldgn", "ldn". Han is
    read in pinyin, whose "x" is one sound, an "s" ("候选" is "sn", no "Cousin")."""
    if _HAN_LETTER.match(word):
        return _key(anyascii(word).casefold().replace("x", "s"))
    return _key(anyascii(word).casefold())


def _key(romanised: str) -> str:
    key = "".join(ch for ch in romanised if ch.isalpha())
    for old, new in _FOLDS:
        key = key.replace(old, new)
    return _DOUBLED.sub(r"\1", _VOWELS.sub("", key))


def surname_keys(surname: str) -> set[str]:
    """A Latin surname's keys (:func:`voiced_key`) as a spelling by ear may keep them: its
    own, and without a "g" between vowels (Turkish "ğ", not sounded: "Erdogan" is "ldgn"
    and "ldn")."""
    keys = {voiced_key(surname)}
    if _SOFT_G.search(surname):
        keys.add(voiced_key(_SOFT_G.sub("", surname)))
    return keys


class _Surname(NamedTuple):
    """The one person a short key is, and what shows a use of it is their name."""

    #: The person's root.
    owner: str
    #: Keys (two consonants or more) of the words their Latin names write before it.
    given: set[str]
    #: The letters the key drops ("y", "h", "w") that end the Latin surname ("Netanyahu"
    #: ends in "yahu"): a Han cut may take a character opening with one ("內塔尼亞胡").
    tails: set[str]


def _wanted(
    people: Mapping[str, Iterable[str]], persons: Container[str], least: int
) -> dict[str, _Surname]:
    """Short key → (its one person, the keys of two consonants or more of the words their
    Latin names write before the surname): keys of :data:`SHORT_CONSONANTS` consonants up
    to ``least``, fewer than the keys :func:`~.uncased_surnames._surnames` reads alone, or
    a soft "g"'s key; a key two people's surnames have (any of their keys) is none's."""
    owners: dict[str, set[str]] = {}
    given: dict[str, set[str]] = {}
    tails: dict[str, set[str]] = {}
    for root, surfaces in people.items():
        if root not in persons:
            continue
        for surface in surfaces:
            words = surface.split()
            if len(words) < 2 or not all(ch < "\u0250" for ch in surface if ch.isalpha()):
                continue
            own = voiced_key(words[-1])
            for key in surname_keys(words[-1]):
                owners.setdefault(key, set()).add(root)
                if len(key) >= SHORT_CONSONANTS and (len(key) < least or key != own):
                    before = voiced_key(words[-2])  # a given name of one consonant fits any
                    given.setdefault(key, set()).update([before] if len(before) >= 2 else [])
                    tail = _TAIL.search(anyascii(words[-1]).casefold())
                    tails.setdefault(key, set()).update(
                        set(tail.group()) & set("yhw") if tail else ()
                    )
    return {
        key: _Surname(next(iter(owners[key])), before, tails.get(key, set()))
        for key, before in given.items()
        if len(owners[key]) == 1
    }


def short_surnames(
    people: Mapping[str, Iterable[str]],
    persons: Container[str],
    paragraphs: Sequence[tuple[str, int, str]],
    found: Mapping[str, list[Occurrence]],
    least: int,
) -> dict[str, list[Occurrence]]:
    """Each person of ``persons`` (roots typed people; ``people``: root → written names) →
    the uses of their short surname alone in ``paragraphs`` (article, index, text), beside
    a title or their given name, and the same spelling elsewhere; ``found``: the uses
    already read (full names, longer surnames), never read again; ``least``: the consonants
    a surname keeps to be read alone with no title."""
    wanted = _wanted(people, persons, least)
    if not wanted:
        return {}
    spans: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for occs in found.values():
        for o in occs:
            spans.setdefault((o.article, o.paragraph), []).append((o.start, o.end))
    learned: dict[str, set[str]] = {}
    more: dict[str, list[Occurrence]] = {}
    for article, index, text in paragraphs:
        used = spans.get((article, index), [])
        for start, end, owner in _named(text, wanted):
            if any(a < end and start < b for a, b in used):
                continue
            learned.setdefault(text[start:end], set()).add(owner)
            more.setdefault(owner, []).append(
                Occurrence(article, index, start, end, text[start:end])
            )
    _spread(more, {w: next(iter(o)) for w, o in learned.items() if len(o) == 1}, paragraphs, spans)
    return more


def _named(text: str, wanted: Mapping[str, _Surname]) -> list[tuple[int, int, str]]:
    """(start, end, person) of each short surname in ``text`` that a title or the given name
    beside it shows is a name."""
    hits: list[tuple[int, int, str]] = []
    for m in _EDGED.finditer(text):
        start, word = m.start(), m.group()
        forms = [word]
        if _HANGUL_LETTER.match(word):  # "에르도안은"
            forms += [word[: -len(p)] for p in PARTICLES if word.endswith(p) and word != p]
        for form in forms:
            entry = wanted.get(voiced_key(form))
            if entry is None:
                continue
            end = start + len(form)
            named = _beside_title(text, start, m.end()) or _after_given(text, start, entry.given)
            if named and text[end : end + 1] not in _DOTS:  # not a full name's first part
                hits.append((start, end, entry.owner))
            break
    for title in _HAN_TITLE.finditer(text):
        start = title.end()
        for end in range(start + 2, start + MAX_LETTERS + 1):
            if end > len(text) or not _HAN_LETTER.match(text[end - 1]):
                break
            key = voiced_key(text[start:end])
            entry = wanted.get(key)
            if entry is None:
                continue
            while (  # "內塔尼亞胡": characters opening with a letter the key drops
                end < min(len(text), start + MAX_LETTERS)
                and _HAN_LETTER.match(text[end])
                and anyascii(text[end])[:1].casefold() in entry.tails
                and voiced_key(text[start : end + 1]) == key
            ):
                end += 1
            if text[end : end + 1] not in _DOTS:  # "总统唐纳德·…": a full name's first part
                hits.append((start, end, entry.owner))
            break
    return hits


def _beside_title(text: str, start: int, end: int) -> bool:
    """Whether a title stands right after the word (glued in Japanese, the next word in
    Korean, but for a particle) or a Chinese title is glued right before it."""
    if _TITLE_AFTER.match(text, end):
        return True
    after = re.match(f" ([{HANGUL}]+)", text[end:])
    if after is not None:
        word = after.group(1)
        if word in HANGUL_TITLES or any(
            word.endswith(p) and word[: -len(p)] in HANGUL_TITLES for p in PARTICLES
        ):
            return True
    return bool(_TITLE_BEFORE.search(text[max(0, start - _REACH) : start]))


def _after_given(text: str, start: int, given: set[str]) -> bool:
    """Whether the word right before (a space or a middle dot between) has the key of a word
    the person's Latin names write before the surname ("타이이프 에르도안")."""
    if not start or text[start - 1] not in _DOTS | {" "}:
        return False
    before = _EDGED.findall(text[max(0, start - 12) : start - 1])
    return (
        bool(before)
        and text[: start - 1].endswith(before[-1])
        and (voiced_key(before[-1]) in given)
    )


def _spread(
    more: dict[str, list[Occurrence]],
    learned: Mapping[str, str],
    paragraphs: Sequence[tuple[str, int, str]],
    spans: Mapping[tuple[str, int], list[tuple[int, int]]],
) -> None:
    """The spellings found beside a title or given name, wherever else the packet writes
    them as a whole word of their script ("埃爾多安說"), never beside a middle dot."""
    if not learned:
        return
    seen = {(o.article, o.paragraph, o.start) for occs in more.values() for o in occs}
    pattern = re.compile("|".join(map(re.escape, sorted(learned, key=len, reverse=True))))
    for article, index, text in paragraphs:
        used = spans.get((article, index), [])
        for m in pattern.finditer(text):
            start, end = m.span()
            if (article, index, start) in seen or any(a < end and start < b for a, b in used):
                continue
            if text[start - 1 : start] in _DOTS or text[end : end + 1] in _DOTS:
                continue
            if not _whole(text, start, end):
                continue
            more[learned[m.group()]].append(Occurrence(article, index, start, end, m.group()))


def _whole(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a whole Katakana run or Hangul word (but for a particle
    after it); any Han (Han shows no edges)."""
    for letters in (KATAKANA, HANGUL):
        letter = re.compile(f"[{letters}]")
        if not letter.match(text[start]):
            continue
        if start and letter.match(text[start - 1]):
            return False
        rest = re.match(f"[{letters}]*", text[end:])
        tail = rest.group() if rest else ""
        return not tail or (letters == HANGUL and tail in PARTICLES)
    return True
