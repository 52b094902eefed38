"""A day the media reported on, not a day of the event: "Media on Saturday reported that …".

A date phrase tied to a verb of reporting whose subject is the media or the sources dates the
report, not what was reported: "International media on Saturday morning reported that the
test had taken place", "Les médias ont annoncé samedi que …", "Mehrere Medien berichteten am
Samstag, …", "Международные СМИ в субботу утром сообщили, что …", "媒体周六报道". Reports of
far-away events are often dated in the reader's own zone, a day before or after the event, so
taking that day for the act's (:mod:`.main_day`) makes a rival day that no source gives.

Read from the words around the phrase, the language's function words and names of the parts
of the day ("morning", "утром") set aside, in one of three shapes:

- subject, day, verb: "media on Saturday reported", "СМИ в субботу утром сообщили";
- verb, day: "media reported on Saturday", "berichteten am Samstag mehrere Medien", with the
  subject at most :data:`NEAR` words before the verb or right after the day;
- day, subject, verb, the day opening the sentence: "On Saturday, media reported that …".

"The army carried out the test on Saturday, media reported" dates the test: the day belongs to
the verb before it, and the report's verb comes only after the subject; so does "Media
reported that on Saturday the army …": a comma or a word that opens a clause ("that", "que",
"dass", "что") between the day and the verb leaves the day to the clause. A single named outlet
("Reuters reported on Saturday") is not read here: a capitalised word is a name of anything.
The verbs are :data:`~.date_roles.REPORTING` and a few of announcing; the subjects a closed class
of general news language (media, press, agencies, sources), never a story's words.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from briefing.analysis.date_roles import REPORTING
from briefing.analysis.stems import stem_word
from briefing.analysis.text import word_set as words

#: At most this many content words between the subject and its verb.
NEAR = 3
#: Verbs of announcing a report uses beside :data:`~.date_roles.REPORTING` ("media announced").
_ANNOUNCING = words(
    """announced reporting annoncé annoncent annonçaient anunciaron informaron
    informan publicaron difundieron annunciato hanno riportato divulgaram
    meldeten vermeldeten сообщали объявили передали повідомляли оголосили"""
)
#: Plural and collective nouns for the media and the sources, per script (a closed class).
_SUBJECTS = words(
    """media press outlets reports newspapers agencies broadcasters sources tabloids
    médias presse agences journaux sources
    medien presse zeitungen agenturen nachrichtenagenturen quellen
    medios prensa agencias periódicos diarios fuentes
    stampa agenzie giornali fonti
    mídia imprensa agências jornais fontes
    сми медиа издания агентства газеты пресса источники
    змі медіа видання агентства газети преса джерела"""
)
#: Subjects and verbs written in Chinese and Japanese, where no space sets words apart.
_CJK_SUBJECT = re.compile(r"媒体|媒體|外媒|メディア|報道機関|各紙|通信社")
_CJK_VERB = re.compile(r"报道|報道|報じ|报导|報導")
#: Longest stretch of text between a CJK subject, the day and the verb.
_CJK_GAP = 6
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_VERBS = REPORTING | _ANNOUNCING
_BOUNDARY = re.compile(r"[,;:—–()«»\"“”]")
#: Words that open a clause of what was reported ("that", "que", "dass", "что").
_CLAUSE_OPENERS = words("that que qu dass daß che что чтобы що як że ότι dat")


def reports_day(sentence: str, start: int, end: int, language: str) -> bool:
    """Whether the date phrase at ``start``–``end`` of ``sentence`` dates a report by the
    media or the sources (module docstring), not an event the sentence tells."""
    if language in ("zh", "ja"):
        return _cjk_reports_day(sentence, start, end)
    if not _has_verb(sentence):
        return False  # most sentences: no verb of reporting at all
    before = [m for m in _WORD.finditer(sentence, 0, start) if not _filler(m.group(), language)]
    after = [m for m in _WORD.finditer(sentence, end) if not _filler(m.group(), language)]
    low_before = [m.group().casefold() for m in before]
    low_after = [m.group().casefold() for m in after]
    # subject, day, verb: "media on Saturday reported"
    if (
        low_before
        and low_before[-1] in _SUBJECTS
        and low_after
        and low_after[0] in _VERBS
        and _bare(sentence[before[-1].end() : start] + sentence[end : after[0].start()])
    ):
        return True
    # verb, day: "media reported on Saturday", "berichteten am Samstag mehrere Medien"; not
    # "media reported that on Saturday the ferry sank", where the day is the clause's
    if low_before and low_before[-1] in _VERBS and _bare(sentence[before[-1].end() : start]):
        subject_before = any(w in _SUBJECTS for w in low_before[-1 - NEAR : -1])
        subject_after = bool(low_after) and low_after[0] in _SUBJECTS
        return subject_before or (subject_after and _bare(sentence[end : after[0].start()]))
    # day, subject, verb, the day first: "On Saturday, (foreign) media reported", not "On
    # Saturday the ferry sank, media reported"
    if not before:
        at = next((i for i, w in enumerate(low_after[:3]) if w in _VERBS), None)
        return at is not None and at >= 1 and low_after[at - 1] in _SUBJECTS
    return False


def _bare(gap: str) -> bool:
    """Nothing between two words but function words and parts of the day: no clause
    boundary (a comma, a colon) and no conjunction that opens a clause ("that", "что")."""
    return not _BOUNDARY.search(gap) and not any(
        m.group().casefold() in _CLAUSE_OPENERS for m in _WORD.finditer(gap)
    )


@lru_cache(maxsize=4096)
def _has_verb(sentence: str) -> bool:
    """A verb of reporting somewhere in the sentence (asked once per sentence: a sentence
    dates several days)."""
    return any(m.group().casefold() in _VERBS for m in _WORD.finditer(sentence))


def _cjk_reports_day(sentence: str, start: int, end: int) -> bool:
    """A subject just before the day and a verb of reporting just after it ("媒体周六报道")."""
    head, tail = sentence[max(0, start - _CJK_GAP) : start], sentence[end : end + _CJK_GAP]
    return bool(_CJK_SUBJECT.search(head)) and bool(_CJK_VERB.search(tail))


def _filler(word: str, language: str) -> bool:
    """A word that stands between a day and its verb without telling anything: a function
    word of the language or a name of a part of the day in any case ("morning", "утром")."""
    folded = word.casefold()
    return folded in _function_words(language) or (
        stem_word(folded, language) in _period_stems(language)
    )


@cache
def _function_words(language: str) -> frozenset[str]:
    from briefing.analysis.date_roles import _short_function_words

    return _short_function_words(language)


@cache
def _period_stems(language: str) -> frozenset[str]:
    """The stems of CLDR's names of the parts of the day ("утро", "утра" → "утр")."""
    from briefing.analysis.day_periods import period_names

    return frozenset(stem_word(name, language) for name in period_names(language))
