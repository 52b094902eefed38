"""How many carried out the act: one count in every language ("four gunmen", "vier Angreifer").

Counts are otherwise compared by their noun within one language (:mod:`.figures`), so "au
moins cinq hommes en armes" and "four gunmen" are never compared. Yet how many attackers,
robbers or thieves there were is, with the toll (:mod:`.casualties`), the count every report
of an attack, a robbery or a heist gives, and early reports often get it wrong. It is said in
a small closed vocabulary of general news language, not one story's words: the nouns for
whoever commits an act of violence or a theft (attackers, gunmen, assailants, terrorists,
perpetrators, thieves, robbers, criminals) and a general word for people made specific by
"armed" ("four armed men", "vier bewaffnete Männer", "hommes en armes"). The lexicon below is
that vocabulary in the dev languages, a translation table of one notion, as casualties' is.

A count is of the perpetrators when, within its own clause, such a phrase follows the number
("four armed men", "en az 3 saldırgan") or, for a number set off by dashes or commas, ends
the words right before it ("des hommes en armes — au moins cinq —"). Counts under three are
left out: "two men parked the lift", "zwei von ihnen" are parts of a gang far more often than
the whole of it. A plain people word ("four people", "quatre individus") is not enough: it
names suspects, victims or bystanders as often as the attackers.

Such counts are keyed in every language at once (:data:`crosscounts.ANY_LANGUAGE`); a bound
("at least three") stays an interval, so it is compatible with any larger exact value.
"""

from __future__ import annotations

import re
from functools import cache

from briefing.analysis.casualties import word_matcher
from briefing.analysis.crosscounts import ANY_LANGUAGE
from briefing.analysis.numbers import Number, interval
from briefing.analysis.units import unit_after

#: The key of a perpetrators count (after :data:`.crosscounts.ANY_LANGUAGE`).
PERPETRATORS = "perpetrators"
#: Below this a count is a part of the gang more often than all of it ("two of them").
LEAST = 3
#: Words read after the number, and before an apposed one.
_AFTER, _BEFORE = 3, 4

#: Per language: nouns for whoever commits the act (lower case; "*" matches any ending).
_NOUNS: dict[str, str] = {
    "en": "attacker* assailant* gunman gunmen perpetrator* terrorist* shooter* thief thieves "
    "robber* burglar* criminal* hijacker* kidnapper*",
    "fr": "assaillant* agresseur* tireur* terroriste* malfaiteur* voleur* cambrioleur* "
    "braqueur* criminel* ravisseur*",
    "de": "angreifer* attentäter* täter* schütze schützen terrorist* dieb* räuber* einbrecher* "
    "verbrecher* entführer*",
    "ru": "нападавш* террорист* стрелк* исполнител* преступник* вор воры воров ворами "
    "грабител* налетчик* налётчик* бандит* похитител*",
    "es": "atacante* asaltante* agresor* agresores pistoler* tirador* terrorista* ladrón "
    "ladrones delincuente* criminal* atracador* secuestrador*",
    "it": "aggressor* assalitor* attentator* terrorist* ladro ladri rapinator* criminal* "
    "sequestrator*",
    "tr": "saldırgan* terörist* hırsız* soyguncu* tetikçi* fail faili failler*",
}
#: General words for people, a perpetrator only with a word for "armed" beside them.
_PEOPLE: dict[str, str] = {
    "en": "men man people persons individuals",
    "fr": "hommes homme individus personnes",
    "de": "männer mann personen menschen",
    "ru": "мужчин* человек люд* лиц",
    "es": "hombres personas individuos sujetos",
    "it": "uomini persone individui",
    "tr": "kişi* adam* şahıs*",
}
#: Words for "armed" in each language.
_ARMED: dict[str, str] = {
    "en": "armed",
    "fr": "armé* armes",
    "de": "bewaffnet*",
    "ru": "вооруж*",
    "es": "armad*",
    "it": "armat*",
    "tr": "silahlı*",
}
_WORD = re.compile(r"[^\W\d_][\w'’]*")
#: A clause ends at punctuation or a digit.
_STOP = re.compile(r"[.,;:()\[\]—–|«»“”\"!?]|\d")
#: Punctuation that sets a number off as an apposition ("men — at least five —").
_APPOSED = re.compile(r"\s*[—–,(]\s*$")
_APPOSED_END = re.compile(r"^\s*(?:[—–,)]|$)")


@cache
def _stopwords(language: str) -> frozenset[str]:
    from whoosh.lang import has_stopwords, stopwords_for_language

    return frozenset(stopwords_for_language(language)) if has_stopwords(language) else frozenset()


def _names_perpetrators(words: list[str], language: str) -> bool:
    phrase = " ".join(words)
    if word_matcher(_NOUNS[language]).search(phrase):
        return True
    return bool(
        word_matcher(_PEOPLE[language]).search(phrase)
        and word_matcher(_ARMED[language]).search(phrase)
    )


def perpetrator_count(
    text: str, number: Number, language: str, limit: int | None = None
) -> tuple[tuple[str, str], float, float, str] | None:
    """(key, low, high, value as shown) when ``number`` counts who carried out the act, else
    None (module doc). ``limit``: where the next number starts, so that "three of the four
    attackers" counts nothing with "three"."""
    if language not in _NOUNS or number.value < LEAST or not float(number.value).is_integer():
        return None
    words = _phrase(text, number.start, number.end, language, limit)
    if not words:
        return None
    written = f"{number.hedge + ' ' if number.hedge else ''}{text[number.start : number.end]}"
    apposed = words[0] is None
    phrase = " ".join(w for w in words if w)
    shown = f"{phrase} — {written}" if apposed else f"{written} {phrase}"
    if number.in_words:
        shown += f" ({number.value:g})"
    low, high = interval(number.value, number)
    return (ANY_LANGUAGE, PERPETRATORS), low, high, shown


def _phrase(text: str, start: int, end: int, language: str, limit: int | None) -> list[str | None]:
    """The words naming the perpetrators that a number counts: those after it; for an
    apposition, ``None`` and those before it; an empty list when it counts something else."""
    after = text[end : len(text) if limit is None else limit]
    stop = _STOP.search(after)
    words = _WORD.findall(after[: stop.start()] if stop else after)[:_AFTER]
    if words:
        if unit_after(text, end, language) is not None:
            return []  # "vier Minuten entwendeten Einbrecher": a duration, then the thieves
        nouns = word_matcher(f"{_NOUNS[language]} {_PEOPLE[language]}")
        first = next((i for i, w in enumerate(words) if nouns.fullmatch(w)), None)
        # The noun and a word for "armed" right after it ("cinq hommes armés").
        if first is None or not _names_perpetrators(words[: first + 2], language):
            return []
        if not _names_perpetrators(words[: first + 1], language):
            first += 1  # shown with its "armed"
        stops = _stopwords(language)
        if any(
            w.casefold() in stops or (language == "de" and w[0].isupper()) for w in words[:first]
        ):
            return []  # "four cars of the attackers", "vier Autos der Angreifer": another noun
        return [*words[: first + 1]]
    # Nothing follows in the clause: an apposition names what it counts right before it.
    before = text[:start]
    if not _APPOSED_END.match(text[end:]):
        return []
    hedge = _APPOSED.search(before)
    if hedge is None:
        # The hedge ("au moins") stands between the punctuation and the number.
        found = re.search(r"[—–,(]\s*(?:[^\W\d_]+\s+){1,2}$", before)
        if found is None:
            return []
        before = before[: found.start() + 1]
    else:
        before = before[: hedge.end()]
    before = before.rstrip(" \u00a0—–,(")
    stop_at = max((m.end() for m in _STOP.finditer(before)), default=0)
    words = _WORD.findall(before[stop_at:])[-_BEFORE:]
    return [None, *words] if words and _names_perpetrators(words, language) else []
