"""A run of capitalised words that is a date, not a name: "Samstag 4.", "5 Mart", "Κυριακή 5".

Split from :mod:`.name_kinds`, which decides what each run of capitalised words is; whether
the run is a date is settled from CLDR's weekday and month names of the paragraph's
language and English (via Babel, every width and context, accents dropped as Greek
headlines drop them), with another case ending allowed ("Τετάρτης 1"). It is the one test
of that decision that needs tables per language rather than the run's own words.
"""

from __future__ import annotations

import functools
import unicodedata

from briefing.topics.lexicon import MONTHS, WEEKDAYS
from briefing.topics.tokens import Token


def _date_phrase(words: list[Token], language: str) -> bool:
    """Numbers and weekday or month names of the paragraph's language (or English), one of
    each at least: "Κυριακή 5", "Samstag 4.", "5 Mart"; a name in another case counts
    ("Τετάρτης 1": of Wednesday the 1st). A name alone may be a person's ("Domingo"), and a
    name with another word stays ("Plácido Domingo")."""
    if not any(w.text[:1].isdigit() for w in words):
        return False  # the common case, settled without reading the names
    names = date_words(language)
    named = number = False
    for w in words:
        bare = _bare(w.lower).rstrip(".")
        if w.text.rstrip(".").isdigit():
            number = True
        elif bare in names or _inflected(bare, language):
            named = True
        else:
            return False
    return named and number


def _inflected(word: str, language: str) -> bool:
    """A weekday or month name with another ending: its letters but the last, and at most
    two letters more ("τεταρτης" of "τεταρτη")."""
    stem = word[:-1]
    while len(stem) >= 4:
        full = _stems(language).get(stem)
        if full is not None and len(word) <= full + 2:
            return True
        stem = stem[:-1]
        if len(word) - len(stem) > 3:
            break
    return False


@functools.cache
def _stems(language: str) -> dict[str, int]:
    """Each date word without its last letter → the word's length (stems of 4 letters or
    more)."""
    return {w[:-1]: len(w) for w in date_words(language) if len(w) >= 5}


@functools.cache
def date_words(language: str) -> frozenset[str]:
    """Weekday and month names of ``language`` and English, lower case without accents
    (Greek headlines drop them), as CLDR writes them (via Babel): wide and abbreviated,
    in the forms used inside a date and alone ("Μαρτίου" and "Μάρτιος", "марта" and
    "март"). Empty for a language CLDR does not know, apart from English's."""
    from babel import Locale, UnknownLocaleError
    from babel.dates import get_day_names, get_month_names

    found = set(MONTHS | WEEKDAYS)
    try:
        locale = Locale.parse(language)
    except (UnknownLocaleError, ValueError):
        return frozenset(found)
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            for names in (
                get_day_names(width, context=context, locale=locale),
                get_month_names(width, context=context, locale=locale),
            ):
                found.update(_bare(n.lower()).rstrip(".") for n in names.values())
    return frozenset(w for w in found if len(w) >= 3)


def _bare(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
