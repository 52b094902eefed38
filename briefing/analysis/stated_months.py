"""The month of a day written alone, taken from the day-and-month the undated article wrote last.

Chinese, Japanese and Korean copy name the story's day once with its month ("示例島付近で5月
20日午前", near the island on the morning of 20 May) and every other day by its number alone
("19日夜に港を出ていた", it had left port on the night of the 19th; :mod:`.bare_days`). An
article with a date of its own or a dateline counts such a day from that anchor
(:mod:`.anchored_days`); one with neither used to drop it, unless it repeated a day written in
full (:mod:`.repeated_days`), and the departure the night before went missing.

A report's days lie close together, and the press writes a day of another month with its
month. So a bare day takes the month of the last date before it that names a month, when:

- that date names a day as well ("in May" says nothing of which day of May the story is on);
- the bare day exists in that month (no "31日" in a month of thirty days);
- it lies in that month within a week of the written day: "30日" after "5月2日" may be 30
  April as well as 30 May, and a "1日" ten days back from "8月11日" may be the 1st of the
  month after as well (a later report's day, written after a background date);
- the article writes no other month with this same day ("4月19日 … 5月20日 … 19日": which 19th).

Only the month is taken: the entry lists its day and month with no year, since the article
gives none of its own to count from, and none is ever borrowed from the day it follows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

__all__ = ["NamedMonth", "stated_month"]

#: A date phrase of the article that names a month: (paragraph, offset in it, month, day),
#: day 0 when it names the month alone.
NamedMonth = tuple[int, int, int, int]

#: A leap year, so that 29 February counts as a day when no year is given.
_ANY_YEAR = 2000


def stated_month(named: Iterable[NamedMonth], day: int, paragraph: int, start: int) -> int | None:
    """The month of the bare ``day`` at ``start`` of ``paragraph`` (module docstring), or None."""
    named = list(named)
    before = [n for n in named if (n[0], n[1]) < (paragraph, start)]
    if not before:
        return None  # the day comes first: nothing written yet gives it a month
    _, _, month, on = max(before)
    if not on:
        return None  # the last month named has no day to measure the distance from
    if any(d == day and m != month for _, _, m, d in named):
        return None  # the text writes this day in another month too
    return month if _valid(month, day) and abs(day - on) <= WEEK else None


#: How far from the written day a bare day may lie, in days, to be of its month. Within a
#: week, the same day of a month beside it lies at least three weeks away.
WEEK = 7


def _valid(month: int, day: int) -> bool:
    """Whether ``day`` is a day of ``month`` in some year (29 February is)."""
    try:
        dt.date(_ANY_YEAR, month, day)
    except ValueError:
        return False
    return True
