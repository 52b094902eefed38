"""Years that frame a period rather than date an event (for ``asides``).

The two ends of a period wholly before the story ("president from 2007 to 2012", "entre 2007 e
2012", "eletto nel 2007 ma sconfitto nel 2012", "с 2007 по 2012 год"): a term of office, a
career, a construction. Read from the text's shape alone — two years, the later second, one
right after the other in one clause (a few words and no comma, colon or semicolon between them)
— so it holds in any language without a word list. A single year ("the 2007 campaign") is not a
period and stays; so does a period that reaches the story's years ("closed from 2019 to 2024"
in a 2024 story), which is the story's own, and so does every year of an undated packet, whose
story years are not known.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Sequence

from briefing.analysis.model import TimelineEntry

#: Words between the two ends of a period: "from 2007 to 2012" (1), "elected in 2007 but
#: defeated in the election of 2012" (6). More than this and the years are two statements.
PERIOD_WORDS = 6
#: A clause break between the two years: they are then two statements, not one period.
_CLAUSE_BREAK = re.compile(r"[,;:!?()\[\]«»“”\"]|\d")
#: Years apart the two ends of a period may be (a career, a building's life).
_SPAN_YEARS = 60


def period_ends(entries: Sequence[TimelineEntry], start: dt.date | None) -> set[int]:
    """Indexes (into ``entries``) of the years that are the two ends of a period wholly before
    ``start``, the story's first known day; none when the story is undated."""
    if start is None:
        return set()
    by_sentence: dict[tuple[str, int, int], list[int]] = {}
    for at, entry in enumerate(entries):
        if entry.precision == "year" and entry.date is not None:
            span = entry.sentence_span
            by_sentence.setdefault((entry.article_id, span.paragraph, span.start), []).append(at)
    ends: set[int] = set()
    for indexes in by_sentence.values():
        ordered = sorted(indexes, key=lambda i: entries[i].phrase_span.start)
        for first, second in itertools.pairwise(ordered):
            if _period(entries[first], entries[second], start):
                ends.update((first, second))
    return ends


def _period(first: TimelineEntry, second: TimelineEntry, start: dt.date) -> bool:
    assert first.date is not None and second.date is not None
    since, until = first.date.year, second.date.year
    if not since < until < start.year or until - since > _SPAN_YEARS:
        return False
    offset = first.sentence_span.start
    between = first.sentence[first.phrase_span.end - offset : second.phrase_span.start - offset]
    if _CLAUSE_BREAK.search(between):
        return False
    return len(re.findall(r"[^\W\d_]+", between)) <= PERIOD_WORDS
