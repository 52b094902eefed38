"""Placing a statement by what the other sources say, when its own article gives no date.

A wrap-up piece says "Putin wrapped up his three-day visit" and never names a day; another
source says "the visit will last three days, from October 8 to 10". Together they date the
wrap-up: 10 October. This is done only when the briefing states exactly one span for the
visit, and when the sentence's own length ("three-day") agrees with it; the entry says which
source dated it, so the analyst can check.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence

from briefing.analysis.dates import find_dates
from briefing.analysis.model import TimelineEntry
from briefing.analysis.text import sentences
from briefing.model import Article, Span

_VISIT = re.compile(r"\b(?:visit|trip|tour)\b", re.I)
_END = re.compile(
    r"\b(?:concluded|concludes|wrapped up|wraps up|ended|ends|completed|completes)\b"
    r"[^.;:]{0,60}?\b(?:visit|trip|tour)\b",
    re.I,
)
_START = re.compile(
    r"\b(?:began|begins|started|starts|kicked off|kicks off|embarked on)\b"
    r"[^.;:]{0,60}?\b(?:visit|trip|tour)\b",
    re.I,
)
_LENGTH = re.compile(r"\b(\w+)-day\b", re.I)
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def place_by_other_sources(
    articles: Iterable[Article], entries: Sequence[TimelineEntry]
) -> list[TimelineEntry]:
    """Entries for undated "began/ended the visit" sentences, dated by the briefing's one span."""
    span = _visit_span(entries)
    if span is None:
        return []
    first, last, stated_by = span
    length = (last - first).days + 1
    label = (
        f"{first.day}–{last.day} {last:%B %Y}"
        if first.month == last.month
        else (f"{first:%d %B} – {last:%d %B %Y}")
    )
    placed = []
    for article in articles:
        for index, paragraph in enumerate(article.paragraphs):
            if paragraph.kind == "boilerplate" or not _VISIT.search(paragraph.text):
                continue
            for sentence in sentences(paragraph.text):
                if find_dates(sentence.text):
                    continue  # it dates itself; the timeline already has it
                stated = _LENGTH.search(sentence.text)
                if stated and _NUMBERS.get(stated.group(1).lower()) not in (None, length):
                    continue  # "a two-day visit" is not the three-day one
                for pattern, day, which in ((_END, last, "end"), (_START, first, "start")):
                    match = pattern.search(sentence.text)
                    if not match:
                        continue
                    start = sentence.start + match.start()
                    placed.append(
                        TimelineEntry(
                            article_id=article.id,
                            source=article.source,
                            date=day,
                            until=None,
                            precision="day",
                            phrase=match.group(),
                            phrase_span=Span(index, start, start + len(match.group())),
                            sentence=sentence.text,
                            sentence_span=Span(index, sentence.start, sentence.end),
                            resolution="other-sources",
                            how=f"the {which} of the visit, which {stated_by} dates {label}",
                        )
                    )
                    break
    return placed


def _visit_span(entries: Sequence[TimelineEntry]) -> tuple[dt.date, dt.date, str] | None:
    """The one span ("from October 8 to 10") that sources give for a visit, if exactly one."""
    spans: dict[tuple[dt.date, dt.date], str] = {}
    for entry in entries:
        if entry.date and entry.until and _VISIT.search(entry.sentence):
            spans.setdefault((entry.date, entry.until), entry.source or entry.article_id)
    if len(spans) != 1:
        return None
    (first, last), stated_by = spans.popitem()
    return first, last, stated_by
