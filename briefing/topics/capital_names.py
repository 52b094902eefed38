"""A country and its capital written alike: "Алжир", "México", "Тунис", "Kuwait".

Many languages name a capital after its country, or write the two the same: Russian "Алжир"
is Algeria and Algiers, "Тунис" Tunisia and Tunis; Spanish "México" and "Panamá", German
"Mexiko", Russian "Гватемала" name the country, and GeoNames lists each among its capital's
alternate names too. The multilingual gazetteer read those alternate names first, so the
country's own name in the article's language went to the capital ("В Алжире ..." under
Algiers), splitting the country across scripts and making its capital a second topic of it.

A form that is a country's name (English, CLDR's or pycountry's in a briefing language) and
an alternate name of *that country's* capital names the country (:func:`country_first`):
news names a country far more often than its capital by the country's name, and a capital
that is meant has a form of its own the text can use ("Algiers", "Мехико", "Mexico City",
"Ciudad de México"), which is untouched. A city that shares a form with a *different*
country, or with a region, is no concern here: only a country's own capital is read so.

The text still says the city when it puts a city noun right before the shared form ("город
Алжир", "the city of Mexico", "la ciudad de Panamá", Arabic "مدينة الكويت") or Arabic's
"the capital" right after it ("الجزائر العاصمة"): :func:`capital_meant`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, MutableMapping, Sequence

from briefing.topics.candidates import Occurrence
from briefing.topics.lexicon import words

__all__ = ["CAPITAL_AFTER", "CITY_BEFORE", "capital_meant", "capitals_named", "country_first"]

#: Singular nouns of a city (in the cases a name follows them) that say the next name is the
#: city: "the city of", "la ville de", "die Stadt", "город", "місто", "مدينة". Not "capital":
#: "the capital of Algeria" names the country; not a plural ("города" is also "cities").
CITY_BEFORE = words(
    """city ville cité stadt stad ciudad città cidade miasto mieście
    город городе городу городом місто місті містом πόλη πόλης مدينة بمدينة لمدينة"""
)
#: Words between a city noun and the name: "city of", "ville d'", "ciudad de", "città di".
_PARTICLES = words("of de d' d’ di del do da von van")
#: Words right after the shared form that say it is the capital: Arabic "the capital".
CAPITAL_AFTER = words("العاصمة")

_WORD_BEFORE = re.compile(r"([^\W\d_]+['’]?)\s*$")
_WORD_AFTER = re.compile(r"\s*([^\W\d_]+)")


def country_first(
    places: MutableMapping[str, str],
    country_names: Mapping[str, str],
    capital_forms: Mapping[str, str],
    capitals: Mapping[str, str],
) -> dict[str, str]:
    """Give each form that names both a country and that country's capital to the country.

    ``country_names``: a country's name in some language → the country (canonical);
    ``capital_forms``: a city's alternate name → the city (canonical); ``capitals``: a
    country → its capital (canonical). ``places`` is changed in place; the shared forms
    are returned, each with its capital, for :func:`capital_meant`."""
    shared: dict[str, str] = {}
    for form, country in country_names.items():
        capital = capitals.get(country)
        if capital is None or capital == country or capital_forms.get(form) != capital:
            continue
        if places.get(form, capital) not in (capital, country):
            continue  # "Salvador": another country's city first (Brazil's), left alone
        places[form] = country
        shared[form] = capital
    return shared


def capital_meant(text: str, start: int, end: int) -> bool:
    """Whether the text says a shared form at ``text[start:end]`` is the city: a city noun
    right before it (a particle may stand between) or "the capital" right after it."""
    before = text[max(0, start - 40) : start]
    found = _WORD_BEFORE.search(before)
    if found is not None and found.group(1).casefold() in _PARTICLES:
        found = _WORD_BEFORE.search(before[: found.start()])
    if found is not None and found.group(1).casefold() in CITY_BEFORE:
        return True
    after = _WORD_AFTER.match(text, end)
    return after is not None and after.group(1) in CAPITAL_AFTER


def capitals_named(
    places: Sequence[tuple[str, Occurrence]],
    texts: Mapping[tuple[str, int], str],
    shared_capital: Callable[[str], str | None],
) -> tuple[list[tuple[str, Occurrence]], set[Occurrence]]:
    """``places`` (place, use) with each use the text says is the city ("город Алжир") given
    to the capital its shared form also names (``shared_capital``: the gazetteer's), and the
    uses so given: the alias search must not hand them back to the country."""
    found: list[tuple[str, Occurrence]] = []
    moved: set[Occurrence] = set()
    for place, use in places:
        text = texts.get((use.article, use.paragraph), "")
        if capital_meant(text, use.start, use.end):
            capital = shared_capital(use.surface)
            if capital is not None and capital != place:
                place = capital
                moved.add(use)
        found.append((place, use))
    return found, moved
