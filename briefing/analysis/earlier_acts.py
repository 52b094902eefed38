"""An earlier act of the story's kind, dated to two days a day apart by different sources.

A story often recalls the last act like it: "the volcano last erupted on 18 December", "une
autre éruption avait été enregistrée le 19 décembre". Those statements lie weeks before the
main day, so the main day's rules (:mod:`.main_day`) leave them alone, and they name no actor,
so :mod:`.events` cannot tie them either. What ties them is the act's word, learnt from the
packet as :mod:`.main_day` learns it (the words written beside the main day, their first
letters without accents, in any language: "erupted", "éruption"; never a list of one story's
words), here only a word at least :data:`LEAST_ARTICLES` articles write there.

An **earlier act's day** is a day-precise date, more than :data:`~.main_day.NEAR` days and at
most a year before the main day, of an event statement whose sentence writes an act's word,
when that date is the sentence's date nearest the word ("erupted on 18 December, and residents
returned on 22 December" binds the 18th only). A date with no year is the last such day before
the main day.

Two sources disagree when their earlier acts' days are **one day apart** and no source gives
both: one act told on two adjacent days (an evening act dated by its night, a slip). Days
further apart are taken as two acts (an eruption in December and another in March are both
background), and a source writing both adjacent days shows two acts, so neither is flagged.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence

from briefing.analysis.day_words import content_words as _content
from briefing.analysis.day_words import word_key as _key
from briefing.analysis.main_day import NEAR, _act_words, _claim, _Dated
from briefing.analysis.model import Discrepancy, TimelineEntry
from briefing.analysis.text import WORD, unelided
from briefing.model import Article

#: An act's word counts here when at least this many articles write it beside the main day.
LEAST_ARTICLES = 2
#: How far before the main day an earlier act is looked for.
MOST_DAYS = 366


def earlier_act_discrepancies(
    articles: Sequence[Article],
    entries: Iterable[TimelineEntry],
    statements: tuple[dt.date | None, list[_Dated]],
) -> list[Discrepancy]:
    """The earlier act's day given as two adjacent days (see the module docstring);
    ``statements`` is :func:`~.main_day.story_statements`' answer."""
    main, placed = statements
    if main is None:
        return []
    acts = {w for w, n in _act_words(placed, main).items() if n >= LEAST_ARTICLES}
    if not acts:
        return []
    languages = {a.id: a.language for a in articles}
    by_sentence: dict[tuple[str, int, int], list[TimelineEntry]] = defaultdict(list)
    for entry in entries:
        if entry.article_id in languages:
            span = entry.sentence_span
            by_sentence[(entry.article_id, span.paragraph, span.start)].append(entry)
    days: dict[dt.date, list[TimelineEntry]] = defaultdict(list)
    for (article_id, _, _), sentence in by_sentence.items():
        for entry in _bound(sentence, languages[article_id], acts):
            day = _day(entry, main)
            if day is not None and NEAR < (main - day).days <= MOST_DAYS:
                days[day].append(entry)
    return [found for day in sorted(days) if (found := _adjacent(day, days))]


def _bound(sentence: list[TimelineEntry], language: str, acts: set[str]) -> list[TimelineEntry]:
    """The sentence's entries that are the nearest date to one of its act words."""
    text = sentence[0].sentence
    offset = sentence[0].sentence_span.start
    words = [m for m in _content(list(WORD.finditer(text)), language)
             if _key(unelided(m.group())) in acts]  # fmt: skip
    bound: dict[int, TimelineEntry] = {}
    for word in words:
        nearest = min(
            sentence,
            key=lambda e: min(
                abs(e.phrase_span.start - offset - word.end()),
                abs(word.start() - (e.phrase_span.end - offset)),
            ),
        )
        bound[id(nearest)] = nearest
    return [e for e in bound.values() if e.event and e.precision == "day" and e.until is None]


def _day(entry: TimelineEntry, main: dt.date) -> dt.date | None:
    """The entry's day; a month and day with no year are the last such day before ``main``."""
    if entry.day_until is not None:
        return None
    if entry.date is not None:
        return entry.date
    if not entry.month or not entry.day:
        return None
    for year in (main.year, main.year - 1):
        try:
            day = dt.date(year, entry.month, entry.day)
        except ValueError:
            continue
        if day < main:
            return day
    return None


def _adjacent(day: dt.date, days: dict[dt.date, list[TimelineEntry]]) -> Discrepancy | None:
    """``day`` and the day after it, each told by sources that do not tell the other."""
    after = day + dt.timedelta(days=1)
    if after not in days:
        return None
    first = {e.article_id for e in days[day]}
    second = {e.article_id for e in days[after]}
    if first & second:
        return None  # one source tells both days: two acts
    return Discrepancy(
        "date",
        "the day of an earlier act like the story's",
        (_claim(day, _placed(days[day])), _claim(after, _placed(days[after]))),
        note="sources recalling the last act like this one date it to two days in a row",
    )


def _placed(entries: list[TimelineEntry]) -> list[_Dated]:
    """The entries in the shape :func:`~.main_day._claim` quotes."""
    return [
        _Dated(e, "", e.date or dt.date.min, None, False, frozenset(), frozenset()) for e in entries
    ]
