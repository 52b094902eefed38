"""Years named alone: "in 2019", "en 2019", "im Jahr 2019", "в 2004 году", "2004 yılında".

A year with no month still dates something the story mentions (the fire that closed a
cathedral, the siege an attack is compared with), so the timeline lists it, at the year's
precision and never finer. A four-digit number is read as a year only where the language
itself says so, never from its value alone ("2000 people", "1999 euros" are counts):

- the language's word for a year stands right before or after it ("im Jahr 2019", "в 2004
  году", "2004 yılında"; CLDR's names of the unit, any ending), or
- a function word of the language stands right before it ("in 2019", "nel 2019", "в 2004"),
  that is not a hedge of a figure ("about 2000", "plus de 2000"), and what follows cannot be
  what it counts: the clause ends, or a function word or a name comes next ("in 1998 after
  a flood", "in 2019 Paris…"), never a unit or another word ("of 2000 families", "2000
  euros"). A year followed by a verb ("in 2023 issued a warrant") is missed, rather
  than read a count as a year.

A year in brackets ("(2019)") is a title's or a reference's, not a statement's, and is left.
"""

from __future__ import annotations

import re
from functools import cache

from briefing.analysis.dates import DatePhrase
from briefing.analysis.numbers import QUALIFIERS
from briefing.analysis.text import NOUN_CAPS
from briefing.analysis.units import unit_after, unit_names

_YEAR = re.compile(r"(?<![\w.,:/\-–(])(?:19|20)\d\d(?![\w\-–/%]|[.,]\d)")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’]*)\s+$")
_WORD_AFTER = re.compile(r"\s+([^\W\d_][\w'’]*)")
_HAS_YEAR = re.compile(r"(?:19|20)\d\d")


def has_year(text: str) -> bool:
    """A cheap pre-check: False means :func:`find_years` finds nothing (most paragraphs have
    no "19" or "20" at all, and a substring test costs less than the pattern)."""
    return ("19" in text or "20" in text) and _HAS_YEAR.search(text) is not None


def find_years(text: str, language: str, taken: list[tuple[int, int]]) -> list[DatePhrase]:
    """Year-only phrases of ``text`` outside the spans already ``taken`` by fuller dates."""
    found = []
    for match in _YEAR.finditer(text):
        if any(start < match.end() and match.start() < end for start, end in taken):
            continue
        before = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
        after = _WORD_AFTER.match(text, match.end())
        word_before = before.group(1).casefold() if before else ""
        word_after = after.group(1).casefold() if after else ""
        if not (
            _year_word(word_before, language)
            or _year_word(word_after, language)
            or _function_word_before(text, match.start(), match.end(), language)
        ):
            continue
        year = int(match.group())
        found.append(DatePhrase(match.start(), match.end(), match.group(), "year", year=year))
    return found


def _function_word_before(text: str, start: int, end: int, language: str) -> bool:
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None or before.group(1).casefold() not in function_words(language):
        return False
    head = text[max(0, start - 30) : start].casefold().rstrip()
    if any(head == h or head.endswith(f" {h}") for h in QUALIFIERS.get(language, {})):
        return False  # "about 2000", "plus de 2000": a figure
    if unit_after(text, end, language) is not None:
        return False  # "in 2000 km"
    following = _WORD_AFTER.match(text, end)
    if following is None:
        return True  # the clause ends: "in 2019.", "en 2019, la flèche…"
    word = following.group(1)
    if word.casefold() in function_words(language):
        return True  # "in 1998 after a flood", "nel 1977 è entrato"
    # Any other word after it may be what the number counts ("of 2000 families", "von 2000
    # Menschen"): a capitalised one only where capitals mark names, not nouns.
    return word[:1].isupper() and language not in NOUN_CAPS


@cache
def _year_names(language: str) -> tuple[str, ...]:
    return tuple(
        name
        for name, unit in unit_names(language).items()
        if unit == "duration-year" and len(name) >= 2 and name.isalpha()
    )


def _year_word(word: str, language: str) -> bool:
    """ "jahr", "году", "yılında": a form of the language's word for a year."""
    return bool(word) and any(
        word == name or (len(name) >= 3 and word.startswith(name)) for name in _year_names(language)
    )


@cache
def function_words(language: str) -> frozenset[str]:
    import stopwordsiso
    from whoosh.lang import has_stopwords, stopwords_for_language

    words = set(stopwords_for_language(language)) if has_stopwords(language) else set()
    if stopwordsiso.has_lang(language):
        words |= set(stopwordsiso.stopwords(language))
    return frozenset(w.casefold() for w in words)
