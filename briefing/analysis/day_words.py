"""The words the main day's rules compare: a sentence's content words, a word's key across
languages, and the words that tell a day rather than what happened on it.

Kept apart from :mod:`briefing.analysis.main_day` because three rules share them — the main day
and its rivals, a weekday's slip (:mod:`~.weekday_slips`) and an earlier act of the same kind
(:mod:`~.earlier_acts`) — and each asks the same question: is this word the act's, written in
any language, or only a name, a unit of time or a function word?
"""

from __future__ import annotations

import re
from functools import cache

from briefing.analysis.inflection import folded
from briefing.analysis.locales import locale_for
from briefing.analysis.names import countries
from briefing.analysis.text import NOUN_CAPS, WORD, unelided
from briefing.analysis.units import unit_names

__all__ = [
    "PREFIX",
    "content_words",
    "country_keys",
    "night_words",
    "stopwords",
    "time_words",
    "word_key",
]

#: Letters of a word compared to tell the act's words ("collid-ed", "collis-ion").
PREFIX = 5


def content_words(words: list[re.Match[str]], language: str) -> list[re.Match[str]]:
    """Content words: no function words, units of time or times of day, and no names (a
    capital inside the sentence, where the language keeps capitals for names): "Lisbon" or
    "Louvre" is beside every day of the story, the act's word beside its own day only."""
    skip = stopwords(language) | time_words(language)
    return [
        m
        for m in words
        if len(piece := unelided(m.group())) >= PREFIX
        and piece.casefold() not in skip
        and m.group().casefold() not in skip  # "aujourd'hui", "couldn't": listed whole
        and not (piece[:1].isupper() and m.start() > 0 and language not in NOUN_CAPS)
    ]


def word_key(word: str) -> str:
    """A word's first letters without accents, to compare across languages ("derailed" /
    "déraillement"), with y read as i ("cyclone", "ciclón", "tifone" / "typhoon"): the act's
    word is often one borrowed word in several languages, spelt after each one's rules; and
    German "ä" as the "e" the others write for the borrowed Latin "ae" ("Präsidentschaft" /
    "presidential", "Ära" / "era")."""
    return folded(word.replace("ä", "e").replace("Ä", "E")).replace("y", "i")[:PREFIX]


@cache
def country_keys() -> frozenset[str]:
    """The keys of country names ("France" → ``franc``), which their adjectives share."""
    return frozenset(word_key(name) for name in countries())


@cache
def night_words(language: str) -> frozenset[str]:
    """CLDR's words for night in ``language`` ("night", "Nacht", "ночь", "noche"), less the
    words its other day periods use too (French "du matin" tells night hours as morning)."""
    night: set[str] = set()
    other: set[str] = set()
    locale = locale_for(language)
    if locale is not None:
        for context in locale.day_periods.values():
            for names in context.values():
                for key, name in dict(names).items():
                    words = {w.casefold() for w in WORD.findall(str(name))}
                    (night if key in ("night1", "night2") else other).update(words)
    return frozenset(w for w in night - other if len(w) >= 3)


@cache
def time_words(language: str) -> frozenset[str]:
    """Units of time and CLDR's day periods ("evening", "Abend", "вечером"): how a day is
    told, not what happened on it."""
    words = {n for n, unit in unit_names(language).items() if unit.startswith("duration-")}
    locale = locale_for(language)
    if locale is not None:
        for context in locale.day_periods.values():
            for names in context.values():
                words.update(w.casefold() for n in dict(names).values() for w in WORD.findall(n))
    return frozenset(words)


@cache
def stopwords(language: str) -> frozenset[str]:
    """stopwords-iso's function words of ``language`` (none for a language it lacks)."""
    import stopwordsiso

    return frozenset(
        w.casefold()
        for w in (stopwordsiso.stopwords(language) if stopwordsiso.has_lang(language) else ())
    )
