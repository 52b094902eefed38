"""An undated report placed at the stage of its death toll: "36 dead" was written the day the
dated reports said 36.

A toll grows through a story, so casualty counts are compared only between reports of one day
(:mod:`.casualties`), and an article with no day of publication gives none: its injured and
critical counts are of an unknown stage. Yet its death toll is a clock. When the dated
reports that give a death toll of 36 were all written on one day, and no report of another
day gives 36, an undated article whose death toll is 36 ("au moins 36 personnes ont perdu la
vie", "Thirty-six people are dead") is a report of that stage, and its other counts are that
day's.

An undated article is placed so only when all of these hold:

- its highest death toll (the dead, read in any language by :mod:`.casualties`) is the value
  of a dated report's toll (the same number: "at least 36" and "36" alike);
- every dated report giving that value was written on one day (a toll that stood for two
  days dates nothing), and every toll of that day's dated reports holds it or is over twice
  apart from it (a day whose reports give 15 and 16 is the day the toll rose: an undated 16
  may be of its morning or of its evening);
- the article names no day later than that one (a report cannot tell what came after it).

A toll that no dated report gave places an article too when it lies between two tolls of one
day: the nearest toll below it and the nearest above it, given by reports of that day or by
sentences dating them to it ("at least 32" reported on 1 March, "at least 40" on 1 March in an
undated report), were both of that day and of no other, and a toll only grows, so 36 was that
day's toll. Its other conditions are the ones above.

Its casualty counts whose sentences date no day are then read as that day's report, beside
the counts as first read (a toll its own sentence dates, or dates by a weekday, is compared as
before: :mod:`.report_days`); nothing else changes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from briefing.analysis.casualties import CASUALTIES, names_casualties
from briefing.analysis.days import Day, days_by_sentence
from briefing.analysis.figure_model import Figure
from briefing.analysis.figure_reading import figures_of
from briefing.analysis.findings import Findings
from briefing.analysis.model import TimelineEntry
from briefing.model import Article

_DEAD = f"{CASUALTIES} dead"
#: Tolls further apart than this factor are never compared (:mod:`.figures`).
_MOST_RATIO = 2.0


def staged(
    articles: Sequence[Article], entries: Sequence[TimelineEntry], read: Findings
) -> Findings:
    """``read`` and, for each undated article that a death toll places at one day, its
    casualty counts read as a report of that day (module docstring). Its counts as read
    stay: a toll its own sentence dates, or dates by a weekday, is still compared as before."""
    written: dict[float, set[dt.date]] = defaultdict(set)
    tolls_of: dict[dt.date, list[Figure]] = defaultdict(list)
    for figure in read.figures:
        if figure.key[1] == _DEAD and figure.reported is not None and _counted(figure):
            written[figure.low].add(figure.reported)
            tolls_of[figure.reported].append(figure)
    if not written:
        return read
    # Every day a toll was given on: by a report of that day, or by a sentence that dates it.
    given: dict[float, set[tuple[int, int]]] = defaultdict(set)
    for figure in read.figures:
        if figure.key[1] == _DEAD and _counted(figure):
            if figure.reported is not None:
                given[figure.low].add((figure.reported.month, figure.reported.day))
            elif figure.day is not None:
                given[figure.low].add((figure.day.month, figure.day.day))
    sentence_days = days_by_sentence(entries)
    named = _named_days(entries)
    added: list[Figure] = []
    for article in articles:
        if article.date is not None and article.date_precision == "day":
            continue
        if not any(names_casualties(p.text, article.language) for p in article.paragraphs):
            continue
        # Read as a report of some day (any: the day only lets a count be read as a toll),
        # then placed at the day its death toll says.
        tolls = _tolls(article, max(tolls_of), sentence_days)
        dead = [f.low for f in tolls if f.key[1] == _DEAD and _counted(f)]
        days = written.get(max(dead), set()) if dead else set()
        if dead and not days:
            days = _between(max(dead), given, tolls_of)
        if len(days) != 1:
            continue
        (day,) = days
        if not _agrees(max(dead), tolls_of[day]) or _after(named.get(article.id, set()), day):
            continue
        # Only counts the first reading could not place: one its sentence dates ("16
        # feriti" of 14 August, the day before the stage) is compared as that day's already.
        added += [dataclasses.replace(f, reported=day) for f in tolls if f.day is None]
    return dataclasses.replace(read, figures=[*read.figures, *added]) if added else read


def _tolls(article: Article, day: dt.date, sentence_days: dict[Any, Day]) -> list[Figure]:
    """The article's casualty counts read as a report of ``day``."""
    found: list[Figure] = []
    placed = dataclasses.replace(article, date=day, date_precision="day")
    figures_of(placed, sentence_days, found, [])
    return [f for f in found if f.key[1].startswith(CASUALTIES)]


def _between(
    toll: float, given: dict[float, set[tuple[int, int]]], tolls_of: dict[dt.date, list[Figure]]
) -> set[dt.date]:
    """The one day whose tolls were the nearest below ``toll`` and the nearest above it, as a
    set (empty when they were given on two days, or when either is missing): a toll only grows,
    so a value between two tolls of one day was the toll on that day."""
    below = [v for v in given if v < toll]
    above = [v for v in given if v > toll]
    if not below or not above:
        return set()
    days = given[max(below)] | given[min(above)]
    if len(days) != 1:
        return set()
    ((month, day),) = days
    return {d for d in tolls_of if (d.month, d.day) == (month, day)}


def _agrees(toll: float, day: Sequence[Figure]) -> bool:
    """``toll`` is the toll of every report of the day that it could be compared with: each
    holds it ("at least 36" and 36), or is over twice apart from it (an earlier stage the
    ratio tells apart: "four died" in the morning's lead). A day whose reports give 15 and
    16 is the day the toll rose: an undated 16 may be of its morning or its evening."""
    return all(
        f.low <= toll <= f.high or max(toll, f.low) > _MOST_RATIO * min(toll, f.low) for f in day
    )


def _counted(figure: Figure) -> bool:
    return math.isfinite(figure.low) and figure.low > 0


def _named_days(entries: Sequence[TimelineEntry]) -> dict[str, set[tuple[int | None, int, int]]]:
    """The days each article's dated statements name: (year or None, month, day)."""
    named: dict[str, set[tuple[int | None, int, int]]] = defaultdict(set)
    for entry in entries:
        if entry.date is not None:
            named[entry.article_id].add((entry.date.year, entry.date.month, entry.date.day))
        elif entry.month and entry.day:  # "le 5 juin" in an undated article: no year
            named[entry.article_id].add((None, entry.month, entry.day))
    return named


def _after(named: set[tuple[int | None, int, int]], day: dt.date) -> bool:
    """A day of ``named`` comes after ``day`` (a day with no year: in ``day``'s year)."""
    return any(
        (year or day.year, month, d) > (day.year, day.month, day.day) for year, month, d in named
    )
