"""Passengers: one count in every language, as casualties are.

Counts are compared by their noun within one language (:mod:`.figures`), so "291 passageiros"
and "276 pasażerami" were never compared, though a train's passengers are one number whatever
the language reporting it. Like the casualty words (:mod:`.casualties`), the word for a
passenger is a small closed vocabulary of general news language ("passengers", "Passagiere",
"Fahrgäste", "passagers", "pasajeros", "пассажиров"), not one story's word, so a count of
passengers is keyed by that word in every language: "230 passengers" and "230 passagers"
agree, "232 passengers" and "230 passageiros" disagree.

Passengers who had something happen to them are a part of those carried, not the count of
them ("About 250 passengers were evacuated" of the 350 on board; "12 passengers were killed"
is a toll): a count whose clause names a casualty kind or an outcome (evacuated, rescued,
unhurt, taken to hospital, moved on: :data:`_OUTCOMES`) keeps its own noun's key within its
language, as before; so does a rate or a capacity ("262 passengers a day", "täglich", "can
carry 262 passengers": :data:`_NOT_ONE_JOURNEY`), which counts no one journey, and a count
its sentence calls a capacity never comes here. The figures' other gates still apply: values
more than twice apart are a part and a whole, a source giving two values shows the word
names two counts, and only one day and place are compared at a time.
"""

from __future__ import annotations

from briefing.analysis.casualties import clause, names_casualties, word_matcher
from briefing.analysis.crosscounts import ANY_LANGUAGE

#: The key of a count of passengers in any language.
PASSENGERS = "passengers"
#: How a noun of passengers begins, per language (lower case; any ending follows).
_NOUNS: dict[str, tuple[str, ...]] = {
    "en": ("passenger",), "fr": ("passager",), "de": ("passagier", "fahrgäst", "fahrgast"),
    "es": ("pasajer",), "it": ("passegger",), "pt": ("passageir",), "nl": ("passagier",),
    "pl": ("pasażer",), "ru": ("пассажир",), "uk": ("пасажир",), "tr": ("yolcu",),
}  # fmt: skip
#: Words saying what happened to some of the passengers (lower case; "*": any ending).
_OUTCOMES: dict[str, str] = {
    "en": "evacuated rescued saved unhurt uninjured unharmed hospitali* treated transferred "
    "stranded survived survivors",
    "fr": "évacué* secouru* indemne* sauvé* hospitalisé* transféré* rescapé* survivant*",
    "de": "evakuiert* gerettet* unverletzt* in_sicherheit behandelt* gestrandet* überleb*",
    "es": "evacuad* rescatad* ilesos ilesas hospitalizad* trasladad* sobreviv* supervivientes",
    "it": "evacuat* salvat* illesi illese soccors* ricoverat* trasferit* sopravviss*",
    "pt": "evacuad* resgatad* ilesos ilesas hospitalizad* transferid* sobreviv*",
    "nl": "geëvacueerd gered ongedeerd overleefd* overlevenden",
    "pl": "ewakuowan* uratowan* hospitalizowan* ocala* przewiezion*",
    "ru": "эвакуир* спасен* спасли госпитализ* помощь не_пострадал* выжил* выживш*",
    "uk": "евакуйов* врятован* госпіталіз* допомог* вижил*",
    "tr": "tahliye* kurtarıl* hastaneye",
}
#: Words of a rate or of what a vehicle can carry ("262 passengers a day", "täglich", "can
#: carry 262 passengers"): a traffic or a capacity, not the passengers of one journey.
_NOT_ONE_JOURNEY: dict[str, str] = {
    "en": "a_day per_day daily every_day a_year per_year annually each_year every_year "
    "a_week per_week an_hour per_hour a_month per_month can could able room_for",
    "fr": "par_jour chaque_jour quotidien* par_an chaque_année annuel* par_heure peut peuvent "
    "pouvant",
    "de": "täglich* pro_tag jährlich* pro_jahr im_jahr stündlich* pro_stunde kann können platz_für",
    "es": "al_día por_día diari* al_año por_año cada_día cada_año anual* puede pueden",
    "it": "al_giorno ogni_giorno giornalier* all'anno ogni_anno annu* può possono",
    "pt": "por_dia ao_dia diári* por_ano ao_ano anual* pode podem",
    "nl": "per_dag dagelijks per_jaar jaarlijks kan kunnen",
    "pl": "dziennie codziennie rocznie na_dobę może mogą",
    "ru": "в_день ежедневн* в_год ежегодн* в_сутки в_час может могут",
    "uk": "на_день щодня на_рік щороку може можуть",
    "tr": "günlük* günde yıllık* yılda her_gün alabil*",
}
#: Words of the clause read after the number and before it (as :mod:`.casualties` does).
_AFTER, _BEFORE = 8, 4


def passenger_key(
    text: str, start: int, end: int, noun: str, language: str
) -> tuple[str, str] | None:
    """The key of the count at ``text[start:end]`` when it counts the passengers carried
    (``noun``, as written, is a word for passengers in ``language``), else None."""
    bare = noun.casefold()
    if not bare.startswith(_NOUNS.get(language, ())):
        return None
    return (ANY_LANGUAGE, PASSENGERS) if all_of_one_occasion(text, start, end, language) else None


def all_of_one_occasion(text: str, start: int, end: int, language: str) -> bool:
    """Whether the count at ``text[start:end]`` is everyone of one occasion: its clause names
    no casualty kind, no outcome (evacuated, rescued, unhurt: a part of them), no rate and no
    capacity ("a day", "can carry"); False in a language with no such words listed. Guests
    are gated alike (:mod:`.guests`)."""
    if language not in _OUTCOMES:
        return False
    around = f"{clause(text[:start][::-1], language, _BEFORE, reverse=True)} "
    around += clause(text[end:], language, _AFTER)
    if names_casualties(around, language) or word_matcher(_OUTCOMES[language]).search(around):
        return False  # a part of those carried: the dead, the hurt, the evacuated
    # A traffic ("a day") or what it can carry: no one journey's passengers.
    return not word_matcher(_NOT_ONE_JOURNEY[language]).search(around)
