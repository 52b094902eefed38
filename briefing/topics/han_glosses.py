"""A person's Han name glossed in Latin letters: "总干事谭德赛(Tedros Adhanom Ghebreyesus)".

Chinese writes a foreign name by its sound in characters chosen for it, often not read by
ear at all (谭德赛, "Tan Desai", for Tedros), so no sound key (:mod:`.uncased_people`) meets
it. The writer often gives the Latin name in brackets right after the Han one: that is the
text saying the two are one person, as :mod:`.glosses` reads it between cased scripts.

Han has no word edges, and the run before the bracket holds the title too ("总干事谭德赛",
Director-General Tedros). The name is the shortest tail of the run, two characters at least,
that the packet also writes after another character (or at the start of a paragraph): a
title before it changes ("总干事谭德赛", "。谭德赛说", "9日譚德塞才"), the characters of the name do
not ("德赛" always follows "谭"). A tail the packet never writes elsewhere has no such edge,
and nothing is joined. The bracket must hold a full name (two words or more) of one person
of the packet, exactly as the Latin articles write it, and one they name outside a gloss
too: a person named only in the bracket is named by one article in passing (the gloss and
the Han name are one use, as a long form and its acronym are in :mod:`.single_use`). The Han
name found is then looked for in every paragraph, as the packet's own spelling of that
person (traditional and simplified characters are each glossed on their own: "譚德塞" and
"谭德赛" are two strings).

A name the packet writes once ("脱欧派领袖法拉吉(…)", one article's only use) has no such edge;
there the gloss itself tells where it starts: the shortest tail of the run that sounds like
one word of the bracket (:func:`_sounded`: the consonants a spelling by ear keeps, one of
three or more heard differently, as "吉" is a soft g). A title before the name adds sounds
the Latin word does not have, and a run that only glosses a title ("领袖(…)") sounds like
no word of the name.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence

from briefing.topics.candidates import Occurrence
from briefing.topics.uncased_sounds import HAN, sound_key

__all__ = ["han_gloss_uses"]

#: A Han run right before a bracket that holds Latin letters and spaces (and hyphens).
_GLOSSED = re.compile(f"([{HAN}]+)\\s*[(（]\\s*([A-Za-z\u00c0-\u024f][^()（）]*?)\\s*[)）]")
_HAN_LETTER = re.compile(f"[{HAN}]")
#: The longest Han name looked for (a foreign name rarely takes more: "古特雷斯", "冯德莱恩").
MAX_HAN_NAME = 6


def han_gloss_uses(
    people: Mapping[str, Sequence[Occurrence]],
    paragraphs: Sequence[tuple[str, int, str]],
) -> dict[str, list[Occurrence]]:
    """Each person (root → their uses) → the uses of the Han names the packet glosses with
    one of their full names (``paragraphs``: those with letters of scripts without capitals,
    where a gloss can be)."""
    texts = {(a, i): t for a, i, t in paragraphs}
    names: dict[str, set[str]] = defaultdict(set)
    for root, occs in people.items():
        if not any(not _in_gloss(texts.get((o.article, o.paragraph)), o) for o in occs):
            continue  # named only inside a gloss: by one Han use, said in passing
        for o in occs:
            if len(o.surface.split()) >= 2 and not _HAN_LETTER.search(o.surface):
                names[" ".join(o.surface.split())].add(root)
    owner = {name: next(iter(roots)) for name, roots in names.items() if len(roots) == 1}
    han = [p for p in paragraphs if _HAN_LETTER.search(p[2])]
    if not owner or not han:
        return {}
    learned: dict[str, set[str]] = defaultdict(set)
    for _article, _index, text in han:
        for m in _GLOSSED.finditer(text):
            glossed = owner.get(" ".join(m.group(2).split()))
            cut = (
                _name_in(m.group(1), han) or _sounded(m.group(1), m.group(2))
                if glossed is not None
                else None
            )
            if glossed is not None and cut is not None:
                learned[cut].add(glossed)
    wanted = {name: next(iter(roots)) for name, roots in learned.items() if len(roots) == 1}
    if not wanted:
        return {}
    pattern = re.compile("|".join(map(re.escape, sorted(wanted, key=len, reverse=True))))
    found: dict[str, list[Occurrence]] = {}
    for article, index, text in han:
        for m in pattern.finditer(text):
            found.setdefault(wanted[m.group()], []).append(
                Occurrence(article, index, m.start(), m.end(), m.group())
            )
    return found


def _in_gloss(text: str | None, use: Occurrence) -> bool:
    """Whether ``use`` is the Latin name in brackets right after a Han run (a gloss)."""
    if text is None:
        return False  # a paragraph in cased scripts only
    before = text[: use.start].rstrip()
    return before[-1:] in ("(", "（") and bool(_HAN_LETTER.match(before[:-1].rstrip()[-1:]))


#: Consonants a word of the gloss must have for a tail to be matched by sound: fewer are
#: shared by too many words of a run ("tn").
MIN_SOUNDED = 3


def _sounded(run: str, gloss: str) -> str | None:
    """The shortest tail of ``run`` (two characters or more, the whole run too) whose sound
    key (:func:`~.uncased_sounds.sound_key`) is a word's of ``gloss``, of
    :data:`MIN_SOUNDED` consonants or more, but for one consonant heard differently in the
    middle or at the end; None when no tail sounds like one."""
    words = [k for w in gloss.split() if len(k := sound_key(w)) >= MIN_SOUNDED]
    for size in range(2, min(len(run), MAX_HAN_NAME) + 1):
        key = sound_key(run[-size:])
        for word in words:
            if (
                len(key) == len(word)
                and key[0] == word[0]
                and sum(a != b for a, b in zip(key, word, strict=True)) <= 1
            ):
                return run[-size:]
    return None


def _name_in(run: str, paragraphs: Sequence[tuple[str, int, str]]) -> str | None:
    """The shortest tail of ``run`` (two characters or more, shorter than the run) the packet
    writes after another character than the run has before it; None when no tail has such an
    edge. The whole run is never taken: its own edge may be a title's ("(WHO)总干事谭德赛")."""
    for size in range(2, min(len(run) - 1, MAX_HAN_NAME) + 1):
        tail = run[-size:]
        before = run[-size - 1]
        for _article, _index, text in paragraphs:
            at = text.find(tail)
            while at != -1:
                if at == 0 or text[at - 1] != before:
                    return tail
                at = text.find(tail, at + 1)
    return None
