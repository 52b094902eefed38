"""Distances from a named place: one quantity whatever the unit it is given in.

"about 380 kilometers north of Athens", "about 380 miles north of Athens", "в 370 км от
Афин", "rund 200 Kilometer südlich von Lyon": a length followed by a few lower-case words
(a direction, a preposition) and a capitalised name is how far the story's place lies from
that name. The sentence says what is measured, so no word list of one story is needed, and
two reports of that distance are one quantity even in two units: 380 miles is 611 km, which
cannot be "about 380 km", while "376 kilometres (235 miles)" states one distance twice (the
bracketed conversion is not read as a second distance) and "about 380 km" and "376 km" are a
rounded and a precise figure of one distance. Lengths are compared in kilometres; the
conversion factors are the units' definitions, not data of a story.

A place written as a GeoNames city name ("Reykjavik", "Lyon", "Москва") is one key in every
language, by the GeoNames id of the largest city of that name (:func:`briefing.geodata.city_id`):
"50 kilometers southwest of Reykjavik" and "rund 40 Kilometer südwestlich von Reykjavik"
measure one distance, whatever language surrounds it, and so do "40 kilomètres de Londres" and
"30 كيلومترا … من لندن", two names of one city. A script without capitals (Arabic, Persian)
cannot show a name by its first letter: there the word right after "from" is the place only
when it is a GeoNames city's name, else the length is no distance. Any
other place keeps its stem in the article's language, within that language: an inflected form
("Афин", "Krakowa") is no city name, and the same place in two languages' own forms ("Athens",
"Athen") is not matched by its letters. What lies at that distance (the town, or the eruption
site beside it) is not read: two distances from one named place in one packet are taken to be
the story's place's, and hedged figures ("about 50", "rund 40") are ranges that must fail to
overlap before they disagree (:func:`briefing.analysis.numbers.interval`), so a few kilometres
between a town and a site nearby never make a clash.

"The capital" is read as the city its sentence names: "southwest of Iceland's capital,
Reykjavik", "südwestlich der Hauptstadt Reykjavik" (:func:`_named_capital`). A possessive name
("Iceland's") is never the place itself.
"""

from __future__ import annotations

import re

from briefing.analysis.crosscounts import ANY_LANGUAGE
from briefing.analysis.inflection import folded
from briefing.analysis.locales import month_names, weekday_names
from briefing.analysis.names import FUNCTION_WORDS
from briefing.analysis.stems import stem_word
from briefing.geodata import city_id, is_city_name

#: The key of a distance: this, then the place's stem.
DISTANCE = "distance"
#: Before a GeoNames id in a distance's key: one city whatever its name's language or script.
_CITY = "geonames:"
#: Kilometres in one of each CLDR length unit (the units' definitions).
KILOMETRES = {
    "length-kilometer": 1.0,
    "length-meter": 1e-3,
    "length-centimeter": 1e-5,
    "length-millimeter": 1e-6,
    "length-mile": 1.609344,
    "length-nautical-mile": 1.852,
    "length-yard": 0.0009144,
    "length-foot": 0.0003048,
    "length-inch": 0.0000254,
}
#: The word that puts a place after a distance, per language: "from" or "of" ("380 km from
#: Athens", "north of Athens", "в 370 км от Афин", "200 Kilometer von Lyon", "à 200 km de
#: Lyon", "a 150 chilometri da Bratislava"). Any other word before the name ("17.9 km near
#: the Turkish city") says where a thing is, not how far it is from there.
_FROM: dict[str, frozenset[str]] = {
    "en": frozenset({"from", "of"}),
    "de": frozenset({"von"}),
    "fr": frozenset({"de"}),
    "it": frozenset({"da", "di"}),
    "es": frozenset({"de", "desde"}),
    "ru": frozenset({"от"}),
    "nl": frozenset({"van"}),
    "pl": frozenset({"od"}),
    "ar": frozenset({"من", "عن"}),
    "fa": frozenset({"از"}),
}
#: The nouns for "the capital" that a city's name may follow in apposition ("Iceland's capital,
#: Reykjavik", "der Hauptstadt Reykjavik", "de hoofdstad Reykjavik").
_CAPITAL_NOUNS = frozenset({"capital", "capitale", "hauptstadt", "hoofdstad", "stolica"})
#: An article before "the capital" that says "of the" by itself (the German genitive:
#: "südwestlich der Hauptstadt").
_GENITIVE = {"de": frozenset({"der"})}
#: Lower-case words allowed between the unit and the place ("north of", "к северо-западу от").
_MOST_LINKS = 3
#: "The capital", followed by its adjective in the languages that put the adjective after
#: the noun ("a diez kilómetros de la capital valenciana"): :func:`_capital_city`. (Portuguese
#: has no word in :data:`_FROM` yet, so its "da capital" is not read either way.)
_CAPITAL = frozenset({"capital", "capitale"})
_ADJECTIVE_AFTER = frozenset({"es", "fr", "it", "pt"})
_CAPITALISED = re.compile(r"\b[A-ZÀ-Þ][^\W\d_]{3,}")
_BRACKET = re.compile(r"[ \u00a0]*\([^()]{1,40}\)")
_NEXT = re.compile(r"[ \u00a0]+([^\W\d_][\w\-]*)(?:['’][^\W\d_]+)?")
_OPENED = re.compile(r"\([ \u00a0]*(?:[^\W\d_]+[ \u00a0]+)?$")
_POSSESSIVE = re.compile(r"['’]s$")
_APPOSED = re.compile(r",?[ \u00a0]+([A-ZÀ-Þ][^\W\d_]+)")


def distance_key(
    text: str, start: int, unit_id: str, unit_end: int, language: str
) -> tuple[tuple[str, str], str, str] | None:
    """((language, key), place as written, what) of a length ``text[start:unit_end]`` that
    measures a distance from a named place, else None; the language is :data:`ANY_LANGUAGE`
    for a city name (:func:`_keyed`). A length in brackets right after an opening bracket
    ("(235 miles)") is a conversion of the figure before it: never a distance."""
    if unit_id not in KILOMETRES or _OPENED.search(text, max(0, start - 20), start):
        return None
    position = unit_end
    bracket = _BRACKET.match(text, position)
    if bracket is not None:
        position = bracket.end()
    previous = ""
    links: list[str] = []
    for _ in range(_MOST_LINKS + 1):
        match = _NEXT.match(text, position)
        if match is None:
            return None
        word = match.group(1)
        froms = _FROM.get(language, frozenset())
        after_from = bool(set(links[-2:]) & froms) or previous in _GENITIVE.get(language, ())
        if word.casefold() in _CAPITAL_NOUNS and after_from:
            city = _named_capital(text, match.end())
            if city is None and word.casefold() in _CAPITAL:
                city = _capital_city(text, match.end(), language)
            return None if city is None else _keyed(city, language)
        if word[:1].isupper():
            if not _place_like(word, language) or previous not in froms:
                return None
            if _POSSESSIVE.search(match.group(0)):  # "of Iceland's capital, Reykjavik"
                return _possessed_capital(text, match.end(), language)
            return _keyed(word, language)
        caseless = word.lower() == word.upper()
        if caseless and previous in froms and is_city_name(word):
            return _keyed(word, language)  # "… إلى الغرب من لندن": a script with no capitals
        if not (word.islower() or caseless):
            return None
        previous, position = word, match.end()
        links.append(word)
    return None


def _keyed(place: str, language: str) -> tuple[tuple[str, str], str, str]:
    """The key of a distance from ``place``: its city's GeoNames id in every language when it
    is written as a GeoNames city's name, else its stem within ``language``."""
    city = city_id(place)
    if city is not None:
        key = (ANY_LANGUAGE, f"{DISTANCE} {_CITY}{city}")
    else:
        key = (language, f"{DISTANCE} {stem_word(place, language)}")
    return key, place, f"from {place}"


def is_city_key(key: tuple[str, str]) -> bool:
    """Whether a distance's ``key`` names a GeoNames city (:func:`_keyed`)."""
    return key[0] == ANY_LANGUAGE and key[1].startswith(f"{DISTANCE} {_CITY}")


def _possessed_capital(
    text: str, end: int, language: str
) -> tuple[tuple[str, str], str, str] | None:
    """The city named after "capital" in "… of Iceland's capital, Reykjavik", else None (the
    possessor is a country or a region, never the place measured from)."""
    match = _NEXT.match(text, end)
    if match is None or match.group(1).casefold() not in _CAPITAL_NOUNS:
        return None
    city = _named_capital(text, match.end())
    return None if city is None else _keyed(city, language)


def _named_capital(text: str, end: int) -> str | None:
    """The city's name right after "the capital", bare or after a comma ("Hauptstadt
    Reykjavik", "capital, Reykjavik"), when it is a GeoNames city name."""
    match = _APPOSED.match(text, end)
    if match is None or not is_city_name(match.group(1)):
        return None
    return match.group(1)


def _capital_city(text: str, end: int, language: str) -> str | None:
    """The city meant by "the capital" and the adjective after it ("de la capital
    *valenciana*", "à 12 km de la capitale *grenobloise*"): a name the sentence itself writes,
    of a GeoNames city, that begins the adjective less its last vowel, five letters or more
    ("Valencia" in "valenciana", "Grenoble" in "grenobloise"). A region's capital of another
    name ("la capital andaluza", Seville) names no such city, and a city the sentence does not
    write ("Galle" in "gallega") is not meant."""
    if language not in _ADJECTIVE_AFTER:
        return None
    match = _NEXT.match(text, end)
    if match is None or not match.group(1).islower():
        return None
    adjective = folded(match.group(1))
    for name in dict.fromkeys(_CAPITALISED.findall(text)):
        bare = folded(name)
        stem = bare[:-1] if bare[-1:] in "aeiou" else bare  # "Grenoble" / "grenobloise"
        if len(stem) >= 5 and adjective.startswith(stem) and is_city_name(name):
            return name
    return None


def _place_like(word: str, language: str) -> bool:
    """A capitalised word that can name a place: not a function word, month or weekday."""
    folded = word.casefold()
    return (
        word not in FUNCTION_WORDS
        and not word.isupper()
        and folded not in month_names(language)
        and folded not in weekday_names(language)
    )


def in_kilometres(unit_id: str) -> float:
    """How many kilometres one ``unit_id`` is (1.0 for a unit that is no length)."""
    return KILOMETRES.get(unit_id, 1.0)
