"""The words that tie a noun to a period of days, per language: a closed class, like articles.

:mod:`briefing.topics.period_events` finds the events the texts give a length in days
("three days of national mourning", "трёхдневный траур", "luto nacional de tres días", "üç
günlük ulusal yas"). What is counted is a closed class in every language: the word for "day"
(singular and plural, the cases news writes; the forms dateparser's language data lists), the
preposition that joins it to its noun where the language writes one ("of", "de", "di", "van"),
and the adjectives a number forms with it ("three-day", "dreitägig", "трёхдневный", "τριήμερο",
"trzydniowy", "günlük"). The number words themselves are num2words'
(:mod:`briefing.analysis.numbers`).
No event word is listed here: the noun that is the event is whatever the text writes there.
"""

from __future__ import annotations

import functools
import re

#: The word for "day" in each language, singular (a day's event) and plural forms.
#: Singular forms are read as one day when no number stands before them ("day of mourning").
SINGULAR: dict[str, frozenset[str]] = {
    "en": frozenset({"day"}),
    "fr": frozenset({"jour", "journée"}),
    "es": frozenset({"día"}),
    "pt": frozenset({"dia"}),
    "it": frozenset({"giorno", "giornata"}),
    "ro": frozenset({"zi", "ziua"}),
    "nl": frozenset({"dag"}),
    "de": frozenset({"tag"}),
    "ru": frozenset({"день", "днём", "днем", "дня"}),
    "uk": frozenset({"день", "днем", "дня"}),
    "pl": frozenset({"dzień", "dnia", "dniu"}),
    "el": frozenset({"ημέρα", "μέρα", "ημέρας"}),
    "tr": frozenset({"gün"}),
}
PLURAL: dict[str, frozenset[str]] = {
    "en": frozenset({"days"}),
    "fr": frozenset({"jours", "journées"}),
    "es": frozenset({"días", "dias"}),
    "pt": frozenset({"dias"}),
    "it": frozenset({"giorni", "giornate"}),
    "ro": frozenset({"zile"}),
    "nl": frozenset({"dagen"}),
    "de": frozenset({"tage", "tagen"}),
    "ru": frozenset({"дня", "дней", "дни"}),
    "uk": frozenset({"дні", "днів"}),
    "pl": frozenset({"dni"}),
    "el": frozenset({"ημέρες", "μέρες", "ημερών"}),
    "tr": frozenset({"gün", "günlük"}),
}
#: The preposition between the day word and its noun ("days of mourning", "jours de deuil");
#: a language not listed writes the noun right after (a Slavic or Greek genitive, Turkish and
#: German juxtaposition: "три дня траура", "3 gün ulusal yas", "drei Tage Staatstrauer").
OF: dict[str, frozenset[str]] = {
    "en": frozenset({"of"}),
    "fr": frozenset({"de", "d"}),
    "es": frozenset({"de"}),
    "pt": frozenset({"de"}),
    "it": frozenset({"di"}),
    "ro": frozenset({"de"}),
    "nl": frozenset({"van"}),
}
#: Languages that write the length after the noun too: "luto nacional de tres días", "deuil
#: national de trois jours", "lutto nazionale di tre giorni" (English writes "three-day" before).
AFTER_NOUN = frozenset({"fr", "es", "pt", "it", "ro"})

#: Number stems that form an adjective with "day" (value first): the closed class of each
#: language's "three-day" ("dreitägig", "трёхдневный", "τριήμερο", "trzydniowy", "driedaags").
_STEMS: dict[int, str] = {
    2: r"zwei|twee|дву|двух|дво|δι|dwu|dwu",
    3: r"drei|drie|тр[её]х|три|τρι|trzy",
    4: r"vier|четыр[её]х|чотири|τετρα|cztero",
    5: r"fünf|vijf|пяти|п['’]?яти|πεν[θτ]?|pięcio",
    7: r"sieben|zeven|семи|επτα|siedmio",
}
_SUFFIX = r"tägig\w*|daags\w*|дневн\w*|денн\w*|ήμερ\w*|dniow\w*"
_ADJECTIVES = [
    (value, re.compile(rf"(?:{stems})(?:{_SUFFIX})", re.IGNORECASE))
    for value, stems in _STEMS.items()
]
#: English and the languages that hyphenate a number with "day": "three-day", "3-day".
_HINT = re.compile(rf"(?:{_SUFFIX})$|-days?(?:-long)?$", re.IGNORECASE)
_HYPHENATED = re.compile(r"(\w+)-days?(?:-long)?", re.IGNORECASE)


#: The letters every length adjective holds ("dreitägig", "трёхдневный", "τριήμερο").
_ROOTS = ("tägig", "daags", "дневн", "денн", "ήμερ", "dniow", "-day")


@functools.cache
def trigger(language: str) -> tuple[str, ...]:
    """Lower-case letters one of which any period phrase of ``language`` holds: a paragraph
    whose lower-cased text holds none is skipped at the cost of a substring test (most
    paragraphs; the full reading tokenises the rest). A root inside another is enough."""
    words = SINGULAR.get(language, frozenset()) | PLURAL.get(language, frozenset())
    roots = {*words, *_ROOTS}
    return tuple(sorted(r for r in roots if not any(o != r and o in r for o in roots)))


def may_hold(lowered: str, language: str) -> bool:
    """Whether a paragraph's lower-cased text may hold a period phrase (:func:`trigger`)."""
    return _roots(language).search(lowered) is not None


@functools.cache
def _roots(language: str) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, trigger(language))))


def day_count(word: str, language: str) -> int | None:
    """The days a one-word length says ("трёхдневный" → 3, "three-day" → 3), or None."""
    if _HINT.search(word) is None:
        return None  # most words: one search instead of six
    for value, pattern in _ADJECTIVES:
        if pattern.fullmatch(word):
            return value
    found = _HYPHENATED.fullmatch(word)
    if found is not None:
        return number_value(found.group(1), language)
    return None


def number_value(word: str, language: str) -> int | None:
    """The value of a number written in digits or as a word of ``language`` (2 and more;
    num2words' words), or None."""
    from briefing.analysis.number_tables import number_words

    if word.isdigit():
        return int(word) if len(word) <= 2 else None
    # Turkish "İki" opens a sentence: casefold would keep the dot above as a letter of its own.
    return number_words(language).get(word.replace("İ", "i").casefold())


def unit(word: str, language: str) -> str | None:
    """ "one" for a singular day word, "many" for a plural one, None for any other word.
    A form both singular and plural (Russian "дня", Turkish "gün") is "many": its number
    says how many."""
    folded = word.lower()  # not casefold: Greek's final sigma stays "ς"
    if folded in PLURAL.get(language, ()):
        return "many"
    if folded in SINGULAR.get(language, ()):
        return "one"
    return None
