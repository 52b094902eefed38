"""The word pattern of the index, the query and the highlighter: Whoosh's, less glued sentences.

Whoosh's ``[\\w*]+(\\.?[\\w*]+)*`` keeps a dot between two word characters inside the word, so
``example.com``, ``Node.js``, ``U.S.``, ``e.g.``, ``4.600`` and ``3.11.2`` stay whole. But
scraped text often loses the space after a full stop (``31-storey towers.Firefighters
arrived``), and the pattern then made one word, ``towers.firefighters``, of the end of one
sentence and the start of the next: neither ``tower`` nor ``firefighter`` found it.

So a dot is not kept inside a word where it ends a sentence glued to the next one:

- the part before the dot (since the word's start or its previous dot) has two characters or
  more, so an abbreviation or acronym made of single letters (``U.S.``, ``e.g.``, ``N.A.T.O``,
  ``p.m.``) is never cut;
- the part after it is a capitalised word: a capital and then only lowercase letters, two
  letters at least, up to the end of the word or a dot not followed by a lowercase letter
  (``towers.Firefighters``, ``башни.Пожарные``). A lowercase part (``example.com``,
  ``Node.js``), a number (``4.600``), a part with another capital or a digit (``ASP.NET``,
  ``util.ArrayList``, ``v2.Beta1``), one letter (``Ph.D``), or a part followed by a
  lowercase file or domain ending (``www.Example.com``) keeps the dot inside the word;
- nor after a part that is a common domain ending written capitalised (``Lenta.Ru``,
  ``Amazon.Com``).

Case decides, so the pattern must see the text as written, before lowercasing. Scripts
without case (Chinese, Arabic, Hebrew) never split. Python's ``re`` has no class for
"uppercase letter", so the two classes are built once from ``str.isupper``/``str.islower``
over the Basic Multilingual Plane (every cased alphabet that news is written in).

A combining mark (a Devanagari or Tamil vowel sign, a Hebrew point, an Arabic haraka) stays
inside the word it follows: Python's ``\\w`` holds none, and Whoosh's pattern cut ``किताबें``
into ``क`` ``त`` ``ब`` (schema 11; :mod:`briefing.word_marks`). A word or a dotted part still
starts with a ``\\w`` character, so a stray mark after a space is no word; text without marks
(every NFC Latin, Greek and Cyrillic text) is cut exactly as before.
"""

from __future__ import annotations

import re
from functools import cache

from briefing.word_marks import MARKS

__all__ = ["ASCII_TOKEN_PATTERN", "TOKEN_PATTERN", "prepare_patterns", "splits_at"]


def _class(test: str) -> str:
    """A character class of the BMP characters for which ``str.<test>()`` holds, as ranges."""
    ranges: list[tuple[int, int]] = []
    for code in range(0x10000):
        if 0xD800 <= code <= 0xDFFF or not getattr(chr(code), test)():
            continue
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1] = (ranges[-1][0], code)
        else:
            ranges.append((code, code))
    parts = (
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
        for a, b in ranges
    )
    return "[" + "".join(parts) + "]"


_UPPER = _class("isupper")
_LOWER = _class("islower")

#: Capitalised parts that are domain endings, not sentence starts (``Lenta.Ru``). Only
#: endings that are not also a common capitalised word in some language (``It``, ``In``,
#: ``De``, ``No`` are both, and are left to split).
_DOMAIN_ENDINGS = ("Com", "Org", "Net", "Ru", "Ua", "Info", "Gov", "Edu", "Eu", "Uk", "Pl", "Cz")


def _patterns(upper: str, lower: str, marks: str) -> tuple[str, str]:
    """The glued-dot test and the word pattern, from the classes of upper- and lowercase
    letters and the marks (``[…]`` classes, ``marks`` their inside, possibly empty)."""
    #: A character inside a word: ``\w``, the ``*`` of a wildcard, or a combining mark.
    inside = rf"[\w*{marks}]"
    #: A lowercase letter or a mark (``Café`` decomposed is still one capitalised word).
    lower_or_mark = rf"[{lower[1:-1]}{marks}]"
    marks_run = f"[{marks}]*" if marks else ""
    #: At a dot: the sentence end glued to the next sentence's first word (module docstring).
    glued = (
        rf"(?<=[\w*]{inside})\."
        rf"(?!(?:{'|'.join(_DOMAIN_ENDINGS)})(?!{inside}))"
        rf"(?={upper}{marks_run}{lower}{lower_or_mark}*(?!{inside}|\.{lower}))"
    )
    return glued, rf"[\w*]{inside}*(?:(?!{glued})\.[\w*]{inside}*)*"


_GLUED, _WORD = _patterns(_UPPER, _LOWER, MARKS)

#: The word pattern: Whoosh's (``[\w*]+(\.?[\w*]+)*``), except that a dot where
#: :data:`_GLUED` holds ends the word and that combining marks stay inside it. No capturing
#: group, so ``findall`` returns whole words. (Whoosh's optional dot is required here: a part
#: without one only went on with the run its greedy ``+`` had already taken.)
TOKEN_PATTERN: re.Pattern[str] = re.compile(_WORD)

#: :data:`TOKEN_PATTERN` for ASCII text only, the same words: built from the same parts with
#: the ASCII letters as the cased classes and no marks (an ASCII text holds no other
#: letter and no mark), it runs in about half the time over the index's ASCII paragraphs
#: (most of them), where the large classes were most of the matching.
ASCII_TOKEN_PATTERN: re.Pattern[str] = re.compile(_patterns("[A-Z]", "[a-z]", "")[1], re.ASCII)


@cache
def _glued_dot() -> re.Pattern[str]:
    return re.compile(_GLUED)


def prepare_patterns() -> None:
    """Compile the glued-dot pattern now, off the thread the user waits on: its cased
    classes take ~70 ms to compile (more on a loaded machine), which the first highlighted
    search after launch paid inside a key's time (benchmarks/PROFILE.md). Not at import,
    where it would delay the first frame."""
    _glued_dot()


def splits_at(text: str, dot: int) -> bool:
    """True when the character at ``dot`` is a dot that :data:`TOKEN_PATTERN` does not keep
    inside a word because a sentence ends there glued to the next (``towers.Firefighters``)."""
    return _glued_dot().match(text, dot) is not None
