"""A city's name in another language: "Moscow" in an Italian article is English, not Italian.

Two names of one city are compared only within one language (:mod:`.places`), but a text
in one language quotes other languages (a headline kept in English, an agency's dateline,
a title in the original): "Mosca" and "Moscow" in two Italian articles are a translation,
not a disagreement. CLDR (through Babel) names the cities of the time-zone database in every
language it covers ("Moscou", "Moskau", "Mosca", "Москва"); a word that some other language
gives a city as its name, while the article's language names that city otherwise, is that
other language's name — an exonym — and is not the article's own word for the city.

English keeps both the time-zone identifier's name and CLDR's English override: "Kiev"
(Europe/Kiev) and "Kyiv" are both English, so two English outlets writing them still
disagree. A language CLDR does not cover names nothing here, so nothing is dropped for it.

A person's name has no such table, but where a script's languages transliterate every name
into their own alphabet (Cyrillic, Greek…), a letter the article's language does not have
marks another language's form: "Фіцо" (Ukrainian і) in a Russian article beside "Фицо" is a
translation, not a second Russian spelling (:func:`other_alphabet`). Each language's
alphabet is read from its own CLDR names of countries and languages. Latin-script languages
keep foreign names as their owners write them ("Kowalczyk" in Italian), so a letter there
says nothing about the language of the form, and the rule is not applied to them.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from functools import cache

from briefing.analysis.inflection import accent_free, folded

#: Languages whose city names are checked as possible foreign names in any article, besides
#: the article's own (the languages news most often quotes and datelines in).
_QUOTED = ("en", "fr", "de", "it", "es", "pt", "ru", "uk", "pl", "tr", "nl", "cs", "sk", "hu")


@cache
def _explicit(language: str) -> dict[str, str]:
    """Time-zone id → the city's name in ``language`` where CLDR gives one."""
    from babel import Locale, UnknownLocaleError

    try:
        zones = Locale.parse(language).time_zones
    except (UnknownLocaleError, ValueError):
        return {}
    return {zone: str(data["city"]) for zone, data in zones.items() if "city" in data}


@cache
def _zones() -> frozenset[str]:
    """Every time-zone id some checked language names."""
    return frozenset(zone for language in _QUOTED for zone in _explicit(language))


def _root(zone: str) -> str:
    return zone.rsplit("/", 1)[-1].replace("_", " ")


def _names(language: str, zone: str) -> frozenset[str]:
    """What ``language`` calls the city of ``zone``: CLDR's name, else the identifier's
    (which is English, so English has both)."""
    own = _explicit(language).get(zone)
    if own is None:
        return frozenset({_root(zone)})
    return frozenset({own, _root(zone)}) if language == "en" else frozenset({own})


@cache
def _owners(language: str) -> dict[str, frozenset[str]]:
    """Word → the zones whose city another language (than ``language``) calls that word."""
    owners: dict[str, set[str]] = defaultdict(set)
    for other in _QUOTED:
        if other == language:
            continue
        for zone, name in _explicit(other).items():
            owners[name].add(zone)
        if other == "en":  # English names every city by its identifier
            for zone in _zones():
                owners[_root(zone)].add(zone)
    return {word: frozenset(zones) for word, zones in owners.items()}


def foreign_name(word: str, language: str) -> bool:
    """True when ``word`` is a city's name in another language and ``language`` (which CLDR
    covers) names that city otherwise ("Moscow" in Italian, "Mosca" in English)."""
    if not _explicit(language) and language != "en":
        return False  # CLDR does not name cities in this language: nothing to go on
    zones = _owners(language).get(word, frozenset())
    # "Istanbul" in Turkish is "İstanbul" typed without its dot, not another language's.
    return any(not any(accent_free(word, own) for own in _names(language, zone)) for zone in zones)


@cache
def _alphabet(language: str) -> frozenset[str]:
    """The letters (accents folded, lower case) of ``language``'s own CLDR names of countries
    and languages, if they are not Latin; else empty (see the module's docstring)."""
    from babel import Locale, UnknownLocaleError

    try:
        locale = Locale.parse(language)
    except (UnknownLocaleError, ValueError):
        return frozenset()
    text = " ".join([*locale.territories.values(), *locale.languages.values()])
    letters = frozenset(folded(c) for c in text if c.isalpha() and _script(c) != "LATIN")
    return letters if len(letters) >= 20 else frozenset()  # a script of its own


def _script(char: str) -> str:
    return unicodedata.name(char, "?").split(" ")[0]


def other_alphabet(word: str, language: str) -> bool:
    """True when ``word`` is written in ``language``'s script with a letter that language
    does not have ("Фіцо" in Russian, "Фицо" is Russian; always False for Latin script)."""
    alphabet = _alphabet(language)
    if not alphabet:
        return False
    scripts = {_script(c) for c in alphabet}
    return any(
        folded(c) not in alphabet for c in word.casefold() if c.isalpha() and _script(c) in scripts
    )
