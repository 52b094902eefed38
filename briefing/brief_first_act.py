"""The story's first act as one line of the brief's timeline, told in any language.

A story told on its main day recalls how it began, often weeks before, and each outlet
writes that day its own way, most often without a year ("ran aground on 25 July", "le 25
juillet", "25 июля сел на мель", "7月25日…触礁"). The verb is every language's own and no
resource here translates it, and the sentences seldom share a name or a figure, so the
pairwise ties of :mod:`briefing.brief_events` leave one line per outlet. What ties them is
their place in each account (:mod:`briefing.analysis.first_days`, which reads the same
statements for a disagreement on that day): **an article's first day** is the earliest
day-precise day it gives to an event of the story, a day written without its year placed in
the year nearest the story's anchor. A story is told from its start, so the articles that
tell the start meet on one first day whatever their language.

The statements of that day are one event here when

- the day is the first day of at least :data:`~briefing.analysis.first_days.LEAST_ARTICLES`
  articles, in two languages or more, and of more articles than any other day;
- it lies more than :data:`~briefing.analysis.main_day.NEAR` days before the main event's
  first day: on the main day itself many acts share the day (the rescue, the reactions),
  and those are told apart by their words (:mod:`briefing.brief_topic_events`);
- the statement is its article's only statement of that day (an article that dates two
  sentences to its first day tells two acts, and which one is the start is not known), and
  is no report's day ("media reported on 25 July", :mod:`briefing.analysis.media_reports`)
  nor a night's (which may mean the evening before).

Silent without such a day: an article whose earliest day is another, or a day that only one
language or two articles write, adds nothing; two acts that merely share a name on one day
(an arrest and a funeral) are not first days of three articles in two languages.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Sequence

from briefing.analysis.day_words import night_words
from briefing.analysis.first_days import (
    LEAST_ARTICLES,
    MOST_DAYS,
    exact_day,
    latest_writing,
    placed_in_year,
)
from briefing.analysis.main_day import GAP, NEAR
from briefing.analysis.media_reports import reports_day
from briefing.analysis.model import TimelineEntry
from briefing.analysis.text import WORD
from briefing.model import Article

#: A statement as the timeline keys it: (article id, paragraph, start of its sentence).
Key = tuple[str, int, int]


def key_of(entry: TimelineEntry) -> Key:
    """The statement's key: one sentence of one article, whatever date phrase it holds."""
    span = entry.sentence_span
    return (entry.article_id, span.paragraph, span.start)


def first_act(
    articles: Sequence[Article], entries: Sequence[TimelineEntry], main: dt.date | None
) -> frozenset[Key]:
    """The statements telling the story's first act (module docstring); ``main`` is the
    main event's first day, if known. Empty when no day qualifies."""
    anchor = main or latest_writing(articles)
    if anchor is None:
        return frozenset()
    languages = {a.id: a.language or "en" for a in articles}
    days: dict[str, list[tuple[dt.date, int, TimelineEntry]]] = defaultdict(list)
    for index, entry in enumerate(entries):
        if entry.article_id not in languages or not entry.event:
            continue
        placed = placed_in_year(entry, anchor)
        day = exact_day(placed)
        if day is not None and 0 <= (anchor - day).days + NEAR <= MOST_DAYS + NEAR:
            days[entry.article_id].append((day, index, placed))
    first: dict[str, dt.date] = {}
    told: dict[str, list[TimelineEntry]] = {}
    for article_id, found in days.items():
        found.sort(key=lambda f: (f[0], f[1]))
        for day, _, placed in found:
            night = _night(placed, languages[article_id])
            if night is None:
                continue
            if not night:
                first[article_id] = day
                told[article_id] = [e for d, _, e in found if d == day]
            break
    votes = Counter(first.values())
    if not votes:
        return frozenset()
    top = max(votes, key=lambda d: (votes[d], -d.toordinal()))
    if votes[top] < LEAST_ARTICLES or list(votes.values()).count(votes[top]) > 1:
        return frozenset()
    if main is not None and (main - top).days <= NEAR:
        return frozenset()  # the main day's acts are told apart by their words
    backing = [a for a, day in first.items() if day == top]
    if len({languages[a] for a in backing}) < 2:
        return frozenset()
    return frozenset(key_of(told[a][0]) for a in backing if len({key_of(e) for e in told[a]}) == 1)


def _night(entry: TimelineEntry, language: str) -> bool | None:
    """Whether the day follows a word for night (the evening before may be meant), or None
    when the day is a report's ("media reported on 25 July"): what
    :func:`briefing.analysis.main_day._placed` reads of a statement for
    :mod:`~briefing.analysis.first_days`, without the act's words, which no rule here needs."""
    start = entry.phrase_span.start - entry.sentence_span.start
    end = entry.phrase_span.end - entry.sentence_span.start
    if reports_day(entry.sentence, start, end, language):
        return None
    before = list(WORD.finditer(entry.sentence, 0, start))[-GAP:]
    return bool({m.group().casefold() for m in before} & night_words(language))
