"""The act's day, not its prelude's: for the brief's When line (:mod:`briefing.brief_when`).

The main event's name carries a day (:mod:`briefing.topics.story_days`): for an act that
happens once it is the first day of the run of days the outlets date events to, since the
days after a crash or an attack are its aftermath. A story can also open before its act: a
player tells his club he wants to leave on Wednesday, the clause is paid and the contract
signed on Thursday; the first reports, written on Wednesday, date that day, and the first day
of the run is the prelude's. Two things tell such a day, and both must hold:

- a sentence dating it tells the act as not done yet — a prospect, a condition or an intent
  (:mod:`briefing.brief_lede_unrealised`: "a move seemingly imminent", "must be paid if he
  wants to leave", "to say he wanted to leave"); no report of a crash dates its day so;
- a later day of the same run (:func:`briefing.brief_when.story_run`) is dated by at least
  twice as many outlets: what the outlets date is the act.

Then the When line gives that later day. Otherwise the event's day stands, as named. The test
is :func:`briefing.topics.prelude_day.past_prelude`, which the event's name uses too; here it
reads the days of the brief's whole run (a name's own days may be fewer).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefing.analysis.model import TimelineEntry
from briefing.model import Article

if TYPE_CHECKING:
    from briefing.brief_when import When


def act_day(
    when: When | None, entries: Sequence[TimelineEntry], articles: Sequence[Article]
) -> When | None:
    """``when`` (the main event's days, or None), moved to the act's day when
    its one day is a prelude's (module doc); else ``when`` itself."""
    from briefing.brief_when import When, story_run
    from briefing.overview import overview
    from briefing.topics.prelude_day import past_prelude

    if when is None or when.first != when.last or when.first_month:
        return when
    run = story_run(entries, overview(articles).last_date)
    if run is None or not run.first <= when.first < run.last:
        return when
    outlets: dict[dt.date, set[str]] = {}
    told: list[TimelineEntry] = []
    for entry in entries:
        if entry.event and entry.date and entry.precision == "day":
            outlets.setdefault(entry.date, set()).add(entry.article_id)
            if entry.date == when.first:
                told.append(entry)
    day = past_prelude(when.first, run.last, outlets, told, articles)
    return when if day == when.first else When(day, day)
