"""A numbered name written in a script without capitals: "चंद्रयान-3", "شاندريان 3",
"チャンドラヤーン3号", "찬드라얀 3호" are Chandrayaan-3 (:mod:`.numbered`).

No capital marks a name in Devanagari, Arabic, kana or Hangul, so the first pass finds none
there. A word of such a script followed by a number is no name on its own ("अगस्त 23" is a
date, "الساعة 18" an hour); it is read only as another spelling of a numbered name that the
briefing writes in capitals, with the same number (a counter after it, 号 / 號 / 호,
dropped), and whose romanised skeleton (:func:`~.spelling.skeleton`) is close to that name's
and to no other's with that number. It then adds mentions to that topic, and never makes a
topic of its own. Han is left out: a Chinese name is translated more often than spelled by
sound ("月船" for Chandrayaan), and nothing marks where the name starts in a run of Han.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence

from rapidfuzz import fuzz

from briefing.topics.candidates import Occurrence
from briefing.topics.languages import latin
from briefing.topics.numbered import split_number, year
from briefing.topics.spelling import skeleton

#: A word of Devanagari, Arabic letters, katakana or Hangul, an optional hyphen or space, a
#: number and an optional counter; then no letter or digit (no "3년", "23日" counted after),
#: but a particle may follow a counter ("3호는").
_WORD = (
    r"(?P<word>[\u0900-\u0963\u0971-\u097F]+|[\u0621-\u064A\u0671-\u06D3]+"
    r"|[\u30A1-\u30FA\u30FC]+|[\uAC00-\uD7A3]+)"
)
_NUMBERED = re.compile(
    _WORD + r"(?:[-‐‑–]|\s)?(?P<number>\d{1,4})(?:(?P<counter>[号號호])|(?![\w]))"
)
#: The closeness of two skeletons that are one name's (fuzz ratio, out of 100), and the lead
#: the best fit must have over the next.
_CLOSE = 65
_LEAD = 15
#: The fewest letters of a skeleton compared (short ones meet by chance).
_MIN_SKELETON = 4


def _number(text: str) -> str:
    """Digits of any script as ASCII ("٣" → "3")."""
    return "".join(str(unicodedata.decimal(ch)) for ch in text)


def uncased_spellings(
    keys: Sequence[str],
    paragraphs: Iterable[tuple[str, int, str]],
    root: Callable[[str], str] = str,
) -> list[tuple[str, Occurrence]]:
    """(key, occurrence) for every uncased spelling of a numbered name key ("n:luna 25");
    keys with one ``root`` (already joined: "Chandrayaan-3", "Chandrayann-3") are one fit."""
    by_number: dict[str, dict[str, tuple[str, str]]] = {}
    for key in keys:
        parts = split_number(key[2:])
        if parts is None or year(parts[1]) or not parts[0].isascii():
            continue
        skel = "".join(skeleton(latin(w)) for w in parts[0].split())
        if len(skel) >= _MIN_SKELETON:
            by_number.setdefault(parts[1], {}).setdefault(root(key), (skel, key))
    if not by_number:
        return []
    found: list[tuple[str, Occurrence]] = []
    for article, index, text in paragraphs:
        if text.isascii():
            continue
        for match in _NUMBERED.finditer(text):
            number = _number(match["number"])
            fits = by_number.get(number)
            if not fits or year(number):
                continue
            if match["counter"] is None and match["word"][0] >= "\u30a1":
                continue  # kana and Hangul write a mission's number with its counter
            skel = skeleton(latin(match["word"]))
            if len(skel) < _MIN_SKELETON:
                continue
            scored = sorted(((fuzz.ratio(skel, s), key) for s, key in fits.values()), reverse=True)
            best, key = scored[0]
            if best < _CLOSE or (len(scored) > 1 and best - scored[1][0] < _LEAD):
                continue
            start, end = match.start("word"), match.end()
            found.append((key, Occurrence(article, index, start, end, text[start:end])))
    return found
