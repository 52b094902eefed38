"""A person's surname alone, or first name, in Devanagari, Hangul, Kana and Han, after the
full names are found.

Split from :mod:`.uncased_people` for size: :func:`~.uncased_people.person_uses` finds the full
names first, word by word by :func:`~.uncased_sounds.sound_key`; these are the later looks for
one part of a name alone, which need those matches or the words' edges: :func:`_surnames` by
the surname's sound where a script shows a word's edges (never in Han), and
:func:`_short_forms` as the packet's own full-name matches spelled the part.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Mapping, Sequence

from briefing.topics.candidates import Occurrence
from briefing.topics.han_titled import titled_surnames
from briefing.topics.uncased_sounds import DEVANAGARI, HANGUL, KATAKANA, PARTICLES, sound_key

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
