"""Casualty counts in any language: how many dead, injured, missing or arrested.

Counts are otherwise compared by their noun within one language (:mod:`.figures`), so "137
morts" and "139 Tote" are never compared, and "137 people were killed" and "139 dead" are two
nouns. Casualties are the one quantity every news story about a disaster or an attack reports,
in a small closed vocabulary that is general news language, not one story's words: this
module says which of four kinds a count is, from the words of its own clause:

- the counted word is the casualty word ("137 dead", "137 Tote", "137 погибших"), or
- the counted word is a general word for people ("people", "Menschen", "человек", "kişi")
  and a casualty word stands in the same clause, after it ("137 people were killed",
  "137 Menschen kamen ums Leben") or before the number ("killing at least 137 people",
  "погибли 137 человек").

A clause ends at punctuation, a conjunction ("and", "und", "и", "ve") or another number, so
"137 dead and 182 injured" gives one count of each. A clause naming two kinds ("arrested after
12 people were killed") gives none: dead, injured, missing and arrested are never one
quantity. A count of a part ("12 children were killed") or of occupants ("a bus carrying 40
passengers") names no general word for people and is not a casualty count. An increment
("12 more people died", "weitere 12 Tote", "rose by 12") is not a toll and is left out.

A running toll ("the death toll rose to 137", "Число погибших возросло до 143") is the toll as
of its report: :func:`running_toll` reads it, with no counted word, from the kind its clause
names before the number, and like every toll it is compared only with reports of its day.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from typing import Protocol, TypeVar

from briefing.analysis.crosscounts import ANY_LANGUAGE
from briefing.analysis.model import Quote
from briefing.analysis.numbers import Number, interval
from briefing.analysis.text import WORD
from briefing.analysis.units import unit_after

#: The start of a casualty count's key: "casualties dead", "casualties injured".
CASUALTIES = "casualties"
#: The kinds of casualty count, never compared with each other.
KINDS = ("dead", "injured", "missing", "arrested")

#: Per language and kind: words and phrases (lower case); a trailing "*" matches any ending.
_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "dead": "dead killed killing died dying deaths fatalities perished lives death_toll",
        "injured": "injured injuring wounded wounding hurt injuries",
        "missing": "missing",
        "arrested": "arrested detained arrests detentions",
    },
    "fr": {
        "dead": "mort morts morte mortes tué tués tuée tuées tuant décès décédé* péri vies "
        "perdu_la_vie",
        "injured": "blessé blessés blessée blessées blessant",
        "missing": "disparu disparus disparue disparues",
        "arrested": "arrêté arrêtés arrêtées interpellé* arrestations",
    },
    "de": {
        "dead": "tote toten todesopfer* getötet* tötete* gestorben starben ums_leben",
        "injured": "verletzt* schwerverletzt* leichtverletzt* verwundet*",
        "missing": "vermisst*",
        "arrested": "festgenommen* festnahmen verhaftet*",
    },
    "es": {
        "dead": "muertos muertas murieron fallecido* fallecieron asesinados matando vidas "
        "perdieron_la_vida víctimas_mortales",
        "injured": "herido heridos heridas hiriendo",
        "missing": "desaparecidos desaparecidas",
        "arrested": "detenidos detenidas arrestados arrestadas detenciones arrestos",
    },
    "it": {
        "dead": "morti morte morirono uccisi uccise deceduti decedute vite perso_la_vita "
        "bilancio_delle_vittime",
        "injured": "feriti ferite ferito",
        "missing": "dispersi disperse",
        "arrested": "arrestati arrestate fermati arresti",
    },
    "pt": {
        "dead": "mortos mortas morreram mortes vidas perderam_a_vida",
        "injured": "feridos feridas",
        "missing": "desaparecidos desaparecidas",
        "arrested": "detidos detidas presos presas",
    },
    "nl": {
        "dead": "doden gedood omgekomen om_het_leven",
        "injured": "gewonden gewond",
        "missing": "vermisten vermist",
        "arrested": "gearresteerd opgepakt arrestaties",
    },
    "ru": {
        "dead": "погиб* убит* умер умерли умерш* скончал* жизней жертв*",
        "injured": "ранен* ранены пострадал* пострадавш*",
        "missing": "пропавш* без_вести",
        "arrested": "задержан* арестован*",
    },
    "uk": {
        "dead": "загин* загибл* убит* помер* життів",
        "injured": "поранен* ранен*",
        "missing": "зникл* безвісти",
        "arrested": "затриман* заарештован*",
    },
    "pl": {
        "dead": "zabit* zgin* zmarł* ofiar_śmiertelnych",
        "injured": "rann* raniony* rannych",
        "missing": "zaginion*",
        "arrested": "zatrzyman* aresztowan*",
    },
    "tr": {
        "dead": "öldü öldüğü ölü ölen öldürül* hayatını_kaybet* yaşamını_yitir* can_verdi "
        "can_kayb*",
        "injured": "yaralı* yaraland* yaralan*",
        "missing": "kayıp_olarak",
        "arrested": "gözaltına tutuklan* gözaltı*",
    },
}

#: General words for people: a count of them is a casualty count when its clause says so.
_PEOPLE: dict[str, str] = {
    "en": "people persons",
    "fr": "personnes",
    "de": "menschen personen",
    "es": "personas",
    "it": "persone",
    "pt": "pessoas",
    "nl": "mensen personen",
    "ru": "человек человека людей люди",
    "uk": "людей людини осіб люди",
    "pl": "osób osoby ludzi",
    "tr": "kişi* insan*",
}

#: Words that end a clause (and join two counts: "137 dead and 182 injured").
_JOINS: dict[str, str] = {
    "en": "and but while whereas",
    "fr": "et mais tandis alors",
    "de": "und aber sowie während",
    "es": "y e pero mientras",
    "it": "e ed ma mentre",
    "pt": "e mas enquanto",
    "nl": "en maar terwijl",
    "ru": "и а но",
    "uk": "і й та а але",
    "pl": "i oraz a ale",
    "tr": "ve ama ile",
}

#: Words that make a count an increment, not a toll ("12 more", "weitere 12").
_MORE: dict[str, str] = {
    "en": "more further additional another new",
    "fr": "autres nouveaux nouvelles supplémentaires",
    "de": "weitere weiteren neue zusätzliche",
    "es": "otros otras nuevos nuevas más",
    "it": "altri altre nuovi nuove",
    "pt": "outros outras novos novas mais",
    "nl": "meer nieuwe extra",
    "ru": "ещё еще новых других",
    "uk": "ще нових інших",
    "pl": "kolejnych kolejne kolejni",
    "tr": "daha yeni",
}

#: Punctuation and digits end a clause.
_STOP = re.compile(r"[,;:()\[\]—–|«»“”\"!?]|\d")
#: Words read after the number (the counted word and its verb) and before it (a verb and a hedge).
_AFTER, _BEFORE = 6, 4


@cache
def word_matcher(words: str) -> re.Pattern[str]:
    """One pattern for a space-separated word list: ``word*`` takes any ending, ``a_b`` is a
    phrase with any spacing, and every other word must end where it ends."""
    parts = []
    for word in words.split():
        body = re.escape(word.rstrip("*")).replace("_", r"\s+")
        parts.append(body + (r"\w*" if word.endswith("*") else r"(?!\w)"))
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + ")", re.IGNORECASE)


def kind_words(language: str, kind: str) -> str:
    """``language``'s words for one casualty ``kind`` ("dead": "killed", "Tote", "погиб*"),
    as :func:`word_matcher` reads them; "" for a language or kind not listed."""
    return _WORDS.get(language, {}).get(kind, "")


def names_casualties(text: str, language: str) -> bool:
    """Whether ``text`` has a word of any casualty kind ("killed", "ums Leben", "ранены"):
    a count beside it may be a toll, whatever else its words say."""
    kinds = _WORDS.get(language)
    return kinds is not None and any(word_matcher(w).search(text) for w in kinds.values())


def casualty_kind(text: str, start: int, end: int, noun: str, language: str) -> str | None:
    """The kind of casualty the number at ``text[start:end]`` counts, or None (module doc).
    ``noun`` is the word it counts, as :mod:`.figures` read it."""
    kinds = _WORDS.get(language)
    if kinds is None:
        return None
    bare = noun.casefold()
    own = [k for k, words in kinds.items() if word_matcher(words).fullmatch(bare)]
    if not own and not word_matcher(_PEOPLE[language]).fullmatch(bare):
        return None  # a part ("children") or occupants ("passengers"), not a toll
    after = clause(text[end:], language, _AFTER)
    before = clause(text[:start][::-1], language, _BEFORE, reverse=True)
    more = word_matcher(_MORE[language])
    between = after.split(noun, 1)[0]
    if more.search(between) or more.search(" ".join(before.split()[-1:])):
        return None  # "12 more people died", "weitere 12 Tote": an increment of a toll
    found = {k for k, words in kinds.items() if word_matcher(words).search(f"{before} {after}")}
    return found.pop() if len(found) == 1 else None


#: Words right before a number that make it a change of a toll, not the toll ("rose by 12").
_BY: dict[str, str] = {
    "en": "by", "fr": "de", "de": "um", "es": "en", "it": "di", "pt": "em", "nl": "met",
    "ru": "на", "uk": "на", "pl": "o",
}  # fmt: skip


def toll_kind(text: str, start: int, language: str) -> str | None:
    """The kind of toll a number that counts no word states ("the death toll rose to 137.",
    "Число погибших возросло до 137.", "the gunmen killed 133, officials said"): the one kind
    its clause names before it; None for a change ("rose by 12", "another 12") or a clause
    naming two kinds."""
    kinds = _WORDS.get(language)
    if kinds is None:
        return None
    before = clause(text[:start][::-1], language, 4 * _BEFORE, reverse=True)
    last = before.split()[-1:]
    if last and last[0].casefold() in _BY.get(language, "").split():
        return None
    if last and word_matcher(_MORE[language]).fullmatch(last[0]):
        return None  # "killing another 12": an increment
    found = {k for k, words in kinds.items() if word_matcher(words).search(before)}
    return found.pop() if len(found) == 1 else None


def clause(text: str, language: str, most: int, reverse: bool = False) -> str:
    """Up to ``most`` words of ``text`` before the clause ends (``reverse``: ``text`` is the
    text before the number, reversed; the words come back in reading order)."""
    stop = _STOP.search(text)
    piece = text[: stop.start()] if stop else text
    if reverse:
        piece = piece[::-1]
    words = WORD.findall(piece)
    joins = set(_JOINS[language].split())
    if reverse:
        words = words[::-1]
    kept: list[str] = []
    for word in words[:most]:
        if word.casefold() in joins:
            break
        kept.append(word)
    if reverse:
        kept = kept[::-1]
    return " ".join(kept)


def running_toll(
    text: str,
    number: Number,
    counted: tuple[str, float, tuple[str, str]] | None,
    language: str,
    reported: dt.date | None,
    weekday: bool = False,
) -> tuple[tuple[str, str], float, float, str] | None:
    """(key, low, high, value) of a running toll, or None: a count of the dead, injured,
    missing or arrested in a report of known day (or, with ``weekday``, of a day its sentence
    names by a weekday: :mod:`.report_days`), at the upper end of "from 115 to 137"."""
    if (reported is None and not weekday) or (counted is not None and counted[1] != 1):
        return None
    if unit_after(text, number.end, language) is not None:
        return None  # "the worst fire in nearly 80 years": a measure, never a head count
    if counted is not None:
        kind = casualty_kind(text, number.start, number.end, counted[0], language)
    else:
        kind = toll_kind(text, number.start, language)
    if kind is None:
        return None
    if number.qualifier == "upto":  # "возросло до 143": rose *to* 143, not up to it
        number = replace(number, qualifier=None, hedge="")
    low, high = interval(number.value, replace(number, low=None))
    hedge = f"{number.hedge} " if number.hedge else ""
    shown = f"{hedge}{number.written} {counted[0] if counted else kind}"
    return (ANY_LANGUAGE, f"{CASUALTIES} {kind}"), low, high, shown


class _Reported(Protocol):
    @property
    def reported(self) -> dt.date | None: ...
    @property
    def low(self) -> float: ...
    @property
    def high(self) -> float: ...
    @property
    def quote(self) -> Quote: ...


R = TypeVar("R", bound=_Reported)

#: Words by which a report calls its own toll preliminary (lower case; "*": any ending).
_PRELIMINARY: dict[str, str] = {
    "en": "preliminary provisional initial",
    "fr": "provisoire* préliminaire*",
    "de": "vorläufig*",
    "ru": "предварительн*",
    "uk": "попередн*",
    "es": "preliminar* provisional*",
    "it": "provvisori* preliminar*",
    "pt": "preliminar* provisóri*",
    "tr": "ilk_belirleme* ilk_tespit*",
}
#: Words by which a report says a toll was an earlier one ("the ministry had earlier confirmed
#: 11 deaths", "précédemment", "Раніше"): the sources themselves mark it as a past stage.
_EARLIER: dict[str, str] = {
    "en": "earlier previously initially",
    "fr": "précédemment auparavant initialement",
    "de": "zuvor vorher zunächst",
    "es": "anteriormente previamente inicialmente",
    "it": "precedentemente in_precedenza inizialmente",
    "pt": "anteriormente previamente inicialmente",
    "nl": "eerder aanvankelijk",
    "pl": "wcześniej początkowo",
    "ru": "ранее раньше первоначально",
    "uk": "раніше спочатку",
    "tr": "daha_önce",
}
_ALL_PRELIMINARY = " ".join((*_PRELIMINARY.values(), *_EARLIER.values()))


def by_report(figures: Sequence[R]) -> list[list[R]]:
    """Casualty counts per day of publication: a toll grows, so only reports of one day are
    compared (the figures read no count from an article with no such day).

    Within a day, a toll its own sentence calls preliminary ("according to preliminary
    figures, about 93 died") that is below another report's toll of that day is the earlier
    stage of the count, not a rival of it, and is left out; a preliminary toll above another
    one still disagrees with it. A report that says its toll was an earlier one ("had earlier
    confirmed 11 deaths") marks that value as a past stage for the whole day: another report of
    the day that still gives the same value is out of date, not a rival of the higher toll."""
    reports: dict[dt.date | None, list[R]] = defaultdict(list)
    for figure in figures:
        reports[figure.reported].append(figure)
    preliminary = word_matcher(_ALL_PRELIMINARY)
    kept = []
    for report in reports.values():
        top = max(f.low for f in report)
        staged = {
            (f.low, f.high) for f in report if f.high < top and preliminary.search(f.quote.text)
        }
        kept.append([f for f in report if (f.low, f.high) not in staged])
    return kept


def vocabulary(language: str) -> tuple[dict[str, str], str, str] | None:
    """``language``'s words per kind, its general words for people and its words for
    "another" (word lists as :func:`word_matcher` reads them), or None when it has none;
    for readers of counts told beside a toll (:mod:`.others`)."""
    if language not in _WORDS:
        return None
    return _WORDS[language], _PEOPLE[language], _MORE[language]
