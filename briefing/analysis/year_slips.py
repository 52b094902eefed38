"""The main event's day written with another year: "le 26 juillet 2026" against 26 July 2024.

:mod:`.main_day` finds an article that dates the act to another day of the story's weeks; a
day two years off is outside them, and rightly so: it is most often background (the fire
five years before the reopening it led to). One slip is not background: the main day's own
day and month with another year that had not come yet when the article was written. No
article can report as done an act dated after its own writing, so the year is a typo (a
caption typed "2026" for "2024").

Flagged only when all of these hold:

- the packet has a main day (:func:`.main_day.story_statements`: at least three articles);
- a statement writes that day and month with a year (a year the timeline worked out, such
  as the nearest to a copy's later stamp, is no one's typo) at most :data:`MOST_YEARS` off,
  and that date is after the last day its article may have been written (its day of
  publication, or the end of its month or year when only those are known; an undated
  article is not read);
- its article never dates the main day itself (one writer's two years contradict no other
  source).

Captions are read too: a caption that dates the act is a statement of its article's. The
act's words (:func:`.main_day._act_words`) are not asked for: across nine languages the words
beside the main day are each one article's, and no act word joins a French caption to them;
the exact day and month in a year still to come is the narrower test. What it cannot tell
from a slip: a plan for the act's anniversary ("a memorial on 26 July 2025") in an article
that never dates the act itself.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Sequence

from briefing.analysis.main_day import _claim, _Dated, _placed
from briefing.analysis.model import Discrepancy, TimelineEntry
from briefing.model import Article

#: A typed year is at most this many years off the main day's.
MOST_YEARS = 3


def year_slip_discrepancies(
    articles: Sequence[Article],
    entries: Iterable[TimelineEntry],
    statements: tuple[dt.date | None, list[_Dated]],
) -> list[Discrepancy]:
    """The main day with a year not yet come when its article was written (module doc)."""
    main, placed = statements
    if main is None:
        return []
    written = {a.id: last for a in articles if (last := _last_day_written(a)) is not None}
    languages = {a.id: a.language for a in articles}
    dating_main = {d.entry.article_id for d in placed if d.day == main}
    candidates = [
        e
        for e in entries
        if e.precision == "day"
        and e.resolution == "stated"
        and e.date is not None
        and (e.date.month, e.date.day) == (main.month, main.day)
        and 0 < abs(e.date.year - main.year) <= MOST_YEARS
        and e.article_id in written
        and e.date > written[e.article_id]
        and e.article_id not in dating_main
    ]
    if not candidates:
        return []
    slips = [d for e in candidates if (d := _placed(e, languages[e.article_id], None, None))]
    backing = list(
        {d.entry.article_id: d for d in reversed(placed) if d.day == main and not d.night}.values()
    )[::-1]
    if not slips or not backing:
        return []
    claims = [_claim(main, backing)]
    for day in sorted({d.day for d in slips}):
        claims.append(_claim(day, [d for d in slips if d.day == day]))
    return [
        Discrepancy(
            "date",
            "the main event's year",
            tuple(claims),
            note="an article dates the act to the main day's day and month in a year that had "
            "not come when it was written",
        )
    ]


def _last_day_written(article: Article) -> dt.date | None:
    """The latest day the article may have been written, from its date of publication."""
    day = article.date
    if not isinstance(day, dt.date):
        return None
    if article.date_precision == "month":
        return day.replace(day=calendar.monthrange(day.year, day.month)[1])
    if article.date_precision == "year":
        return day.replace(month=12, day=31)
    return day
