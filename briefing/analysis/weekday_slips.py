"""The main event's weekday written with another day's date: "Saturday, 3 May" for Saturday 6 May.

:mod:`.main_day` flags the main day's date written with a weekday the calendar contradicts
("Sunday, April 28" when 28 April was a Monday). This is the other half of the same slip: an
article writes the main day's **weekday** with **another date** near it, and the calendar
contradicts the pair ("у суботу, 3 травня" in a packet most of whose articles date the act to
Saturday 6 May 2023, when 3 May 2023 was a Wednesday). Such a phrase names no day that
exists; its weekday points at the story's day and its date at another, so the article gives the
act a day the others do not, and the reader should see both.

Flagged only when every part holds, each needed for the phrase to be a slip and not another
day's news:

- the phrase writes a weekday and a day of the month together, in an event statement (a
  caption or a credit is not one), and the calendar of the year it is placed in gives that day
  another weekday (a weekday that fits its date is another day of the story, told right);
- its weekday is the main day's and its date differs from the main day by at most
  :data:`~.main_day.NEAR` days (the story's week: "Saturday, 13 May" is a week later);
- the article never dates the main day itself (an article that does is telling its
  sequence, and a slip in it contradicts only itself), nor is it already shown as a rival
  of the main day (its act's word beside the date: :mod:`.main_day` quotes it);
- at least one other article writes the main day with its right weekday (the quote beside it).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from briefing.analysis.main_day import NEAR, _claim, _compatible, _Dated
from briefing.analysis.model import Claim, Discrepancy


def weekday_slip_discrepancies(
    statements: tuple[dt.date | None, list[_Dated]],
    shown: Sequence[Discrepancy] = (),
) -> list[Discrepancy]:
    """The main day's weekday written with another near date (see the module docstring);
    ``statements`` is :func:`~.main_day.story_statements`' answer, ``shown`` the main day's
    flags already raised: an article they show as a rival is not shown twice."""
    main, placed = statements
    if main is None:
        return []
    dating_main = {d.entry.article_id for d in placed if _compatible(d, main)}
    dating_main |= {i for flag in shown for claim in flag.claims[1:] for i in claim.article_ids}
    slips = [
        d
        for d in placed
        if d.weekday == main.weekday()
        and d.entry.month
        and d.entry.day
        and d.day != main
        and d.day.weekday() != d.weekday
        and abs((d.day - main).days) <= NEAR
        and d.entry.article_id not in dating_main
    ]
    # One quote per article writing the main day with its weekday, the first it writes.
    right = list(
        {
            d.entry.article_id: d
            for d in reversed(placed)
            if d.day == main and d.weekday == main.weekday()
        }.values()
    )[::-1]
    if not slips or not right:
        return []
    claims = [_claim(main, right)]
    for day in sorted({d.day for d in slips}):
        members = [d for d in slips if d.day == day]
        claims.append(Claim(f"{main:%A}, {day.day} {day:%B}", _claim(day, members).quotes))
    written = ", ".join(f"{d.day} {d:%B %Y} was a {d:%A}" for d in sorted({s.day for s in slips}))
    return [
        Discrepancy(
            "date",
            "the main event's day",
            tuple(claims),
            note=f"an article writes the main day's weekday with another date ({written})",
        )
    ]
