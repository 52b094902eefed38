"""A crowd that gathered: one count in every language, tied by what its sentences name.

Counts are compared by their noun within one language (:mod:`.figures`), so "100,000 fans
lined the route" and "約15万人が集まった" were never set side by side, though the people who
came to see one event are one number whatever the language reporting it. Nouns would need
translating (:mod:`.crosscounts`); what says "a crowd" here is not the noun but the clause:
a general word for people or for onlookers ("people", "fans", "personnes", "Menschen",
"человек", "شخص"; the counters 人 and 명 and the nouns 民众 / 群众 of Chinese) counted in a
clause whose verb says they gathered ("gathered", "lined", "thronged", "se sont rassemblées",
"versammelten sich", "собралось", "集まった", "涌入", "몰렸", "احتشد"). Both are small closed
vocabularies of general news language, like the words for passengers (:mod:`.passengers`),
not one story's words.

Such a count is marked (``Figure.crowd``) where it is read; :func:`tie_crowds` keys it
:data:`CROWD` in every language only with a crowd count of *another* language of one scene of
the story:

- both of the story's day: their sentences date the main day (:mod:`.main_day`) or nothing;
  a crowd of another day is another crowd;
- their sentences name a person, place or thing in common, one topic across scripts
  (:mod:`briefing.topics`, as :mod:`.crosscounts` and :mod:`.fate_roles` ask of any tie
  between two languages), or neither names any: then each tells of the story's own scene,
  while a sentence naming something the other does not may tell of a crowd elsewhere (two
  crowds of one packet's two cities name two places).

Every other gate of the figures then holds: a source giving two crowd values abstains, values
more than twice apart are read as two groups, bounds overlap ("more than 100,000" and "150,000"
agree), the places the sentences name must agree. A tied count leaves its noun's group (a
figure has one key), so it is no longer compared with counts of its noun in other sentences.

What is not a crowd that gathered, and stays as it was:

- the invited and the guests ("600 guests were invited", "1000人以上も招かれた"): not a general
  word for people, or no verb of gathering;
- an expectation ("où sont attendues 100.000 personnes"): no such verb, and what was
  expected is not what came;
- a toll in the same clause ("12 people were killed as 80,000 fans gathered"): a casualty
  word leaves the count to the toll reader;
- a clause with no verb of gathering ("100,000 people live in Windsor").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from briefing.analysis.casualties import names_casualties, word_matcher
from briefing.analysis.crosscounts import (
    ANY_LANGUAGE,
    Places,
    TopicSource,
    _names_by_sentence,
    _where,
)
from briefing.analysis.figure_model import Figure
from briefing.model import Article

#: The key of a crowd's count in every language.
CROWD = "crowd"

#: Per language: the nouns a crowd is counted in (whole words, lower case; "*": any ending).
_NOUNS: dict[str, str] = {
    "en": "people persons fans spectators onlookers well-wishers wellwishers",
    "fr": "personnes gens fans spectateurs badauds curieux",
    "de": "menschen personen fans zuschauer schaulustige*",
    "es": "personas fans espectadores curiosos",
    "it": "persone fan spettatori curiosi",
    "pt": "pessoas fãs espectadores curiosos",
    "nl": "mensen personen fans toeschouwers",
    "ru": "человек человека людей люди зрителей зевак",
    "uk": "людей людини осіб люди глядачів",
    "pl": "osób osoby ludzi widzów",
    "tr": "kişi* insan* seyirci*",
    "ar": "شخص أشخاص شخصا شخصًا مواطن مواطنا",
}
#: Per language: the verbs and participles of people gathering to see something.
_GATHERED: dict[str, str] = {
    "en": "gathered gathering lined lining thronged flocked packed crowded massed converged "
    "turned_out poured_into",
    "fr": "rassemblé* massé* réuni* afflué* amassé* pressé*",
    "de": "versammelt* säumten strömten drängten* eingefunden",
    "es": "congregad* congregaron reunid* reunieron concentrad* concentraron agolpad* "
    "agolparon abarrotaron se_dieron_cita",
    "it": "accors* radunat* riunit* assiepat* affollat* accalcat*",
    "pt": "reunid* reuniram concentrad* concentraram aglomerad* aglomeraram",
    "nl": "verzameld* verzamelden stroomden samengestroomd",
    "ru": "собрал* стеклись столпил*",
    "uk": "зібрал* зійшл* стеклися",
    "pl": "zgromadził* zebrał* zebrało",
    "tr": "toplandı toplanan akın_etti",
}
#: Languages written without spaces, and Arabic (whose verbs take prefixes: "واحتشد"): the
#: counters and nouns of a crowd, and the gathering words, found anywhere in the clause.
_UNSPACED_NOUNS: dict[str, tuple[str, ...]] = {
    "zh": ("人", "民众", "民眾", "群众", "群眾"),
    "ja": ("人",),
    "ko": ("명",),
}
_UNSPACED_GATHERED: dict[str, str] = {
    "zh": "聚集|涌入|湧入|涌进|湧進|围观|圍觀|挤满|擠滿",
    "ja": "集ま|詰めかけ|詰め掛け|押し寄せ",
    "ko": "몰렸|몰려|모였|모여|운집",
    "ar": "احتشد|تجمع|تجمهر|توافد|اصطف",
}
#: Words of a toll: a count beside one is left to the toll readers.
_CJK_TOLL = r"死|亡|伤|傷|遇难|遇難|けが|負傷|사망|부상|압사"
_ARABIC_TOLL = r"قتل|مقتل|قتيل|قتلى|جرح|جريح|جرحى|مصاب|إصابة|وفاة"
#: A clause ends at these marks (both scripts' commas and stops).
_STOP = re.compile(r"[,.;:!?،؛。，、；：！？()（）]")
#: Words read before the number and after it, as :mod:`.fates` reads a fate.
_BEFORE, _AFTER = 4, 6
#: Characters read on each side in a language written without spaces.
_CHARACTERS = 16


def is_crowd(text: str, start: int, end: int, noun: str, language: str) -> bool:
    """Whether the count at ``text[start:end]`` of ``noun`` (as written, or the counter) is
    a crowd that gathered (module doc)."""
    if language in _UNSPACED_NOUNS:
        if noun not in _UNSPACED_NOUNS[language]:
            return False
        before, after = _window(text, start, end, _CHARACTERS, _CHARACTERS)
        gathered = re.search(_UNSPACED_GATHERED[language], f"{before} {after}")
        return gathered is not None and not _toll_words(before, after)
    if language not in _NOUNS or not word_matcher(_NOUNS[language]).fullmatch(noun.casefold()):
        return False
    before, after = _words(text, start, end)
    around = f"{before} {after}"
    if language == "ar":
        gathered = re.search(_UNSPACED_GATHERED["ar"], around)
        return gathered is not None and re.search(_ARABIC_TOLL, around) is None
    if names_casualties(around, language):
        return False  # a toll beside a crowd: left to the toll reader
    return word_matcher(_GATHERED[language]).search(around) is not None


def _window(text: str, start: int, end: int, left: int, right: int) -> tuple[str, str]:
    """The clause's text up to ``left`` characters before the count and ``right`` after."""
    before = text[max(0, start - left) : start]
    stops = [m.end() for m in _STOP.finditer(before)]
    if stops:
        before = before[stops[-1] :]
    after = text[end : end + right]
    cut = _STOP.search(after)
    return before, after[: cut.start()] if cut else after


def _words(text: str, start: int, end: int) -> tuple[str, str]:
    before, after = _window(text, start, end, 80, 120)
    return " ".join(before.split()[-_BEFORE:]), " ".join(after.split()[:_AFTER])


def _toll_words(before: str, after: str) -> bool:
    return re.search(_CJK_TOLL, f"{before}{after}") is not None


def tie_crowds(
    figures: list[Figure],
    articles: Sequence[Article],
    topics: TopicSource | None = None,
    places: Places | None = None,
    main_day: dt.date | None = None,
) -> list[Figure]:
    """``figures`` with the crowd counts of several languages keyed :data:`CROWD` when they
    are of one scene of the story (module doc); every other figure as it was. The topics are
    asked only when crowd counts of two languages exist."""
    members = [i for i, f in enumerate(figures) if _candidate(figures[i], main_day)]
    if len({figures[i].key[0] for i in members}) < 2:
        return figures
    wanted = {_where(figures[i])[:2] for i in members}
    named = _names_by_sentence(articles, topics, wanted, places)
    tied: set[int] = set()
    for position, i in enumerate(members):
        for j in members[position + 1 :]:
            a, b = figures[i], figures[j]
            if a.key[0] != b.key[0] and _one_scene(named.get(_where(a)), named.get(_where(b))):
                tied |= {i, j}
    key = (ANY_LANGUAGE, CROWD)
    return [replace(f, key=key) if i in tied else f for i, f in enumerate(figures)]


def _candidate(figure: Figure, main_day: dt.date | None) -> bool:
    """A crowd count not yet keyed in every language, of the story's day or of no day its
    sentence names: a crowd of another day is another crowd."""
    if not figure.crowd or figure.key[0] == ANY_LANGUAGE:
        return False
    day = figure.day
    if day is None:
        return True
    return (
        main_day is not None
        and (day.month, day.day) == (main_day.month, main_day.day)
        and day.year in (None, main_day.year)
    )


def _one_scene(a: set[str] | None, b: set[str] | None) -> bool:
    """Two crowd sentences of one scene: they name a topic in common, or neither names any
    (then each tells of the story's own scene; a sentence naming something the other does
    not may tell of a crowd elsewhere)."""
    if a and b:
        return bool(a & b)
    return not a and not b
