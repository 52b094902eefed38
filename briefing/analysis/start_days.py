"""The day the story's event began, told as two days in a row: "un violent incendie,
déclenché le 18 juillet", "自18日發生野火" against "19日に発生した山火事".

A story told on its main day (:mod:`.main_day`: the evacuation on Saturday) often recalls
when the ongoing event it belongs to broke out, days before: a fire, a strike, a war, an
outbreak. The verbs of breaking out and beginning are a closed class of every language
("broke out", "s'est déclaré", "déclenché", "ausgebrochen", "comenzó", "scoppiato",
"начались", "wybuchł", "發生", "発生", "اندلع"), not one story's words, so sources meet in
any language without a noun translated.

**A start's day** is a date written at most :data:`GAP` words from such a verb (characters
in Chinese and Japanese, which write no spaces), placed as :func:`.numbered_days.placed_day`
places it (its own date, or a day without its year or month around the main day), from
:data:`LEAST_BEFORE` to :data:`MOST_BEFORE` days before the main day: the main day's own
act is :mod:`.main_day`'s, and a start long before is another event's ("the fire that
broke out on 15 April 2019").

Two sources disagree when the packet's start days are exactly two, **one day apart**, each
given by articles that give no other: one outbreak dated on two days (a fire reported in the
evening of one day and counted from the next). Days further apart are two things' starts, a
third day leaves the packet's starts too loose to compare, and a source writing both days
tells two starts; a day told in a named time zone (:mod:`.time_zones`: "le 18 juillet, heure
locale") is the other day told elsewhere. A caption's or an aside's date counts (a day only
one source gives is an aside to the timeline, and the odd one of a disagreement is that by
nature) when its verb is bound to it.

Silent, for precision: "a déclaré" (French "said"), a verb of beginning with no date beside
it ("comenzó hace seis días": a count of days), a weekday in an undated article (its week is
not known).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import cache

from briefing.analysis.model import Discrepancy, TimelineEntry
from briefing.analysis.numbered_days import day_claim, placed_day
from briefing.analysis.text import WORD
from briefing.analysis.time_zones import zone_told
from briefing.model import Article

#: At most this many words between the verb and the date (characters in Chinese, Japanese).
GAP = 4
_GAP_CHARACTERS = 6
#: A start is at least this many days before the main day, and at most this many.
LEAST_BEFORE = 2
MOST_BEFORE = 30
_UNSPACED = frozenset({"zh", "ja"})
#: Verbs of breaking out and beginning, per language (matched case-insensitively).
_STARTS: dict[str, str] = {
    "en": r"\b(?:broke\s+out|started|began)\b",
    "fr": r"(?:\b(?:s['’]est|se\s+sont)\s+déclar\w*|\bdéclench\w*"
    r"|\b(?:a|ont)\s+(?:commencé|débuté))",
    "es": r"\b(?:comenzó|empezó|se\s+declaró|se\s+inició)\b",
    "it": r"\b(?:scoppiat\w*|divampat\w*|(?:è|sono)\s+iniziat\w*|(?:è|sono)\s+cominciat\w*)",
    "pt": r"\b(?:começou|começaram|deflagrou|teve\s+início)\b",
    "de": r"\b(?:ausgebrochen|begann|begonnen)\b",
    "nl": r"\b(?:uitgebroken|begon|begonnen)\b",
    "ru": r"(?:начал(?:ся|ась|ось|ись)|вспыхнул\w*)",
    "uk": r"(?:почав(?:ся|ася|ося|ися)|спалахнул\w*)",
    "pl": r"\b(?:wybuchł\w*|zaczął\s+się|zaczęła\s+się|rozpoczął\s+się|rozpoczęła\s+się)",
    "el": r"(?:ξέσπασε|ξεκίνησε)",
    "tr": r"(?:başladı|patlak\s+verdi)",
    "ro": r"\b(?:a\s+izbucnit|a\s+început)\b",
    "zh": r"(?:發生|发生|起火|爆發|爆发)",
    "ja": r"(?:発生|出火)",
    "ar": r"(?:اندلع\w*|اشتعل\w*)",
}


def start_day_discrepancies(
    articles: Sequence[Article], entries: Iterable[TimelineEntry], main: dt.date | None
) -> list[Discrepancy]:
    """Start days one apart in two sources (module docstring)."""
    if main is None:
        return []
    languages = {a.id: a.language for a in articles}
    by_sentence: dict[tuple[str, int, int], list[TimelineEntry]] = defaultdict(list)
    for entry in entries:
        if entry.article_id in languages:
            span = entry.sentence_span
            by_sentence[(entry.article_id, span.paragraph, span.start)].append(entry)
    days: dict[dt.date, list[TimelineEntry]] = defaultdict(list)
    for (article_id, _, _), sentence in by_sentence.items():
        language = languages[article_id]
        for entry in _bound(sentence, language):
            day = placed_day(entry, language, main)
            if day is not None and LEAST_BEFORE <= (main - day).days <= MOST_BEFORE:
                days[day].append(entry)
    if len(days) != 2:
        return []
    first, second = sorted(days)
    told = [{e.article_id for e in days[d]} for d in (first, second)]
    if (second - first).days != 1 or told[0] & told[1]:
        return []
    if any(_zoned(e, languages[e.article_id]) for e in [*days[first], *days[second]]):
        return []  # one moment told in two time zones
    return [
        Discrepancy(
            "date",
            "the day the story's event began",
            (day_claim(first, days[first]), day_claim(second, days[second])),
            note="the sources date the outbreak or start of the story's event to two days in a row",
        )
    ]


def _zoned(entry: TimelineEntry, language: str) -> bool:
    start = entry.phrase_span.start - entry.sentence_span.start
    return zone_told(
        entry.sentence, start, entry.phrase_span.end - entry.sentence_span.start, language
    )


def _bound(sentence: list[TimelineEntry], language: str) -> list[TimelineEntry]:
    """The sentence's entries nearest a verb of starting, within :data:`GAP`."""
    pattern = _pattern(language)
    if pattern is None:
        return []
    text = sentence[0].sentence
    offset = sentence[0].sentence_span.start
    bound: dict[int, TimelineEntry] = {}
    for verb in pattern.finditer(text):
        gaps = []
        for entry in sentence:
            if entry.until is not None or entry.day_until is not None:
                continue
            start, end = entry.phrase_span.start - offset, entry.phrase_span.end - offset
            between = text[end : verb.start()] if end <= verb.start() else text[verb.end() : start]
            if start < verb.end() and verb.start() < end:
                between = ""
            far = len(between.strip()) if language in _UNSPACED else len(WORD.findall(between))
            gaps.append((far, id(entry), entry))
        if not gaps:
            continue
        far, _, nearest = min(gaps, key=lambda g: g[0])
        limit = _GAP_CHARACTERS if language in _UNSPACED else GAP
        if far <= limit and sum(g[0] == far for g in gaps) == 1:
            bound[id(nearest)] = nearest
    return list(bound.values())


@cache
def _pattern(language: str) -> re.Pattern[str] | None:
    source = _STARTS.get(language)
    return re.compile(source, re.IGNORECASE) if source else None
