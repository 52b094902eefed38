"""The day a wire's text was filed, from its dateline, against a copy's later stamp.

A page that copies an agency's report keeps the agency's dateline ("中新社 东京3月19日电",
"（パリ3月19日発）", "PARIS, 19 mars (AFP) –", "MOSCOW, March 19 (Reuters) -") and adds a stamp
of its own ("发布时间:2024-11-27 …"), which the reader rightly takes for the article's date:
the page states it. But the text was written on the dispatch's day, not the copy's: its bare
days ("19日", "le 19", "am 19."), weekdays and "yesterday" count from the dateline. Read from
the stamp, "日本央行19日决定" of a March report copied in November lands on 19 November.

Two rules, for every language whose datelines :mod:`.date_sentences` marks as the wire's:

- a dateline's day and month without a year is the latest such day on or before the
  article's date (a dispatch is never filed after the copy that carries it), and a day
  after it by at most :data:`TIME_ZONE_DAYS` (the dateline's day is the place's, the stamp
  the site's: "TOKYO, March 20" filed at dawn may be stamped 19 March in New York);
- when the stamp is more than :data:`REPOST_DAYS` after that day, the page is a later copy,
  and the dispatch's day is the anchor the text's other dates count from. The stamp stays
  the article's date (when the copy was published).

What does not change: a dateline whose day is the stamp's; a stamp within a week of it (a
late post, a translation or an update, which may tell days after the dispatch: an agency's
Japanese page bracketing the original's day, "【7月20日 AFP】", over a text that tells the
22nd), where the stamp stays the anchor; an article with no dateline, or
with only a bare date line ("October 9, 2025": a page's stamp, no place nor agency); an
article that states only its month or no date (no stamp to correct).
"""

from __future__ import annotations

import datetime as dt

#: Days a dateline may run ahead of its copy's stamp: the place's calendar against the site's.
TIME_ZONE_DAYS = 1
#: Days after the dispatch within which a stamp is the same news (a late post, an update);
#: a stamp later than this is a copy's, and the text counts from the dateline.
REPOST_DAYS = 7
#: Years back looked at for a day and month (29 February recurs only every four years).
_YEARS_BACK = 8


def is_later_copy(stamp: dt.date, filed: dt.date) -> bool:
    """Whether a page stamped ``stamp`` copies a dispatch filed on ``filed`` later than the
    news it carries (module docstring): its text counts from ``filed``."""
    return (stamp - filed).days > REPOST_DAYS


def dispatch_day(stamp: dt.date, month: int, day: int, year: int | None = None) -> dt.date | None:
    """The day a dateline giving ``day`` and ``month`` (and ``year``, if it writes one) was
    filed, for an article stamped ``stamp`` (module docstring); None for no such day, or a
    dateline that writes a year putting it after the stamp (the page contradicts itself)."""
    latest = stamp + dt.timedelta(days=TIME_ZONE_DAYS)
    if year is not None:
        try:
            filed = dt.date(year, month, day)
        except ValueError:
            return None
        return filed if filed <= latest else None
    for back in range(_YEARS_BACK + 1):
        try:
            filed = dt.date(latest.year - back, month, day)
        except ValueError:
            continue
        if filed <= latest:
            return filed
    return None
