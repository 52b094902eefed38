"""A region written as an adjective and a region noun: "Брянской области" is the Bryansk region.

Slavic languages name a first-level region after its main city with an adjective and a noun
for the kind of region: Russian "Брянская область" (declined: "в Брянской области"),
Ukrainian "Харківська область", Czech and Slovak "Olomoucký kraj", "Žilinský kraj". The
adjective is not the city's name, so no gazetteer lookup finds it, and the article that
writes the region this way shares no spelling with one that writes "the Bryansk region".
Here the adjective is folded back to the city it is derived from, and the phrase is a
mention of that place, when:

* the next word is a noun for a *first-level* region (область, край; kraj). Not район or
  okres: districts are as often named after a person or a street ("Кировский район",
  "Ленинский район", in many cities) as after a town;
* the adjective's dictionary form (pymorphy3 for Russian and Ukrainian; the -ský/-cký
  endings for Czech and Slovak) minus its derivational ending, with at most the city's own
  ending put back (a vowel, a soft sign), is the name of a GeoNames city in the adjective's
  script, in a country whose regions are so called (Russia, Ukraine, Belarus, Kazakhstan,
  Kyrgyzstan; Czechia and Slovakia): "брянск" is Брянск, "žilin" + "a" is Žilina. A
  region whose adjective comes from no city ("Приморский край", "Jihomoravský kraj") gives
  nothing.

Only cities with alternate names kept (:data:`briefing.geodata.ALTERNATE_NAMES_FROM` people)
are known in Cyrillic; the Latin names are GeoNames' main names of every city.
"""

from __future__ import annotations

import functools

from briefing.topics.languages import has_cyrillic, script_language

#: Nouns (dictionary forms) for a first-level region, by language.
_CYRILLIC_REGIONS = frozenset({"область", "край"})
#: Czech and Slovak "kraj" as written in any case.
_LATIN_REGIONS = frozenset({"kraj", "kraja", "kraji", "kraje", "kraju", "krajem", "krajom"})
#: Abbreviations of "область" written in running text.
_ABBREVIATED = frozenset({"обл.", "обл"})
#: Countries whose first-level regions are called so: a city elsewhere that an adjective
#: happens to fit is not the region's namesake.
_OBLAST_COUNTRIES = frozenset({"RU", "UA", "BY", "KZ", "KG"})
_KRAJ_COUNTRIES = frozenset({"CZ", "SK"})
#: The first letters of every region noun's forms above.
_HEADS = frozenset({"обл", "кра", "kra"})
#: Czech and Slovak adjective endings after the "-sk"/"-ck" of a place adjective.
_LATIN_ENDINGS = (
    "ého",
    "ému",
    "ých",
    "ým",
    "ém",
    "om",
    "ej",
    "ý",
    "á",
    "é",
    "y",
)
#: Endings a city's name may have that its adjective drops ("Žilin-a", "Košic-e",
#: "Запорож-ье").
_CITY_ENDINGS = ("", "а", "я", "ь", "ье", "е", "a", "e", "o")


def region_place(adjective: str, noun: str, language: str) -> str | None:
    """The GeoNames city (its main name) that ``adjective`` + ``noun`` names the region of,
    or None. ``language`` is the paragraph's language (Latin forms: Czech and Slovak)."""
    head = noun[:3].casefold()
    if head not in _HEADS or not adjective[:1].isupper() or len(adjective) < 5:
        return None  # most words: no region noun follows (a test cheaper than a parse)
    if has_cyrillic(adjective):
        if not has_cyrillic(noun):
            return None
        stems, countries = _cyrillic_stems(adjective, noun), _OBLAST_COUNTRIES
    elif language in ("cs", "sk") and noun.casefold() in _LATIN_REGIONS:
        stems, countries = _latin_stems(adjective), _KRAJ_COUNTRIES
    else:
        return None
    names = _city_names(countries)
    for stem in stems:
        for ending in _CITY_ENDINGS:
            found = names.get(stem + ending)
            if found is not None:
                return found
    return None


def _cyrillic_stems(adjective: str, noun: str) -> list[str]:
    """The adjective's stem once its place-adjective suffix is taken off ("брянский" →
    "брянск", then "брянск" minus "-ск"), when the noun is a region noun and the adjective
    an adjective (pymorphy3 decides both in the adjective's language)."""
    from briefing.morphology import analyser

    language = script_language(adjective) or "ru"
    morph = analyser(language)
    if noun.casefold() not in _ABBREVIATED and not any(
        p.normal_form in _CYRILLIC_REGIONS and "NOUN" in p.tag for p in morph.parse(noun)
    ):
        return []
    forms = [p.normal_form for p in morph.parse(adjective) if "ADJF" in p.tag]
    if not forms:
        return []
    form = forms[0]
    if not form.endswith(("ский", "цкий", "ський", "цький")):
        return []
    base = form[:-2]  # "брянск", "харківськ", "донецьк"
    stems = [base]
    for suffix in ("ськ", "цьк", "ск"):
        if base.endswith(suffix):
            cut = base[: -len(suffix)]
            stems.append(cut + ("ц" if suffix.startswith("ц") else ""))
            stems.append(cut)
            if cut.endswith("ов"):  # "московск" → "Москва"
                stems.append(cut[:-2] + "в")
            break
    return stems


def _latin_stems(adjective: str) -> list[str]:
    """A Czech or Slovak place adjective's stem: "Žilinský" → "žilin", "Olomoucký" →
    "olomouc", "Košického" → "košic"."""
    word = adjective.casefold()
    for ending in _LATIN_ENDINGS:
        if word.endswith(ending):
            base = word[: -len(ending)]
            if base.endswith("sk"):
                return [base[:-2]]
            if base.endswith("ck"):
                return [base[:-2] + "c", base[:-1]]
            return []
    return []


@functools.cache
def _city_names(countries: frozenset[str]) -> dict[str, str]:
    """A city's name, casefolded → the city's main name, for the cities of ``countries`` and
    the names that are the city's
    main name (Latin) or one of its Cyrillic names whose romanisation has the main name's
    :func:`~briefing.topics.spelling.skeleton` ("Брянск", Bryansk; "Харків", Kharkiv). A
    former or other name ("Ленинград" of Saint Petersburg, "Ставрополь" of Tolyatti) is
    left out: a region named after it ("Ленинградская область") is not the city. A name
    two cities share is left out too: which one the region is named after is not known."""
    from briefing import geodata
    from briefing.topics.languages import latin
    from briefing.topics.spelling import skeleton

    found: dict[str, str | None] = {}
    for city in geodata.cities():
        if city.countrycode not in countries:
            continue
        own = skeleton(city.name)
        for name in (city.name, *(n for n in city.alternatenames if has_cyrillic(n))):
            if len(name) < 4 or not name[0].isupper() or " " in name:
                continue
            if name != city.name and skeleton(latin(name)) != own:
                continue
            key = name.casefold()
            if found.setdefault(key, city.name) != city.name:
                found[key] = None
    return {key: name for key, name in found.items() if name is not None}
