"""Sentences and name-like words, with offsets into the paragraph they came from.

The analyses quote sources side by side and the reader jumps to what they quote, so every
piece of text they handle keeps its ``(start, end)`` offsets into ``Paragraph.text`` rather
than being copied out and searched for again. The splitter is deliberately small: news prose
has few sentence shapes, and the cases that matter here (``Oct. 8``, ``U.S.``, initials,
closing quotes) are listed below rather than learnt.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache


def word_set(words: str) -> frozenset[str]:
    """A set from whitespace-separated words (long word lists stay readable in the source)."""
    return frozenset(words.split())


#: Words after which a full stop does not end a sentence.
_ABBREVIATIONS = word_set(
    """
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    mr mrs ms dr prof gen lt col maj capt sgt sen rep gov pres st mt no vs etc inc ltd co corp
    jr sr approx est dept fig
    """
)

_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+|$)")
#: Languages that write a day as an ordinal with a dot ("19. Oktober", "6. února").
_ORDINAL_DOT_LANGUAGES = ("de", "da", "nb", "fi", "cs", "sk", "pl", "hu", "hr", "sl", "et")
_ORDINAL = re.compile(r"(?<![\d.])\d{1,2}\.$")
_NEXT_WORD = re.compile(r"\s*([^\W\d_]+)")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.?$")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a paragraph: ``paragraph_text[start:end] == text``."""

    start: int
    end: int
    text: str


def sentences(text: str) -> tuple[Sentence, ...]:
    """Split one paragraph into sentences, keeping offsets and trimming surrounding space."""
    found: list[Sentence] = []
    begin = 0
    for match in _END.finditer(text):
        stop = match.end()
        if not _ends_sentence(text, match.start(), stop):
            continue
        _append(found, text, begin, stop)
        begin = stop
    _append(found, text, begin, len(text))
    return tuple(found)


def _ends_sentence(text: str, dot: int, stop: int) -> bool:
    rest = text[stop:].lstrip()
    if not rest:
        return True
    if text[dot:stop].rstrip("\"'”’)]") == ".":
        word = _WORD_BEFORE.search(text[max(0, dot - 12) : dot + 1])
        if word:
            token = word.group(1)
            if token.lower() in _ABBREVIATIONS or len(token) == 1:
                return False  # "Oct. 8", "U.S. officials", "J. Smith"
    if _ORDINAL.search(text, max(0, dot - 3), dot + 1):
        following = _NEXT_WORD.match(text, stop)
        if following and following.group(1).casefold() in _ordinal_months():
            return False  # "Am Sonntag, 19. Oktober": a date, not the end of a sentence
    first = rest[0]
    return first.isupper() or first.isdigit() or first in "\"'“‘(["


@cache
def _ordinal_months() -> frozenset[str]:
    from briefing.analysis.locales import month_names

    return frozenset(n for lang in _ORDINAL_DOT_LANGUAGES for n in month_names(lang))


def _append(found: list[Sentence], text: str, begin: int, stop: int) -> None:
    chunk = text[begin:stop]
    stripped = chunk.strip()
    if not stripped:
        return
    start = begin + (len(chunk) - len(chunk.lstrip()))
    found.append(Sentence(start, start + len(stripped), stripped))


def sentence_at(text: str, offset: int) -> Sentence:
    """The sentence of ``text`` that contains ``offset`` (the last one if past the end)."""
    parts = sentences(text)
    for sentence in parts:
        if offset < sentence.end:
            return sentence
    return parts[-1] if parts else Sentence(0, len(text), text)


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
