"""A day word inside a direct quote, in an article that looks back: the speaker's day.

"Today", "tonight", "yesterday" in the article's own words are counted from its date. Inside
a quote they are the speaker's, counted from the day the words were spoken, which the
article does not give. Mostly that is the article's own day (a statement read out the day
it is reported), and the timeline keeps counting it so. An article that tells nothing of
its own day, though — every other day it dates lies before its date: a Saturday morning's
report of "Friday"'s ceremony — was written after the speaking, so "tonight" in a quote of
it is the night of the events it tells, not the night after. Which one the text does not
say: such a word is left unplaced, with the reason, rather than put on the writing day.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from briefing.analysis.model import TimelineEntry

__all__ = ["inside_quote", "speakers_days"]

#: A quoted passage: paired marks ("…", “…”, «…», „…“, 「…」, 『…』), or one opened and not
#: closed before the sentence ends (a quote running on into the next sentence).
_QUOTED = re.compile(r'"[^"]*"?|“[^”]*”?|«[^»]*»?|„[^“”]*[“”]?|「[^」]*」?|『[^』]*』?')


def inside_quote(sentence: str, at: int) -> bool:
    """True when offset ``at`` of ``sentence`` lies inside a quoted passage."""
    return any(m.start() < at < m.end() for m in _QUOTED.finditer(sentence))


def _quoted(entry: TimelineEntry) -> bool:
    return inside_quote(entry.sentence, entry.phrase_span.start - entry.sentence_span.start)


def speakers_days(entries: list[TimelineEntry], written: dt.date | None) -> list[TimelineEntry]:
    """``entries`` of one article written on the day ``written`` (None: not known to the
    day), with a day word counted from that day inside a quote left unplaced when every
    other day the article dates as an event lies before ``written`` (module docstring)."""
    if written is None:
        return entries
    told = [
        e.date
        for e in entries
        if e.event and e.date is not None and e.precision == "day" and not _quoted(e)
    ]
    if not told or max(told) >= written:
        return entries
    return [
        replace(
            e,
            date=None,
            resolution="unresolved",
            how=f"“{e.phrase}” is the speaker's day in a quote; the article tells only of "
            f"days before its own",
        )
        if e.resolution == "relative" and e.precision == "day" and _quoted(e)
        else e
        for e in entries
    ]
