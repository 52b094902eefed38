"""A city's alternate name that is an everyday English phrase is no name of the city.

GeoNames lists, among a city's alternate names, translations of its name into other
languages' everyday words: Casablanca ("white house" in Spanish) has "White House", a
name no English text gives the city and the name of a landmark in Washington. Read as the
city's name, "the White House" became Casablanca, and every form of the landmark that was
joined to it was named after the city. Other such phrases name another place or nothing:
"Garden City" (Singapore), "Mill City" and "Smith Station" (Phoenix).

:func:`everyday_phrase` says which alternate names are such phrases: two words or more,
each of :data:`MIN_LETTERS` letters or more and an everyday English word (wordfreq's Zipf
≥ :data:`EVERYDAY_ZIPF`), and none of them a place's own name (a country's or a GeoNames
city's: "Federal Republic of Germany", "Port Louis"), a given name ("Port Elizabeth") or a
word of the city's own name ("Dubai City"). Only English is asked: the alternate names
carry no language, English is the language every packet's gazetteer reads Latin names in,
and other languages' frequency lists hold the city names themselves ("Puerto Príncipe",
"Санкт Петербург" are frequent words to wordfreq and the cities' own names there).
"""

from __future__ import annotations

import functools
import unicodedata

from briefing import geodata

#: Shortest word asked: shorter ones are syllables of romanised names ("Ha Mon", "An Son").
MIN_LETTERS = 4
#: Everyday in English: "white" 5.5, "house" 5.7, "garden" 4.8; rare words of city names
#: stay below ("Paolo" 3.4).
EVERYDAY_ZIPF = 4.0


def _fold(text: str) -> str:
    """Case-folded, without accents. An ASCII text (most of GeoNames' own names, all folded
    once per process) has no accent to strip: only its case is folded."""
    if text.isascii():
        return text.casefold()
    plain = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in plain if not unicodedata.combining(ch))


@functools.cache
def _place_names() -> frozenset[str]:
    """The folded own names of GeoNames' countries and cities (not their alternate names)."""
    names = {_fold(city.name) for city in geodata.cities()}
    names.update(_fold(str(info["name"])) for info in geodata.countries().values())
    return frozenset(names)


@functools.cache
def everyday_phrase(alternate: str, city: str) -> bool:
    """Whether ``alternate``, an alternate name of ``city``, is an everyday English phrase
    (see the module): "White House" of Casablanca, not "Port Elizabeth" nor "Dubai City"."""
    words = alternate.split()
    if len(words) < 2 or not all(len(w) >= MIN_LETTERS and w.isalpha() for w in words):
        return False
    from briefing.topics.word_keys import zipf

    if not all(zipf(w.casefold(), "en") >= EVERYDAY_ZIPF for w in words):
        return False
    own = _fold(city)
    if any(_fold(w) in own or _fold(w) in _place_names() for w in words):
        return False
    from briefing.given_name_table import given_name

    return not any(given_name(w) for w in words)
