"""The one sentence splitter: every passage, quote and fallback title is cut here.

Topics, the analyses and the classifier each had their own splitter and they disagreed (on 5
of 90 seed paragraphs they quoted different passages for the same mention). Sentences now
come only from sentencex (Wikimedia's rule-based, language-aware segmenter, no model), which
keeps "U.S.", "Dr. Smith", "Oct. 8", initials and closing quotes inside their sentence, and
knows each language's own abbreviations ("т.е.", "z. B."). Two rules are added on top, both
cases sentencex misses and the analyses' old splitter had: a day written as an ordinal ("Am
Sonntag, 19. Oktober") is a date, and an initial glued to a dash ("Russia–U.S. arms control")
is not the end of a sentence; nor is a scale's short form after a figure when a lower-case
word follows ("3 tys. mieszkańców", "1,5 млн. человек"), nor an ASCII point glued between a
transliterated name's parts in Chinese ("安娜.史密斯") where the text's stop is "。". And a
break sentencex misses is added: a full-width stop ("。", "！", "？") right before a digit
("救助された。12人が") ends a sentence, as before any other character (sentencex keeps a
point before a digit, a decimal's, and a full-width stop is never one). Pass the
text's language: ``Paragraph.language or Article.language`` (:func:`language_of`); "und" and
unknown codes fall back to English rules.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import sentencex

__all__ = [
    "Sentence",
    "first_sentence",
    "language_of",
    "sentence_at",
    "sentence_spans",
    "sentences",
]


#: Languages that write a day as an ordinal with a dot ("19. Oktober", "6. února").
_ORDINAL_DOT_LANGUAGES = ("de", "da", "nb", "fi", "cs", "sk", "pl", "hu", "hr", "sl", "et")
_ORDINAL = re.compile(r"(?<![\d.])\d{1,2}\.$")
_NEXT_WORD = re.compile(r"\s*([^\W\d_]+)")
#: A lone capital and its dot glued to a dash or slash ("Russia–U.", "EU/U."): an initial
#: sentencex does not see, as it looks for abbreviations only after spaces.
_INITIAL = re.compile(r"(?<=[^\s\w])[^\W\d_]\.$")
#: A figure and a word with its dot ending the span ("3 tys.", "2,5 Mio."): a scale's short
#: form when the word is one of the language's (:func:`_scale_words`).
_SCALED = re.compile(r"\d[\s\u00a0\u202f]*([^\W\d_]{2,5})\.$")
_LOWER_NEXT = re.compile(r"\s*[\"'«»„“”‘’(]*[^\W\d_]")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a paragraph: ``paragraph_text[start:end] == text``."""

    start: int
    end: int
    text: str


def language_of(paragraph_language: str | None, article_language: str | None = None) -> str:
    """The language to split a paragraph by: its own, else its article's, else English."""
    language = paragraph_language or article_language or "en"
    return "en" if language in ("und", "") else language


@functools.lru_cache(maxsize=8192)
def sentence_spans(text: str, language: str = "en") -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence of ``text``, surrounding spaces excluded.

    Never empty: a text with no sentence in it is one span over the whole text.
    """
    spans: list[tuple[int, int]] = []
    for item in sentencex.get_sentence_boundaries(language_of(language), text):
        start, end = int(item["start_index"]), int(item["end_index"])
        while end > start and text[end - 1].isspace():
            end -= 1
        while start < end and text[start].isspace():
            start += 1
        if end <= start:
            continue
        if spans and (
            _not_an_end(text, spans[-1][1], start) or _scaled(text, spans[-1][1], start, language)
        ):
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return tuple(_at_wide_stops(text, spans)) or ((0, len(text)),)


#: A full-width stop right before a digit: a sentence's end that sentencex reads as a decimal
#: point's (module doc), closing brackets kept with their sentence; the digit may be
#: full-width too.
_WIDE_STOP = re.compile(r"[。！？][」』）]*(?=[0-9０-９])")


def _at_wide_stops(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` each cut after every full-width stop that a digit follows (module doc)."""
    if not any(c in text for c in "。！？"):
        return spans  # most text: nothing to cut
    out = []
    for start, end in spans:
        for stop in _WIDE_STOP.finditer(text, start, end):
            out.append((start, stop.end()))
            start = stop.end()
        out.append((start, end))
    return out


def _not_an_end(text: str, end: int, next_start: int) -> bool:
    """True when the break at ``end`` follows an initial, or "19." before a month name, or is
    an ASCII point glued between two Han characters in a text that ends its sentences with
    "。" (a foreign name's parts, "安娜.史密斯", written with a point for the interpunct)."""
    if _INITIAL.search(text, max(0, end - 2), end) and text[end - 2].isupper():
        return True
    if _name_point(text, end, next_start):
        return True
    if not _ORDINAL.search(text, max(0, end - 3), end):
        return False
    following = _NEXT_WORD.match(text, next_start)
    return following is not None and following.group(1).casefold() in _ordinal_months()


#: A Han ideograph (the basic block and extension A).
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def _name_point(text: str, end: int, next_start: int) -> bool:
    """A point right between two Han characters, no space after it, where the text's own stop
    is "。": it parts a transliterated name's given name from its surname, no sentence."""
    return (
        end >= 2
        and next_start == end
        and text[end - 1] == "."
        and next_start < len(text)
        and _HAN.match(text[end - 2]) is not None
        and _HAN.match(text[next_start]) is not None
        and "。" in text
    )


def _scaled(text: str, end: int, next_start: int, language: str) -> bool:
    """True when the break at ``end`` follows a figure's scale ("3 tys.", "1,5 млн.") and the
    next word starts in lower case: the counted noun is still to come."""
    found = _SCALED.search(text, max(0, end - 9), end)
    if found is None or found.group(1).casefold() not in _scale_words(language_of(language)):
        return False
    following = _LOWER_NEXT.match(text, next_start)
    return following is not None and following.group(0)[-1].islower()


@functools.cache
def _scale_words(language: str) -> frozenset[str]:
    from briefing.analysis.number_tables import compact_scales  # with the other number tables

    return frozenset(compact_scales(language))


@functools.cache
def _ordinal_months() -> frozenset[str]:
    from briefing.analysis.locales import month_names  # the month names live with the dates

    return frozenset(n for lang in _ORDINAL_DOT_LANGUAGES for n in month_names(lang))


def sentences(text: str, language: str = "en") -> tuple[Sentence, ...]:
    """The sentences of one paragraph, with offsets into it (none for a blank text)."""
    if not text.strip():
        return ()
    return tuple(Sentence(s, e, text[s:e]) for s, e in sentence_spans(text, language))


def sentence_at(text: str, offset: int, language: str = "en") -> Sentence:
    """The sentence of ``text`` that contains ``offset`` (the last one if past the end)."""
    for start, end in (spans := sentence_spans(text, language)):
        if offset < end:
            return Sentence(start, end, text[start:end])
    start, end = spans[-1]
    return Sentence(start, end, text[start:end])


def first_sentence(text: str, language: str = "en") -> str:
    """The first sentence of ``text`` (all of it when it has no sentence break)."""
    start, end = sentence_spans(text, language)[0]
    return text[start:end]
