"""Sentences and name-like words, with offsets into the paragraph they came from.

The analyses quote sources side by side and the reader jumps to what they quote, so every
piece of text they handle keeps its ``(start, end)`` offsets into ``Paragraph.text`` rather
than being copied out and searched for again. Sentences come from :mod:`briefing.sentences`,
the splitter the topics and the classifier use too, so every part of the program quotes the
same passage for the same place in a paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from briefing.sentences import Sentence as Sentence
from briefing.sentences import language_of as language_of
from briefing.sentences import sentence_at as sentence_at
from briefing.sentences import sentences as sentences
from briefing.word_marks import WORD_CHARS

_R = TypeVar("_R")


#: Languages that capitalise every noun: there a capital does not mark a name.
NOUN_CAPS = frozenset({"de", "lb"})
#: A word: a letter, then letters, digits, apostrophes and inner hyphens ("d'Avó", "Jean-Luc"),
#: and the combining marks inside it (``किताबें``, ``ייִדיש``: :mod:`briefing.word_marks`).
WORD = re.compile(rf"[^\W\d_][{WORD_CHARS}'’\-]*")


_APOSTROPHE = re.compile(r"['’]")


def unelided(word: str) -> str:
    """``word`` without what an apostrophe sets off, its longest piece: an elided article or
    preposition before it ("l'incendie", "dell'incendio", "d'Avó") or a suffix after it
    ("Larisa'daki"). "l'incendie" is then the "incendio" of another language."""
    return max(_APOSTROPHE.split(word), key=len) if "'" in word or "’" in word else word


def named_inside(text: str, word: re.Match[str], language: str) -> bool:
    """A name inside the sentence ("operating *Flight AI171*"): a capital or a digit after
    the first word, where the language keeps capitals for names (:data:`NOUN_CAPS`)."""
    if language in NOUN_CAPS or not text[: word.start()].strip():
        return False
    return word.group()[0].isupper() or any(c.isdigit() for c in word.group())


def word_set(words: str) -> frozenset[str]:
    """A set from whitespace-separated words (long word lists stay readable in the source)."""
    return frozenset(words.split())


# A capitalised word: a letter run starting upper-case, with inner hyphens/apostrophes.
_CAPITALISED = re.compile(r"\b[A-Z][\w'’\-]*[\w]|\b[A-Z]\b")


def capitalised_words(text: str) -> Iterator[tuple[int, int, str]]:
    """Capitalised words of ``text`` with offsets, possessive ``'s`` removed."""
    for match in _CAPITALISED.finditer(text):
        word = match.group()
        end = match.end()
        for suffix in ("'s", "’s"):
            if word.endswith(suffix):
                word = word[: -len(suffix)]
                end -= len(suffix)
        yield match.start(), end, word


def remembered(memo: dict[Any, Any] | None, kind: str, work: Callable[[str], _R], text: str) -> _R:
    """``work(text)``, or what it gave for the same ``kind`` and text earlier in ``memo``:
    recurring text (a paragraph several articles carry) is read once per analysis."""
    if memo is None:
        return work(text)
    key = (kind, text)
    known = memo.get(key)
    if known is None:
        known = memo[key] = work(text)
    return known
