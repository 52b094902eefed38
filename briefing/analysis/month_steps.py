"""A day written alone after a word for last, this or next month: "지난달 28일", "先月28日".

Korean, Japanese and Chinese copy writes a day of another month than the report's as the day
alone behind a word for the month counted from the report ("지난달 28일", the 28th of last
month; "上月28日", "先月28日"; "이달 5일", "本月5日", "今月5日"; "다음달 5일", "下月5日",
"来月5日"). The word says which month, so the day is placed in the month before, the same
month or the month after the article's own day — and never in the month a day written alone
would otherwise be counted in (:func:`.anchored_days.month_day` puts "28日" of a report of the
30th in that same month). Without the article's day (no date, or its month only) the day stays
unplaced, as a day written alone does: a month-only article's "last month" is known, but the
timeline counts nothing from a date it holds only to the month (a weekday, "today"), and this
keeps to that line.

The words are closed-class and written in these scripts only, so they are read whatever the
paragraph's language; only the text just before the day counts (spaces aside), so "지난달" at the
head of a sentence about another day ("지난달 회의에서 … 3일") does not move "3일".
"""

from __future__ import annotations

import datetime as dt
import re

from briefing.analysis.anchored_days import Own, valid_day
from briefing.analysis.model import Resolution

#: Words for a month counted from the report's, and the step each makes.
_STEPS = {
    "지난달": -1, "지난 달": -1, "先月": -1, "上月": -1, "上个月": -1, "上個月": -1,
    "이달": 0, "이번 달": 0, "이번달": 0, "今月": 0, "本月": 0, "这个月": 0, "這個月": 0,
    "다음달": 1, "다음 달": 1, "来月": 1, "下月": 1, "下个月": 1, "下個月": 1,
}  # fmt: skip
#: The words, for the readers that must let a day written after one through (``bare_days``).
STEP_WORDS = frozenset(_STEPS)
_HANGUL = re.compile(r"[\uac00-\ud7a3]")


def month_step(before: str) -> int | None:
    """The month step (-1, 0, +1) a word for last, this or next month just before a day gives
    (``before`` is the text up to the day); None when no such word stands there. A Korean word
    must stand as a word of its own; Chinese and Japanese run on with no space."""
    text = before.rstrip()
    for word in sorted(_STEPS, key=len, reverse=True):
        if not text.endswith(word):
            continue
        head = text[: -len(word)]
        if _HANGUL.match(word) and head and _HANGUL.match(head[-1]):
            return None
        return _STEPS[word]
    return None


def stepped_day(own: Own, day: int, step: int) -> tuple[dt.date | None, Resolution, str]:
    """Day ``day`` of the month ``step`` months from the article's own (module docstring)."""
    if own.date is None or not own.exact:
        return None, "unresolved", "a day of a month counted from the article's day, not given"
    first = own.date.replace(day=1)
    month = first.month - 1 + step
    year, month = first.year + month // 12, month % 12 + 1
    if not valid_day(year, month, day):
        return None, "unresolved", "no such day"
    word = {-1: "the month before", 0: "the month of", 1: "the month after"}[step]
    return dt.date(year, month, day), "relative", f"day {day} of {word} the {own.label}"
