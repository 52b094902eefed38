"""Which modifiers of the main event's word state a size, not a kind ("7.8-magnitude").

Split from :mod:`briefing.topics.event_action`: a modifier written after a number anywhere in
the leads is a measure. At 10,000 articles each candidate modifier was searched for in every
lead (seconds of the parent's serial work); only the stretches after a number can match, and
those are searched instead, with the same answers (:func:`after_numbers`).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Sequence

from briefing.topics.lexicon import words

#: Adjectives of size or force: they say how big or how bad, never which act ("massive
#: fire", "powerful earthquake"), as a number before a word does. A closed class, as the
#: general modifiers of :data:`~briefing.topics.themes.GENERIC_MODIFIERS` are (which hold
#: "huge", "major", "big" and "large" already).
SIZES = words(
    """massive enormous giant gigantic immense colossal devastating powerful
    violent catastrophic severe intense fierce raging destructive disastrous worst biggest
    largest"""
)


def modifiers(
    pairs: Counter[tuple[str, str]], word: str, texts: list[str]
) -> list[tuple[int, str]]:
    """The words before ``word`` in two leads or more, less those written after a number,
    which state a size and not a kind ("7.8-magnitude"), and adjectives of size or force
    (:data:`SIZES`)."""
    found = [(n, a) for (a, b), n in pairs.items() if b == word and n >= 2 and a not in SIZES]
    if not found:
        return found
    # One scan per word in C; no pattern matches across a NUL. Only the stretches after a
    # number can match: at 10,000 articles scanning every lead for each word took seconds.
    # And only those where a number is followed by the word's first letter (any case):
    # scanning all of them for each of ~175 words still took most of a second.
    stretches, starts = _stretches("\0".join(texts), max(len(a) for _n, a in found))
    searched: dict[str, str] = {}
    for _n, a in found:
        first = a[:1]
        if first not in searched:
            searched[first] = "\0".join(stretches[k] for k in _starting(first, stretches, starts))
    return [(n, a) for n, a in found if not _measure(a).search(searched[a[:1]])]


def _starting(first: str, stretches: list[str], starts: dict[str, list[int]]) -> Iterable[int]:
    """The stretches (by number, in order) a match of :func:`_measure` of a word beginning
    with ``first`` can be in: all of them unless ``first`` is a letter. A letter stands for
    no digit, space, hyphen, point or comma, nor do the letters the case-blind pattern takes
    for it ("ı" for "i"); so the number's part of a match is the whole run of digits,
    points and commas and of spaces and hyphens after it (``_NUMBER``'s match), and the word
    starts right where that ends, with a letter the pattern takes for ``first``."""
    if not first.isalpha():
        return range(len(stretches))
    same = re.compile(re.escape(first), re.IGNORECASE).fullmatch
    return sorted({k for letter, ks in starts.items() if same(letter) for k in ks})


#: A number as :func:`_measure` opens with it, and what may stand between it and the word.
_NUMBER = re.compile(r"\d[\d.,]*[\s-]*")


def after_numbers(text: str, longest: int) -> str:
    """The stretches of ``text`` where :func:`_measure` of a word of up to ``longest``
    characters can match, joined by NULs: each number with what follows it, up to
    ``longest`` characters past the number's spaces and hyphens and on to the next
    character that is no word character, which the NUL then stands for (so a word boundary
    there reads as in ``text``). Overlapping stretches are one. A match in ``text`` starts at
    a number's first digit and ends within its stretch; a match in the stretches is one in
    ``text``: searching them finds what searching ``text`` finds."""
    return "\0".join(_stretches(text, longest)[0])


def _stretches(text: str, longest: int) -> tuple[list[str], dict[str, list[int]]]:
    """The stretches of :func:`after_numbers`, and for each character that follows a number
    and its spaces and hyphens (``_NUMBER``'s match), the stretches it does so in, in order."""
    spans: list[tuple[int, int]] = []
    starts: dict[str, list[int]] = {}
    for number in _NUMBER.finditer(text):
        end = number.end() + longest
        while end < len(text) and _WORD_CHAR.match(text, end):
            end += 1
        start = number.start()
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
        if number.end() < len(text):
            at = starts.setdefault(text[number.end()], [])
            if not at or at[-1] != len(spans) - 1:
                at.append(len(spans) - 1)
    return [text[start:end] for start, end in spans], starts


_WORD_CHAR = re.compile(r"\w")


@functools.lru_cache(maxsize=256)
def _measure(word: str) -> re.Pattern[str]:
    """A number then ``word``: "7.8-magnitude", "6,5 magnitude"."""
    return re.compile(rf"\d[\d.,]*[\s-]*{re.escape(word)}\b", re.IGNORECASE)


def counted(word: str, numerals: frozenset[str]) -> bool:
    """``word`` is a count joined to its unit, a size and never an act: "five-year",
    "three-day", "12-storey" (a number, in digits or as ``numerals`` writes it, then a
    hyphen)."""
    first, dash, rest = word.casefold().partition("-")
    digits = first.replace(".", "").replace(",", "")
    return bool(dash and rest) and (digits.isdigit() or first in numerals)


def measured_head(
    pairs: Counter[tuple[str, str]],
    word: str,
    docs: Counter[str],
    numerals: frozenset[str],
) -> str | None:
    """The noun ``word`` qualifies, when a count stands before ``word`` in two leads or more
    ("five-year prison term", "five-year prison sentence"): then ``word`` is what the count
    measures (a term of prison), and the act is the noun after it, the one the leads share
    most ("sentence"; the longer on a tie). None when no count stands before ``word`` or no
    word after it is shared by two leads."""
    if not any(b == word and n >= 2 and counted(a, numerals) for (a, b), n in pairs.items()):
        return None
    after = [b for (a, b) in pairs if a == word and docs.get(b, 0) >= 2]
    return max(after, key=lambda b: (docs[b], len(b), b), default=None)


def lasting_nouns(words: Sequence[str], numerals: frozenset[str]) -> set[str]:
    """The words of ``words`` (one lead's, in order, casefolded) right after a count joined
    to its unit of two parts ("a four-year ban", "a six-day war"): a noun the count measures,
    however short. The action's words are read from four letters up, so that short function
    words and verb forms ("was", "has", "set") name no act; a word a count measures is a
    noun all the same ("ban", "war"). An age of three parts ("a 15-year-old boy") measures a
    person, not what happened, and is not read so; nor is a word after a number alone ("16
    people"), which is a toll."""
    return {
        b
        for a, b in itertools.pairwise(words)
        if a.count("-") == 1 and counted(a, numerals) and b.isalpha()
    }
