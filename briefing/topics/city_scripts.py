"""A city the briefing names, also written in another script: "Анкоридже" is Anchorage.

The gazetteer reads the other-language names of capitals and of cities of a million people
or more (:mod:`.multilingual_gazetteer`); a smaller city's alternate names hold generic words
and other towns' and people's names ("Иванов" is a name of Ivanovo), so the gazetteer does
not take them, and a Russian "в Анкоридже" stays a name of its own beside "Anchorage".

Here the briefing itself says which city is meant: a name written only in a non-Latin script
joins a place the briefing already names when its key (Cyrillic lemmatised, as
:func:`~.naming.name_key` keys every name: "Анкоридже" → "анкоридж") is the key of one of
that city's GeoNames alternate names. Guards, since two things must never be joined: the
name is no person's by the briefing's evidence; every sighting is in a script other than
Latin (a Latin alternate name is often a word or another town's); the alternate name is
capitalised, not in capitals and longer than three letters, as the gazetteer takes them;
and it names exactly one of the places the briefing names ("Сан-Хосе" of two San Joses
the briefing both names joins neither), and no city of another name has it ("Ставрополь",
Stavropol, is also a former name of Tolyatti: it joins neither).

A Latin alternate name joins too, on stronger evidence (:func:`city_alias_pairs`): the
briefing already reads it as a place of its own (the gazetteer's, so no word and no person:
"Genève" beside "Geneva"), no city has it as its own name, it names that one city only, and
the two are written by articles of different languages, none writing both: one language
writes one name for a city, so a second name beside it in the same language is another place.
"""

from __future__ import annotations

import functools
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence

from briefing import geodata
from briefing.topics.candidates import Occurrence
from briefing.topics.phrase_alternates import everyday_phrase

#: Shortest alternate name read, as the gazetteer's (``_alternate_city_names``).
MIN_LETTERS = 4


def _latin_letter(ch: str) -> bool:
    return ch.isalpha() and (ch.isascii() or unicodedata.name(ch, "").startswith("LATIN"))


def not_latin(text: str) -> bool:
    """Whether ``text`` has letters and none of them is Latin ("Анкоридже", "安克雷奇")."""
    return any(ch.isalpha() for ch in text) and not any(_latin_letter(ch) for ch in text)


@functools.cache
def _cities_named() -> dict[str, tuple[geodata.City, ...]]:
    """GeoNames city name → the cities of that name (one pass over :func:`geodata.cities`)."""
    found: dict[str, list[geodata.City]] = defaultdict(list)
    for city in geodata.cities():
        if city.alternatenames:
            found[city.name].append(city)
    return {name: tuple(cities) for name, cities in found.items()}


@functools.cache
def _one_city_names() -> dict[str, str]:
    """Alternate name → the GeoNames name of the one city it names, or "" when it names
    cities of several names ("Ставрополь" is Stavropol's and, formerly, Tolyatti's)."""
    owner: dict[str, str] = {}
    for city in geodata.cities():
        for alt in city.alternatenames:
            held = owner.get(alt)
            if held is None:
                owner[alt] = city.name
            elif held != city.name:
                owner[alt] = ""
    return owner


@functools.cache
def other_script_names(name: str) -> tuple[str, ...]:
    """A city's alternate names in scripts other than Latin, as the gazetteer would take them
    (capitalised, not in capitals, :data:`MIN_LETTERS` letters or more), for every city
    :mod:`briefing.geodata` keeps alternate names of (100,000 people or more). Read only for
    the places a briefing names (the whole table's are ~12,000 names and a second's work),
    once per name and process."""
    return tuple(
        alt
        for city in _cities_named().get(name, ())
        for alt in city.alternatenames
        if len(alt) >= MIN_LETTERS and alt[0].isupper() and not alt.isupper() and not_latin(alt)
    )


@functools.cache
def latin_names(name: str) -> tuple[str, ...]:
    """A city's alternate names in Latin letters, as :func:`other_script_names` takes them."""
    return tuple(
        alt
        for city in _cities_named().get(name, ())
        for alt in city.alternatenames
        if len(alt) >= MIN_LETTERS
        and alt[0].isupper()
        and not alt.isupper()
        and alt != name
        and not not_latin(alt)
        and not everyday_phrase(alt, name)
    )


def city_alias_pairs(
    keys: Iterable[str],
    occurrences: Mapping[str, Sequence[Occurrence]],
    languages: Mapping[str, str],
) -> list[tuple[str, str]]:
    """(city key, place key) pairs: a place the briefing names under a Latin alternate name
    of exactly one other city it names, in other languages (see the module's docstring).
    ``languages`` maps an article to its language."""
    places = [k for k in keys if k.startswith("g:")]
    owners: dict[str, set[str]] = defaultdict(set)  # an alternate name → city keys
    for key in places:
        for alt in latin_names(key[2:]):
            owners[alt].add(key)
    pairs: list[tuple[str, str]] = []
    for key in places:
        cities = owners.get(key[2:], set()) - {key}
        if len(cities) != 1 or key[2:] in _cities_named():
            continue
        city = next(iter(cities))
        own = {languages.get(o.article, "") for o in occurrences.get(key, ())}
        other = {languages.get(o.article, "") for o in occurrences.get(city, ())}
        if not own or not other or "" in own | other or own & other:
            continue
        if _one_city_names().get(key[2:]) == city[2:]:
            pairs.append((city, key))
    return pairs


def city_script_pairs(
    keys: Iterable[str],
    kinds: Mapping[str, Counter[str]],
    occurrences: Mapping[str, Sequence[Occurrence]],
    key_of: Callable[[str], str],
) -> list[tuple[str, str]]:
    """(place key, name key) pairs: a name written in another script that is the alternate
    name of exactly one city the briefing names (see the module's docstring). ``key_of``
    keys a written name as the briefing keys names (:func:`~.naming.name_key`)."""
    keys = list(keys)
    cities: dict[str, set[str]] = defaultdict(set)  # an alternate name's key → place keys
    for key in keys:
        if key.startswith("g:"):
            for alt in other_script_names(key[2:]):
                cities[key_of(alt)].add(key)
    if not cities:
        return []
    pairs = []
    for key in keys:
        places = cities.get(key)
        if not places or len(places) != 1 or not key.startswith("n:"):
            continue
        seen = occurrences.get(key, ())
        if kinds[key]["person"] or not seen or not all(not_latin(o.surface) for o in seen):
            continue
        place = next(iter(places))
        # Read last, and only for a name that passed the rest (the table is ~120,000 names).
        owned = _one_city_names()
        if all(owned.get(alt) == place[2:] for alt in _written_alternates(key, place, key_of)):
            pairs.append((place, key))
    return pairs


def _written_alternates(key: str, place: str, key_of: Callable[[str], str]) -> list[str]:
    """The alternate names of ``place``'s city that ``key`` keys."""
    return [alt for alt in other_script_names(place[2:]) if key_of(alt) == key]
