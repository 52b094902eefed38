"""A page's strip of who and when, run onto the headline in a saved excerpt.

News pages print a line such as ``NOS Nieuws • vandaag, 09:25 • Aangepast vandaag, 13:48``
or ``BBC News · 3 March 2031, 10:22`` above the story: a name, then one or more time stamps,
each after a bullet or a bar. An excerpt often glues the headline onto its end. The strip is
furniture (never part of the title), and its name is the publisher when it looks like one.

A stamp is a date the shared date reader understands (``3 March 2031``, ``01.11.2031``) or a
relative day from CLDR (``vandaag``, ``heute``, ``yesterday``: :mod:`briefing.analysis.
relative_days`), each with an optional label word (``Aangepast``, ``Updated``) before it and
a time after it. A relative day dates nothing here: the article's date comes from elsewhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from briefing.corpus.stated import read_date

__all__ = ["TimeStrip", "is_time_strip", "read_time_strip", "strip_outlet"]

_SEP = re.compile(r"\s*[•·|]\s*")
_TIME = re.compile(r",?\s*(?:om|at|um|à|a las|alle|às|в|o)?\s*[0-2]?\d[:.h][0-5]\d(?:\s*(?i:uhr))?")
#: The name before the first bullet: up to five words, no sentence inside.
_NAME = re.compile(r"[^\W\d_][^•·|!?:;\n]{0,48}?(?=\s*[•·|])")
#: A label word before a stamp ("Aangepast", "Updated", "Mis à jour"): up to three of them.
_LABEL_WORD = re.compile(r"[^\W\d_]+\s+")
_ACRONYM = re.compile(r"^[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ]{2,6}$")
_DOMAIN = re.compile(r"\w\.(?:[a-z]{2,3})$")


@dataclass(frozen=True, slots=True)
class TimeStrip:
    """A name and its time stamps at the front of a paragraph."""

    #: The name before the first bullet ("NOS Nieuws").
    name: str
    #: Where the strip ends in the paragraph (a headline may follow).
    end: int


def read_time_strip(text: str) -> TimeStrip | None:
    """The strip opening ``text``, or None: a name, then one or more ``• stamp``."""
    name = _NAME.match(text)
    if name is None or len(name.group(0).split()) > 5:
        return None
    end = name.end()
    stamps = 0
    while (sep := _SEP.match(text, end)) is not None and sep.end() > end:
        stamp_end = _stamp_end(text, sep.end())
        if stamp_end is None:
            break
        end, stamps = stamp_end, stamps + 1
    if not stamps:
        return None
    return TimeStrip(name.group(0).strip(), end)


def _stamp_end(text: str, start: int) -> int | None:
    """Where a stamp that starts at ``start`` ends (a time after it included), or None. A
    relative day needs its time ("vandaag, 09:25"): alone, "morgen" or "ma" is a word."""
    for begin in _starts(text, start):
        found = _day_end(text, begin)
        if found is None:
            continue
        end, relative = found
        time = _TIME.match(text, end)
        if time:
            return time.end()
        if not relative:
            return end
    return None


def _starts(text: str, start: int) -> list[int]:
    """Where the date of a stamp may start: at once, or after one to three label words."""
    found = [start]
    for _ in range(3):
        word = _LABEL_WORD.match(text, found[-1])
        if word is None:
            break
        found.append(word.end())
    return found


def _day_end(text: str, start: int) -> tuple[int, bool] | None:
    """(where it ends, whether it is relative) for a date or a relative day at ``start``."""
    date = read_date(text, start)
    if date is not None and date.end > start:
        return date.end, False
    word = re.match(r"[^\W\d_]+(?:\s[^\W\d_]+)?", text[start : start + 40])
    if word is None:
        return None
    phrase = word.group(0).casefold()
    for candidate in (phrase, phrase.split()[0]):
        if candidate in _relative_days():
            return start + len(candidate), True
    return None


@cache
def _relative_days() -> frozenset[str]:
    """Every language's CLDR words for today, yesterday and the like."""
    from briefing.analysis.relative_days import RELATIVE_DAYS

    return frozenset(word for words in RELATIVE_DAYS.values() for word in words)


def is_time_strip(text: str) -> bool:
    """The paragraph is a strip and nothing else (furniture)."""
    if len(text) > 160 or not ("•" in text or "·" in text or "|" in text):
        return False
    strip = read_time_strip(text)
    return strip is not None and not text[strip.end :].strip(" .,")


def strip_outlet(text: str) -> str | None:
    """The publisher a strip that is a whole paragraph names, or None.

    Its name must look like a publisher's: it holds an acronym (``NOS Nieuws``, ``BBC
    News``) or a domain (``nu.nl``). A section (``Politik • heute, 10:22``) is an everyday
    word and names nobody; a person's byline (``Anna Neri • 3 March``) holds neither.
    """
    strip = read_time_strip(text) if is_time_strip(text) else None
    if strip is None:
        return None
    words = strip.name.split()
    if any(_ACRONYM.match(w) for w in words) or _DOMAIN.search(strip.name):
        return strip.name
    return None
