"""Provinces, regions, departments and towns of the countries whose languages a briefing is
written in.

A packet in Turkish names the provinces it happened in ("Hatay", "Osmaniye"); one in French
names departments ("Seine-Saint-Denis"). GeoNames' cities miss them when no large city shares
the name. ISO 3166-2 (pycountry's subdivisions) lists them all, in their own language's
spelling; Babel's CLDR territory data says which language a country mostly speaks. Only the
countries whose main language (official, and spoken by more of its people than any other)
is one of the briefing's languages other than English contribute: the names are then in the
language the articles use, and the provinces of countries where the language is one of
several ("Est", "Nord" of French-speaking Africa) stay out. The cost: a surname that is also
a province of such a country ("Bolívar") reads as a place in that briefing.
"""

from __future__ import annotations

import functools
import gettext
import re

import pycountry

#: Babel's statuses of a language that the country's institutions write in.
_OFFICIAL = frozenset({"official", "de_facto_official"})


@functools.cache
def own_countries(languages: frozenset[str]) -> dict[str, str]:
    """ISO code → main language of the countries whose main language is one of
    ``languages`` other than English (official, and spoken by more of its people than any
    other)."""
    from babel.languages import get_territory_language_info

    wanted = languages - {"en"}
    found = {}
    for country in pycountry.countries:
        spoken = get_territory_language_info(country.alpha_2)
        if not spoken:
            continue
        main = max(spoken, key=lambda lang: spoken[lang].get("population_percent") or 0)
        if main in wanted and spoken[main].get("official_status") in _OFFICIAL:
            found[country.alpha_2] = main
    return found


@functools.cache
def subdivision_names(languages: frozenset[str]) -> dict[str, str]:
    """Subdivision name → its name in ISO 3166-2, for the countries whose main language is
    in ``languages``: the name itself, and its translation into the briefing's other
    languages where pycountry ships one and the translation keeps a word of the name
    (:func:`_anchored`: "Kastylia-La Mancha", "Kastilien-La Mancha" for "Castilla-La Mancha"
    in a briefing with Polish and German articles). A translation all of whose words are
    translated is left out: one word alone is as often a common word ("Пара", Pará, is
    Russian for "pair"; "Oost", "Север" are points of the compass)."""
    found: dict[str, str] = {}
    catalogs = _catalogs(languages)
    for code in sorted(own_countries(languages)):
        for sub in pycountry.subdivisions.get(country_code=code) or ():
            own = written_forms(sub.name)
            translated = [t for c in catalogs if (t := c.gettext(sub.name)) != sub.name]
            shared = [
                form
                for t in translated
                for form in written_forms(t)
                if _anchored(form, own) or (_respelt(form, own) and not _everyday(form, languages))
            ]
            for name in own + shared:
                if len(name) > 3 and name[0].isupper() and not any(m in name for m in ",;()[]/"):
                    found.setdefault(name, own[0])
    return found


def _anchored(name: str, own: list[str]) -> bool:
    """Whether a translated name of several words keeps a word of four letters or more of
    the name in its own language."""
    words = {w.casefold() for w in re.split(r"[\s-]+", name) if len(w) >= 4}
    return len(re.split(r"[\s-]+", name)) > 1 and any(
        words & {w.casefold() for w in re.split(r"[\s-]+", o)} for o in own
    )


#: Letters a one-word translation and the name must share once their final vowels are
#: dropped: shorter stems are shared by different words ("Para", "Pará").
_MIN_SHARED_STEM = 5


def _respelt(name: str, own: list[str]) -> bool:
    """Whether a one-word translation only respells the name's ending in the same script:
    "Ligurie", "Ligurië" of "Liguria" (the same letters once accents and final vowels are
    dropped, five at least), or a long name that keeps its consonants in order, a doubled one
    once, and changes only vowels ("Peloponneso" of "Pelopónnisos": five consonants at least,
    :func:`~.spelled_alike.consonant_spine`). A translation that changes more
    ("Ligurien", "Лигурия", "Oost" of "Oost-Vlaanderen") is left out, as a one-word
    translation may be a common word. One that differs by accents only is left to the folded
    gazetteer: listed as the region's name it would take the name from the city the folded
    name reads ("Génova" is Genoa)."""
    from briefing.topics.spelling import fold

    if " " in name or "-" in name or any(fold(name) == fold(o) for o in own):
        return False  # the same letters ("Génova"): the folded gazetteer reads it already
    stem = _stem(name)
    if len(stem) >= _MIN_SHARED_STEM and any(
        _stem(o) == stem and _script(o) == _script(name) for o in own
    ):
        return True
    # A long name may respell its vowels inside too, and drop a case ending: Italian
    # "Peloponneso" of Greek "Pelopónnisos" keeps every consonant in order.
    from briefing.topics.spelled_alike import consonant_spine

    consonants = consonant_spine(name)
    return len(consonants) >= _MIN_CONSONANTS and any(
        consonant_spine(o) == consonants and _script(o) == _script(name) for o in own
    )


#: Consonants a long name and its respelling must share, in order, when their vowels differ
#: inside ("plpns" of "Peloponneso"): fewer are shared by different words by chance.
_MIN_CONSONANTS = 5


def _everyday(name: str, languages: frozenset[str]) -> bool:
    """Whether a respelt name is an everyday word or a given name in one of the briefing's
    languages ("Trente", Trento in French, is "thirty"; "Milan"): there it is far more often
    the word or the person."""
    from briefing.given_name_table import given_name
    from briefing.topics.given_names import common_word

    return given_name(name) or any(common_word(name, x) for x in same_script(name, languages))


def _stem(word: str) -> str:
    """The word without accents and final vowels: "Ligurië" → "ligur"."""
    from briefing.topics.spelling import fold

    return fold(word).rstrip("aeiouy")


def _script(word: str) -> str:
    import unicodedata

    return unicodedata.name(word[0], "LATIN").split()[0]


def _catalogs(languages: frozenset[str]) -> list[gettext.GNUTranslations]:
    """pycountry's ISO 3166-2 translations into ``languages``, those it ships."""
    found = []
    for language in sorted(languages):
        try:
            found.append(gettext.translation("iso3166-2", pycountry.LOCALES_DIR, [language]))
        except OSError:
            continue
    return found


#: Words that make the part after a comma a list's last item, not an inverted head
#: ("Bournemouth, Christchurch and Poole").
_LIST_WORDS = frozenset({"and", "y", "et", "e", "und", "i", "a"})


def written_forms(name: str) -> list[str]:
    """The names a text writes for an ISO 3166-2 entry: an inverted name put back in text
    order ("Valenciana, Comunidad" → "Comunidad Valenciana", "Madrid, Comunidad de" →
    "Comunidad de Madrid"), and each of two names in brackets ("Catalunya [Cataluña]"; a
    code after the second name, "[Caerdydd GB-CRD]", dropped). A list ("Bournemouth,
    Christchurch and Poole") is left as it is, and so unused."""
    main, _, bracket = name.partition(" [")
    forms = [main.strip()]
    other = " ".join(w for w in bracket.rstrip("]").split() if not re.fullmatch(r"[A-Z]{2}-\w+", w))
    if other:
        forms.append(other)
    out = []
    for form in forms:
        head, comma, tail = form.partition(", ")
        words = tail.split()
        if comma and "," not in tail and 0 < len(words) <= 3 and not _LIST_WORDS & set(words):
            form = f"{tail} {head}"
            form = form[0].upper() + form[1:]  # "wallonne, Région" → "Région wallonne"
        out.append(form)
    return out


@functools.cache
def town_names(languages: frozenset[str]) -> dict[str, str]:
    """Town name → itself: every GeoNames town (15,000 people or more) of the countries whose
    main language is in ``languages``, by the name it has there ("Pazarcık", "Elbistan").

    The English gazetteer keeps only cities of 250,000 people or more, as a smaller town's
    name is as often a word or a surname somewhere in the world; a packet written in the
    country's own language names its towns. Not a town whose name is an everyday word of
    that language (:func:`~briefing.topics.given_names.common_word`: German "Lage",
    "situation", is a town of 35,000): written there, it is far more often the word.
    """
    from briefing import geodata
    from briefing.topics.given_names import common_word

    countries = own_countries(languages)
    found: dict[str, str] = {}
    for city in geodata.cities():
        name = city.name
        language = countries.get(city.countrycode)
        if (
            language is not None
            and len(name) > 3
            and name[0].isupper()
            and not common_word(name, language)
        ):
            found.setdefault(name, name)
    return found


@functools.cache
def town_alternates(languages: frozenset[str]) -> dict[str, str]:
    """Another language's name of a city → the city's own name, for the cities (15,000
    people or more: :func:`briefing.geodata.other_names` for those under 100,000)
    of the countries whose main language is in ``languages``: "Walencja", "Valência" for
    "Valencia" in a packet with Spanish articles. Read through :func:`other_name`, which
    says which may be used. A name spelled in capitals (a code: "VLC") is left out."""
    from briefing import geodata

    countries = own_countries(languages)
    found: dict[str, str] = {}
    smaller = geodata.other_names(frozenset(countries))
    small: dict[str, set[str]] = {}
    for city in geodata.cities():
        if city.countrycode in countries:
            for other in city.alternatenames:
                if _written_name(other):
                    found.setdefault(other, city.name)
            if not city.alternatenames:
                for other in smaller.get(city.geonameid, ()):
                    if _written_name(other):
                        small.setdefault(other, set()).add(city.name)
    # A smaller town's names too ("Rhodos", "Rodi", "Ρόδος", "Родос" of Ródos, 56,000
    # people): an island's or a resort's town is named in every language of its packet.
    # One two of them share ("Kastro" of Chios and of Mytilene) names neither.
    for other, towns in small.items():
        if len(towns) == 1:
            found.setdefault(other, next(iter(towns)))
    return found


def _written_name(other: str) -> bool:
    """A name as a text writes it: four letters or more, capitalised, no code ("VLC")."""
    return (
        len(other) > 3
        and other[0].isupper()
        and not other.isupper()
        and other.replace(" ", "").replace("-", "").isalpha()
    )


@functools.lru_cache(maxsize=1 << 14)
def other_name(surface: str, languages: frozenset[str]) -> str | None:
    """The city ``surface`` names in another language (:func:`town_alternates`), so that a
    Polish or Portuguese article's mention of it is one (its cases read by
    :mod:`.place_cases`: "Walencji"), or None. Asked per written word, since most of the
    ~40,000 names are never written and the checks cost.

    Not a name that is an everyday word of one of the briefing's languages in its script
    (:func:`~briefing.topics.given_names.common_word`), or a given name ("Leon"): there it
    is far more often the word or the person; nor a mere spelling of the city's own name
    ("Larissa" of "Lárisa"), which the folded names and :mod:`.local_towns` read and an
    English text writes its own way.
    """
    if not languages - {"en"}:
        return None
    city = town_alternates(languages).get(surface)
    if city is None:
        return None
    from briefing.given_name_table import given_name
    from briefing.topics.given_names import common_word
    from briefing.topics.spelling import skeleton

    if skeleton(surface) == skeleton(city) or given_name(surface):
        return None
    if " " not in surface and any(common_word(surface, x) for x in same_script(surface, languages)):
        return None
    return city


#: Languages written in other scripts than Latin, by the name of the script's letters.
_SCRIPTS = {"CYRILLIC": frozenset(["ru", "uk", "bg", "sr", "mk", "be"]), "GREEK": frozenset(["el"])}


def same_script(word: str, languages: frozenset[str]) -> frozenset[str]:
    """The briefing's languages written in the script of ``word``'s first letter: only
    there can it be an everyday word."""
    import unicodedata

    script = unicodedata.name(word[0], "LATIN").split()[0]
    if script == "LATIN":
        return languages - frozenset().union(*_SCRIPTS.values())
    return languages & _SCRIPTS.get(script, frozenset())


@functools.cache
def local_languages(languages: frozenset[str]) -> dict[str, frozenset[str]]:
    """One-word province and town names (:func:`subdivision_names`, :func:`town_names`) →
    the main languages of the countries they are in: "Landes" → {"fr"}. Such a name is
    known because the packet has articles in that language; written in an article of
    another language, it may be that language's word (German "des Landes")."""
    from briefing import geodata

    countries = own_countries(languages)
    found: dict[str, set[str]] = {}
    for code, language in countries.items():
        for sub in pycountry.subdivisions.get(country_code=code) or ():
            for name in written_forms(sub.name):
                if " " not in name:
                    found.setdefault(name, set()).add(language)
    for city in geodata.cities():
        spoken = countries.get(city.countrycode)
        if spoken is not None and " " not in city.name:
            found.setdefault(city.name, set()).add(spoken)
    return {name: frozenset(spoken) for name, spoken in found.items()}
