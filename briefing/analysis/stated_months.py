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
- it lies in that month at most half as far from the written day as in the month before or
  after: "30日" after "5月2日" may be 30 April as well as 30 May, and "14日" after "3月1日"
  is 13 days on or 15 back, which one the words do not say;
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
    return month if _clearly_in(month, on, day) else None


#: How many times nearer the day must lie in the written month than in a month beside it.
NEARER = 2


def _clearly_in(month: int, on: int, day: int) -> bool:
    """True when ``day`` exists in ``month`` and lies there at most 1/``NEARER`` as far from
    ``on`` of ``month`` as in the month before or after."""
    written = dt.date(_ANY_YEAR, month, on)
    distances: dict[int, int] = {}
    for step in (-1, 0, 1):
        first = _month_start(written, step)
        try:
            candidate = first.replace(day=day)
        except ValueError:
            continue  # no such day in that month
        distances[step] = abs((candidate - written).days)
    here = distances.pop(0, None)
    return here is not None and all(NEARER * here <= there for there in distances.values())


def _month_start(day: dt.date, step: int) -> dt.date:
    """The 1st of the month ``step`` months from ``day``'s (-1, 0 or 1)."""
    first = day.replace(day=1)
    if step < 0:
        return (first - dt.timedelta(days=1)).replace(day=1)
    if step > 0:
        return (first + dt.timedelta(days=32)).replace(day=1)
    return first
