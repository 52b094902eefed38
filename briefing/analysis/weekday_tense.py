"""Which way an unmarked weekday points: the tense of the clause around it, and the weekday
nearest the article's day in that direction.

Split from :mod:`.timeline`, which dates each statement: "on Tuesday" in an article written
on a Thursday is two days before when the clause is past ("collided on Tuesday") and five
days after when it is future ("will meet on Tuesday"). The cues are English words; other
languages' weekdays are placed by :mod:`.weekday_days` and the article's own date.
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta

_DAY_OF_WEEK = (MO, TU, WE, TH, FR, SA, SU)
_FUTURE = re.compile(
    r"\b(will|would|’ll|'ll|shall|scheduled|expected|planned|due|to be held|later|next|upcoming)\b",
    re.IGNORECASE,
)
_PAST = re.compile(r"\b(?:[Ll]ast|was|were|had|ago|earlier|previous)\b|\b[a-z]{3,}ed\b")
#: Verbs of saying: their tense is the report's, not the reported event's.
_SAYING = re.compile(r"(?:said|told|added|stated|reported|announced|claimed|noted)", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:—–(]|\b(?:and|but|where|while|which|who)\b")


def tense(sentence: str, at: int, modifier: str | None, end: int) -> int:
    """+1 when the clause around the weekday speaks of the future, -1 the past, 0 unknown."""
    if modifier == "next":
        return 2
    if modifier == "last":
        return -2
    before = sentence[:at]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    clause = before[breaks[-1].end() :] if breaks else before
    if _FUTURE.search(clause):
        return 1
    if _PAST.search(clause):
        return -1
    return _tense_after(sentence[end:])


def _tense_after(rest: str) -> int:
    """The tense of the first verb cue in the clause a weekday opens.

    "On Tuesday, a train collided …" puts the verb after the phrase, where the clause before
    it says nothing. Only that clause counts ("met on Tuesday and will meet again" is not
    future); a verb of saying is the report's tense, not the event's ("On Tuesday, officials
    said the ferry capsized"); an explicit future word beats an "-ed" form ("scheduled").
    """
    rest = rest.lstrip(" ,;:—–")
    cut = _CLAUSE_BREAK.search(rest)
    clause = rest[: cut.start()] if cut else rest
    cues = [(m.start(), 0, 1) for m in _FUTURE.finditer(clause)]
    cues += [(m.start(), 1, -1) for m in _PAST.finditer(clause) if not _SAYING.fullmatch(m.group())]
    return min(cues)[2] if cues else 0


def weekday_near(anchor: dt.date, weekday: int, direction: int) -> dt.date:
    """The given weekday nearest the anchor: on or after it, on or before it, or either side.

    ``direction`` ±2 ("next", "last") excludes the anchor day itself: "last Friday" written on
    a Friday is a week earlier.
    """
    if direction > 0:
        start = anchor + dt.timedelta(days=1 if direction > 1 else 0)
        return start + relativedelta(weekday=_DAY_OF_WEEK[weekday](+1))
    if direction < 0:
        start = anchor - dt.timedelta(days=1 if direction < -1 else 0)
        return start + relativedelta(weekday=_DAY_OF_WEEK[weekday](-1))
    shift = (weekday - anchor.weekday() + 3) % 7 - 3  # -3..+3: news means "this week"
    return anchor + dt.timedelta(days=shift)
