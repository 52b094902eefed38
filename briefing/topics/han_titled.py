"""A foreign person's surname alone in Han, right after their title: "美国总统特朗普".

:mod:`.uncased_people` looks for a surname alone by its sound only where the script shows a
word's edges (a Katakana run, a Hangul or Devanagari word): a Han run has none, and a short
key read inside one would fit half the language. Chinese puts a person's office before the
name, glued to it ("总统特朗普", "總理卡尼", "国务卿鲁比奥"), which gives the name its left
edge; its right edge is where the letters read after the title first give the surname's
key (:func:`~.uncased_sounds.sound_key`), two to :data:`MAX_LETTERS` letters on ("特朗普",
not "特朗普在"). So a surname the Latin articles give one person of the packet, of
:data:`~.uncased_people.MIN_SURNAME_CONSONANTS` consonants at least (the key of Katakana's
surnames alone), is that person after such a title. A letter after a middle dot or before
one is part of a full name (:mod:`.uncased_people` reads those whole). A name Chinese writes
by convention rather than by ear ("川普", Trump in Taiwan) keeps no key of the Latin name and
is not found here. A surname found so is that person's wherever else the packet writes it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from briefing.topics.candidates import Occurrence
from briefing.topics.uncased_sounds import HAN, sound_key

__all__ = ["MAX_LETTERS", "TITLES", "spread", "titled_surnames"]

#: Offices Chinese writes right before a person's name, in both scripts.
TITLES = tuple(
    sorted(
        {
            *("总统", "總統", "总理", "總理", "首相", "国务卿", "國務卿", "议长", "議長"),
            *("外长", "外長", "部长", "部長", "市长", "市長", "州长", "州長", "主席"),
            *("秘书长", "秘書長", "总干事", "總幹事", "发言人", "發言人", "大使", "总裁", "總裁"),
        },
        key=len,
        reverse=True,
    )
)
#: The most letters a surname written by ear takes after its title.
MAX_LETTERS = 5
_TITLE = re.compile("|".join(TITLES))
_HAN_LETTER = re.compile(f"[{HAN}]")
_DOTS = frozenset("・·•‧")


def titled_surnames(
    wanted: Mapping[str, str],
    paragraphs: Sequence[tuple[str, int, str]],
    taken: set[tuple[str, int, int]],
) -> dict[str, list[Occurrence]]:
    """Surname key → person (``wanted``, keys long enough and one person's) found alone in
    Han after a title; ``taken`` holds the starts of uses already found (full names)."""
    found: dict[str, list[Occurrence]] = {}
    for article, index, text in paragraphs:
        for title in _TITLE.finditer(text):
            start = title.end()
            if (article, index, start) in taken:
                continue
            for end in range(start + 2, start + MAX_LETTERS + 1):
                if end > len(text) or not _HAN_LETTER.match(text[end - 1]):
                    break
                owner = wanted.get(sound_key(text[start:end]))
                if owner is None:
                    continue
                # "总统唐纳德·特朗普": a full name's first part, no surname
                if text[end : end + 1] not in _DOTS:
                    found.setdefault(owner, []).append(
                        Occurrence(article, index, start, end, text[start:end])
                    )
                break
    spread(found, paragraphs, taken)
    return found


def spread(
    found: dict[str, list[Occurrence]],
    paragraphs: Sequence[tuple[str, int, str]],
    taken: set[tuple[str, int, int]],
) -> None:
    """The surnames found after a title, wherever else the packet writes them ("古特雷斯呼吁"
    after "秘书长古特雷斯"), as :mod:`.uncased_people` spreads a surname its full-name matches
    wrote: a spelling one person's alone, never beside a middle dot (another full name)."""
    owners: dict[str, set[str]] = {}
    for owner, occs in found.items():
        for o in occs:
            owners.setdefault(o.surface, set()).add(owner)
    learned = {surface: next(iter(v)) for surface, v in owners.items() if len(v) == 1}
    if not learned:
        return
    seen = taken | {(o.article, o.paragraph, o.start) for occs in found.values() for o in occs}
    pattern = re.compile("|".join(map(re.escape, sorted(learned, key=len, reverse=True))))
    for article, index, text in paragraphs:
        for m in pattern.finditer(text):
            start, end = m.span()
            if (article, index, start) in seen or text[start - 1 : start] in _DOTS:
                continue
            if text[end : end + 1] in _DOTS:
                continue
            found[learned[m.group()]].append(Occurrence(article, index, start, end, m.group()))
