"""How many people live in a place: one quantity in every language.

"Ahmedabad, a city of about 3.5 million inhabitants", "una ciudad con una población de más de
5 millones de personas", "über 4600 Menschen leben dort", "проживает 4600 человек": a place's
population is a count whose meaning, not its noun, says what it counts, like a casualty toll
(:mod:`.casualties`), so it is compared across languages with no noun translated. It is read
in a small closed vocabulary of general language, never one story's words:

- the counted word names residents ("inhabitants", "Einwohner", "жителей", "mieszkańców") and
  the number is a place's attribute: a word of living or of population stands near it ("home
  to", "housing", "population of") or a preposition ties it to the place right before it ("a
  city *of* 3 million inhabitants", "una ciudad *con* …");
- or the counted word is a general word for people ("people", "Menschen", "человек") and a word
  of living or of population stands near it ("4,600 people *live* there", "*проживает* 4600
  человек", "una *población* de 5 millones de personas").

A count of residents that says what happened to them ("700 residents were evacuated", "900
residents spent the night in shelters", "12 residents died") names no living word and is
another quantity, never read here; a toll is the casualty check's. A population does not grow
by the hour, so it is compared whatever day the report is of; it is a measurement of a place
(:attr:`.figure_model.Figure.measure`): figures whose sentences name overlapping places are of
one place, and figures more than twice apart (a city and its region) are never compared.

A figure with a multiplier is as precise as its last written digit ("5 millones" is 4.5–5.5
million, "3,5 million" 3.45–3.55 million; "3 milioni e mezzo" is 3.5 million); a hedge
widens it as for any figure (:func:`.numbers.interval`).
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from briefing.analysis.casualties import names_casualties
from briefing.analysis.crosscounts import ANY_LANGUAGE
from briefing.analysis.figure_model import Figure
from briefing.analysis.model import Quote
from briefing.analysis.numbers import Number, interval
from briefing.analysis.population_forms import has_residents, rounding_unit
from briefing.analysis.text import NOUN_CAPS, WORD, word_set

#: The key's second part for a population (its first is :data:`.crosscounts.ANY_LANGUAGE`).
RESIDENTS = "residents"
#: Words looked at on each side of the number and its noun for a word of living.
_NEAR = 3
#: The first letters of a multiplier word that identify it in any of its forms ("tysiąca"
#: is "tysiące"): num2words writes only the forms after two, three and five.
_STEM = 5

#: Per language: words naming residents ("*": any ending).
_RESIDENTS: dict[str, str] = {
    "en": "inhabitants residents",
    "de": "einwohner* bewohner*",
    "fr": "habitants résidents",
    "es": "habitantes residentes",
    "it": "abitanti residenti",
    "pt": "habitantes moradores residentes",
    "ro": "locuitori*",
    "ru": "жител*",
    "uk": "жител* мешканц*",
    "pl": "mieszkańc*",
    "cs": "obyvatel*",
    "el": "κατοίκ* κάτοικ* ενοίκ* ένοικ*",
    "tr": "sakin*",
    "hu": "lakos*",
    "nl": "inwoners bewoners",
    "hi": "निवासी निवासियों",
}
#: Per language: general words for people.
_PEOPLE: dict[str, str] = {
    "en": "people persons",
    "de": "menschen personen",
    "fr": "personnes",
    "es": "personas",
    "it": "persone",
    "pt": "pessoas",
    "ro": "oameni persoane",
    "ru": "человек людей",
    "uk": "осіб людей чоловік",
    "pl": "osób ludzi",
    "cs": "lidí osob",
    "el": "ανθρώπους άνθρωποι άτομα",
    "tr": "kişi insan",
    "hu": "ember* fő",
    "nl": "mensen personen",
    "hi": "लोग लोगों",
}
#: Per language: words of living somewhere or of a population. Never a word that also says
#: "alive" ("leben", "żyje", "ζουν", "vive" in Italian, "él"): "quattro persone estratte
#: vive", "drei Menschen leben noch" count survivors.
_LIVING: dict[str, str] = {
    "en": "live lives lived inhabit* home housing houses housed population",
    "de": "wohnen wohnten wohnt bewohnt* Bevölkerung",
    "fr": "vivent vivaient vit habitent habitaient habité* abrite* population",
    "es": "viven vivían vive habitan habitaban habitad* residen alberga* población",
    "it": "vivono vivevano abitano abitavano abitat* risiedono ospita* popolazione",
    "pt": "vivem viviam vive moram moravam habitad* residem abriga* população",
    "ro": "locuiesc locuiau populați*",
    "ru": "прожива* живут живёт живет жили населени*",
    "uk": "прожива* живуть живе жили населенн*",
    "pl": "mieszka mieszkają mieszkało zamieszkał* ludność* populacj*",
    "cs": "bydlí bydlelo bydleli obyvatelstv*",
    "el": "κατοικ* πληθυσμ*",
    "tr": "ikamet* nüfus*",
    "hu": "lakik laknak népesség*",
    "nl": "wonen woonden woont bevolking",
    "hi": "रहते बसते आबादी जनसंख्या",
}
#: Per language: prepositions that make a residents count a place's attribute ("a city *of*
#: 3 million inhabitants", "una ciudad *con* 5 millones de habitantes").
_OF_PLACE: dict[str, str] = {
    "en": "of with",
    "de": "mit von",
    "fr": "de avec",
    "es": "de con",
    "it": "di con",
    "pt": "de com",
    "ro": "de cu",
    "ru": "с",
    "uk": "з із",
    "pl": "z",
    "cs": "s",
    "el": "με",
    "nl": "van met",
}
#: Per language: nouns of a place that a preposition before a residents count ties it to
#: ("a *city* of 3 million inhabitants"; "*": any ending). Never another noun: "the
#: *evacuation* of 700 residents" counts the evacuated.
_PLACES: dict[str, str] = {
    "en": "city cities town towns village villages district municipality region country "
    "island estate complex suburb neighbourhood neighborhood community province capital",
    "de": "stadt* dorf* gemeinde* bezirk* region* insel* viertel* stadtteil* siedlung* "
    "anlage* ort* metropole* hauptstadt*",
    "fr": "ville* village* commune* district* région* pays île* quartier* agglomération* "
    "cité* capitale* métropole* résidence* complexe*",
    "es": "ciudad* pueblo* localidad* municipio* distrito* región* país* isla* barrio* "
    "urbanización* capital* comunidad* complejo*",
    "it": "città paese paesi comune comuni distretto* regione* isola* quartiere* "
    "complesso* capoluogo* capitale* frazione* località",
    "pt": "cidade* vila* município* distrito* região* país* ilha* bairro* complexo* "
    "capital* localidade* condomínio*",
    "ro": "oraș* comun* sat* județ* regiun* țar* insul* cartier* capital* localitat* complex*",
    "ru": "город* посёл* посел* сел* деревн* район* област* стран* остров* квартал* столиц* "
    "комплекс*",
    "uk": "міст* селищ* сел* район* област* країн* остр* квартал* столиц* комплекс*",
    "pl": "miast* wie* wsi gmin* dzielnic* region* kraj* wysp* osiedl* stolic* kompleks*",
    "cs": "měst* vesnic* obc* obec čtvrt* region* zem* ostrov* sídliště* komplex*",
    "el": "πόλη* χωρι* δήμ* περιοχ* χώρ* νησ* συνοικ* πρωτεύουσ* συγκρότημ*",
    "nl": "stad* dorp* gemeente* wijk* regio* land* eiland* hoofdstad* complex*",
}
#: Per language: "and a half" after a number and its multiplier ("3 milioni e mezzo").
_HALF: dict[str, str] = {
    "en": r"and\s+a\s+half",
    "fr": r"et\s+demi",
    "es": r"y\s+medio",
    "it": r"e\s+mezzo",
    "pt": r"e\s+meio",
    "ro": r"și\s+jumătate",
    "ru": r"с\s+половиной",
    "uk": r"з\s+половиною",
}
#: Negations: "13 osób nie żyje" (are not alive) says they died.
_NOT = word_set("not no nicht kein keine ne non não nu не ні nie δεν μην değil nem niet")
#: Short words between the number and its noun: "5 millones *de* personas", "4.800 *de*
#: locuitori".
_LINKS = frozenset({"de", "di", "of", "d'", "d’"})


#: A multiplier's name, for showing a value read with one ("3.5 million").
_SCALES = {1e3: " thousand", 1e6: " million", 1e9: " billion"}


class Population(NamedTuple):
    """A population read at a number: the interval, the figure as written, the counted word,
    the hedge's bound side ("lower", "upper", "maximum" or "") and where the phrase ends."""

    low: float
    high: float
    shown: str
    noun: str
    end: int
    #: The unit a round figure hedged "about" is rounded to, else 0
    #: (:func:`.population_forms.rounding_unit`).
    rounded: float = 0.0


def population_figure(
    text: str,
    number: Number,
    language: str,
    factors: dict[str, float],
    quote: Quote,
    places: frozenset[str],
) -> Figure | None:
    """The population ``number`` gives (:func:`population`) as a figure of no day (it does
    not grow by the hour) measuring its places; None if it gives none.

    The caller reads the number as a count of its noun as well, as it did before populations
    were read: a "4,600 people" among a noun's counts keeps "79 people" (injured) and "61
    people" (in hospital) from being taken for one count by the ratio rule of :mod:`.figures`."""
    found = population(text, number, language, factors)
    if found is None:
        return None
    return Figure((ANY_LANGUAGE, RESIDENTS), None, found.low, found.high, found.shown, quote,
                  places, found.noun, measure=True, ranged=number.low is not None,
                  rounded=found.rounded)  # fmt: skip


def population(
    text: str, number: Number, language: str, factors: dict[str, float]
) -> Population | None:
    """The population ``number`` gives in ``text`` (module doc), else None. ``factors``:
    multiplier words ("million", "milioni", "тысяч") to their factor, lower-cased; the same
    dict for every call of one language (its word starts are worked out once)."""
    words = _words(language)
    if words is None:
        return None
    residents, people, living, of_place = words
    value, scale, at = number.value, 1.0, number.end
    after = WORD.match(text, _skip_space(text, at))
    factor = _factor(after.group().casefold().rstrip("."), factors, language) if after else None
    if after is not None and factor is not None:
        scale, at = factor, after.end()
        half = _half(language)
        found = half.match(text, _skip_space(text, at)) if half is not None else None
        if found is not None:  # "3 milioni e mezzo"
            value, at = value + 0.5, found.end()
    noun = WORD.match(text, _skip_space(text, at))
    if noun is not None and noun.group().casefold() in _LINKS:
        noun = WORD.match(text, _skip_space(text, noun.end()))
    if noun is None:
        return None
    word = noun.group().casefold()
    is_residents = _matches(word, residents)
    if not is_residents and not _matches(word, people):
        return None
    start = _hedge_start(text, number)
    window = text[max(0, start - 80) : min(len(text), noun.end() + 60)]
    if names_casualties(window, language):
        return None  # "36 Menschen ums Leben gekommen": a toll (:mod:`.casualties`)
    # German capitalises nouns: "leben" lives, "ums Leben" is a life.
    fold = str if language in NOUN_CAPS else str.casefold
    before = [fold(w) for w in WORD.findall(text[max(0, start - 80) : start])]
    following = [fold(w) for w in WORD.findall(text, noun.end(), noun.end() + 60)]
    near = before[-_NEAR:] + following[:_NEAR]
    tied = any(
        _matches(w, living) and (i == 0 or near[i - 1].casefold() not in _NOT)
        for i, w in enumerate(near)
    )
    if not tied and is_residents and len(before) >= 2 and before[-1] in of_place:
        # "a city of 3 million inhabitants", never "the evacuation of 700 residents"
        tied = _matches(before[-2].casefold(), _place_nouns(language))
    if not tied and is_residents:
        tied = has_residents(before, language)  # "hat etwa 310.000 Einwohner"
    if not tied:
        return None
    value *= scale
    low, high = interval(value, number)
    if number.low is not None:
        low, high = low * scale, high * scale
    elif scale != 1 and number.qualifier is None:
        # As precise as its last written digit: "5 millones" is 4.5–5.5 million, "3,5
        # million" 3.45–3.55 million, "3 milioni e mezzo" 3.25–3.75 million.
        parts = re.split(r"[.,]", number.written)
        step = 10.0 ** -(len(parts[1]) if len(parts) == 2 else 0)
        if value != number.value * scale:
            step = 0.5
        low, high = value - step * scale / 2, value + step * scale / 2
    shown = text[start : noun.end()]
    if value != number.value * scale or number.in_words:
        # "3 milioni e mezzo" (3.5 million), "trois millions" (3 million): the value in
        # figures, as counts written in words are shown ("huit bijoux (8)").
        shown += f" ({value / scale:g}{_SCALES.get(scale, '')})"
    elif scale != 1 and scale not in _SCALES:
        # "3 लाख लोग" (a lakh is 100,000): the value in figures for a reader of any language.
        shown += f" ({value:,.0f})"
    rounded = rounding_unit(value, number, scale)
    return Population(low, high, shown, noun.group(), noun.end(), rounded)


def _hedge_start(text: str, number: Number) -> int:
    """Where the figure starts as written: its hedge is part of it ("more than 4,600")."""
    if not number.hedge:
        return number.start
    found = text.rfind(number.hedge, max(0, number.start - len(number.hedge) - 3), number.start)
    return found if found >= 0 else number.start


def _skip_space(text: str, at: int) -> int:
    while at < len(text) and text[at] in " \u00a0\u202f":
        at += 1
    return at


def _factor(word: str, factors: dict[str, float], language: str) -> float | None:
    if word in factors:
        return factors[word]
    if len(word) < _STEM:
        return None
    return _starts(language, factors).get(word[:_STEM])


_STARTS: dict[str, dict[str, float]] = {}


def _starts(language: str, factors: dict[str, float]) -> dict[str, float]:
    """The first letters of each multiplier word of ``language`` to its factor."""
    known = _STARTS.get(language)
    if known is None:
        known = _STARTS[language] = {w[:_STEM]: f for w, f in factors.items() if len(w) >= _STEM}
    return known


@cache
def _place_nouns(language: str) -> tuple[frozenset[str], tuple[str, ...]]:
    return _table(_PLACES.get(language, ""))


def _table(words: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """Whole words, and the starts of the words written with "*"."""
    listed = words.split()
    return (
        frozenset(w for w in listed if not w.endswith("*")),
        tuple(w[:-1] for w in listed if w.endswith("*")),
    )


@cache
def _half(language: str) -> re.Pattern[str] | None:
    pattern = _HALF.get(language)
    return re.compile(pattern, re.IGNORECASE) if pattern else None


def _matches(word: str, table: tuple[frozenset[str], tuple[str, ...]]) -> bool:
    whole, starts = table
    return word in whole or word.startswith(starts)


@cache
def _words(
    language: str,
) -> (
    tuple[
        tuple[frozenset[str], tuple[str, ...]],
        tuple[frozenset[str], tuple[str, ...]],
        tuple[frozenset[str], tuple[str, ...]],
        frozenset[str],
    ]
    | None
):
    """The language's residents, people and living words (whole words, and starts for "*")
    and its place prepositions; None for a language without them."""
    if language not in _RESIDENTS:
        return None

    return (
        _table(_RESIDENTS[language]),
        _table(_PEOPLE[language]),
        _table(_LIVING[language]),
        frozenset(_OF_PLACE.get(language, "").split()),
    )
