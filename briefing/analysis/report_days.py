"""The day a toll is told as of, in an article that gives no day of publication.

A toll grows, so :mod:`.figures` compares casualty counts only between reports of one day, and
a report of no known day is left out. Many wire rewrites carry no date at all but tie their
toll to a weekday of the story's week: "Russia observed a national day of mourning *on
Sunday* … that claimed the lives of 137 people", "Die Zahl der Toten belief sich *bis
Sonntag* auf 133". The story's own week is known from the packet (the main event's day,
:mod:`.main_day`), so such a weekday is a day: the first day after the main one that falls
on it. The toll is then a report of that day and is compared with the others of that day, in
every language.

Only a weekday *after* the main day dates a report: on the main day itself the weekday dates
the act ("133 people were killed … *on Friday evening*"), and a later toll is often told
with it. The sentence must date nothing else (a year or a day of another event: "since the
Beslan siege in 2004, which left more than 300 dead", "el domingo sería día de luto"), and
the weekday must not be placed by a word of its own ("last Sunday", "next Monday": a week
off, or another week). Without a main day, nothing is placed and the toll stays silent.

Chinese, Japanese and Korean rewrites date a toll by a bare day of the month instead ("5일
오전 현재 사망자는 73명": as of the morning of the 5th; :func:`.cjk_tolls.told_monthday`): it
is placed the same way, on the first day after the main one that is that day of its month,
within the story's week; the main day's own date dates the act.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from briefing.analysis.dates import DatePhrase
from briefing.analysis.figure_model import Figure

#: Days after the main one a weekday may fall on: the rest of the story's week.
STORY_WEEK = 6
#: Words placing a weekday in another week, as prefixes: before the weekday ("last Sunday",
#: "letzten Sonntag", "в прошлое воскресенье") in any language, or after it in the Romance
#: languages ("dimanche dernier", "el domingo pasado", "domenica scorsa"); general words of
#: each language. "on Sunday following the attack" is no placing.
_PLACING_BEFORE = (
    *("last", "next", "past", "coming", "previous", "following"),  # en
    *("letzt", "vergangen", "kommend", "nächst", "vorig"),  # de
    *("прошл", "следующ", "будущ", "предыдущ", "минул", "наступн"),  # ru, uk
    *("vorige", "afgelopen", "komend", "volgend"),  # nl
    *("ubiegł", "zeszł", "przyszł", "następn"),  # pl
    *("geçen", "gelecek", "önceki"),  # tr
)
_PLACING_ROMANCE = (
    *("dernier", "dernière", "prochain", "précédent"),  # fr
    *("pasad", "próxim", "anterior", "passad"),  # es, pt
    *("scors", "prossim", "precedent"),  # it
)
_WORD = re.compile(r"[^\W\d_]+")


def told_weekday(text: str, phrases: Sequence[DatePhrase]) -> int | None:
    """The weekday (0 = Monday) the sentence ``text`` dates itself by, when it is the only
    date of the sentence (``phrases``) and no word places it in another week; else None."""
    if len(phrases) != 1:
        return None
    phrase = phrases[0]
    if phrase.kind != "weekday" or phrase.weekday is None or phrase.day or phrase.year:
        return None
    before = [
        *_WORD.findall(text[max(0, phrase.start - 30) : phrase.start])[-2:],
        *_WORD.findall(text[phrase.start : phrase.end]),
    ]
    after = _WORD.findall(text[phrase.end : phrase.end + 30])[:1]
    if any(w.casefold().startswith(p) for w in before for p in _PLACING_BEFORE + _PLACING_ROMANCE):
        return None
    if any(w.casefold().startswith(p) for w in after for p in _PLACING_ROMANCE):
        return None
    return phrase.weekday


def placed_reports(
    figures: Iterable[Figure],
    main_day: dt.date | None,
    months: Mapping[str, tuple[int, int]] | None = None,
) -> list[Figure]:
    """``figures`` with every toll dated only by a weekday made a report of that weekday's day
    in the story's week (module doc); such tolls are dropped when there is no main day, when
    the weekday is the main day's own, or when the article states a month (``months``:
    article id → (year, month)) that the day is not in (a later week's report)."""
    kept: list[Figure] = []
    for figure in figures:
        if figure.monthday is not None:
            day = monthday_report(figure.monthday, main_day)
        elif figure.weekday is not None:
            day = report_day(figure.weekday, main_day)
        else:
            kept.append(figure)
            continue
        month = (months or {}).get(figure.quote.article_id)
        if day is not None and month in (None, (day.year, day.month)):
            kept.append(replace(figure, reported=day, weekday=None, monthday=None))
    return kept


def report_day(weekday: int, main_day: dt.date | None) -> dt.date | None:
    """The first day after ``main_day`` (within :data:`STORY_WEEK` days) that is ``weekday``."""
    if main_day is None:
        return None
    ahead = (weekday - main_day.weekday()) % 7
    if ahead == 0 or ahead > STORY_WEEK:
        return None
    return main_day + dt.timedelta(days=ahead)


def monthday_report(monthday: int, main_day: dt.date | None) -> dt.date | None:
    """The first day after ``main_day`` (within :data:`STORY_WEEK` days) that is the
    ``monthday``-th of its month: a bare day of the month in the story's week ("5일 현재")."""
    if main_day is None:
        return None
    for ahead in range(1, STORY_WEEK + 1):
        day = main_day + dt.timedelta(days=ahead)
        if day.day == monthday:
            return day
    return None
