"""Vehicles named by their kind: "30 автомобилей скорой помощи" and "40 машин скорой помощи".

A generic word for a vehicle ("машина", "автомобиль", "viatura", "carro", "véhicule") says
nothing of what is counted; the kind it is followed by does ("машин *скорой помощи*":
ambulances; "viaturas *de bombeiros*": fire engines). Two such counts name one quantity when
their kinds are the same, whichever generic word each writer chose: so a count of a generic
vehicle word *with* a kind is keyed by the kind alone ("vehicle of помощ"). A generic word
with no kind keeps its own stem: "30 cars" and "35 vehicles" may be a part and its whole.

The kind follows the generic word as a bare complement with a preposition in most languages
(:func:`.scope.complement`); in Russian and Ukrainian it is a noun phrase in the genitive
with no preposition ("скорой помощи", "полиции"), which the dictionary (pymorphy3) reads.
"""

from __future__ import annotations

import re
from functools import cache

from briefing.analysis.stems import stem_word

#: The stem a generic vehicle word with a kind is keyed by.
VEHICLE = "vehicle"

#: Generic words for a road vehicle, per language (general vocabulary, not one story's).
_GENERIC: dict[str, str] = {
    "en": "vehicle vehicles car cars",
    "fr": "véhicule véhicules voiture voitures",
    "de": "fahrzeug fahrzeuge fahrzeugen wagen auto autos",
    "es": "vehículo vehículos coche coches carro carros",
    "it": "veicolo veicoli auto automezzo automezzi mezzo mezzi",
    "pt": "veículo veículos carro carros viatura viaturas",
    "nl": "voertuig voertuigen auto auto's wagen wagens",
    "ru": "машина машины машин автомобиль автомобиля автомобилей автомашина автомашин",
    "uk": "машина машини машин автомобіль автомобілі автомобілів автівка автівок",
    "pl": "pojazd pojazdy pojazdów samochód samochody samochodów wóz wozy wozów",
    "tr": "araç araçlar araba arabalar",
}
_WORD = re.compile(r"[ \u00a0]+([^\W\d_]+)")


@cache
def _generic_stems(language: str) -> frozenset[str]:
    return frozenset(stem_word(w, language) for w in _GENERIC.get(language, "").split())


def is_generic(stem: str, language: str) -> bool:
    """Whether ``stem`` (stemmed in ``language``) is a generic word for a vehicle."""
    return stem in _generic_stems(language)


def genitive_kind(text: str, noun_end: int, language: str) -> str:
    """The stem of the noun of a genitive phrase right after the counted noun, with at most
    one adjective before it ("машин *скорой помощи*" → "помощ"), in Russian or Ukrainian;
    "" elsewhere, for a capitalised name ("сотрудников *Организации*") or another case."""
    if language not in ("ru", "uk"):
        return ""
    from briefing.morphology import analyser

    morph = analyser(language)
    words = [m.group(1) for m in _words_after(text, noun_end)]
    if not words or not words[0].islower():
        return ""  # a name ("сотрудников Организации") says whose, not which kind

    def genitive(word: str, pos: str) -> bool:
        return word.islower() and any(
            pos == p.tag.POS and "gent" in p.tag for p in morph.parse(word)
        )

    if len(words) > 1 and genitive(words[0], "ADJF") and genitive(words[1], "NOUN"):
        return stem_word(words[1], language)  # "скорой помощи"
    if genitive(words[0], "NOUN"):
        return stem_word(words[0], language)  # "полиции"
    return ""


def _words_after(text: str, at: int) -> list[re.Match[str]]:
    found = []
    for _ in range(2):
        word = _WORD.match(text, at)
        if word is None:
            break
        found.append(word)
        at = word.end()
    return found


def vehicle_kind(stem: str, narrower: str, text: str, noun_end: int, language: str) -> str:
    """The key stem of a count whose noun stems to ``stem`` ("машин", or "машин of пожарн"
    for an adjective read before it) with the complement ``narrower``: "vehicle of <kind>"
    for a generic vehicle word with a kind, else ``stem`` and ``narrower`` as they were."""
    head, _, adjective = stem.partition(" of ")
    if not is_generic(head, language):
        return stem + (f" of {narrower}" if narrower else "")
    kind = adjective or narrower or genitive_kind(text, noun_end, language)
    if not kind:
        return stem + (f" of {narrower}" if narrower else "")
    return f"{VEHICLE} of {kind}"
