"""The days an event ran, as the story's own timeline dates them (for the main event's name).

Kept apart from :mod:`.events`, which names the event: this module only says when.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Collection, Sequence

from briefing.analysis.anchored_days import WEEKDAY_SLIP
from briefing.analysis.model import TimelineEntry
from briefing.display import date_span
from briefing.model import Article

#: A day of the event is dated by at least this many articles (one may be wrong or an aside).
STORY_DAY_ARTICLES = 2
#: The dates of the event: the busiest window of this many days among the articles' dates.
WINDOW_DAYS = 7


def busiest_week(dates: list[dt.date], window: dt.timedelta) -> list[dt.date]:
    """The sorted ``dates`` from one of them to ``window`` after it, for the one whose
    stretch holds the most, the latest such on a tie (the first of equal ones). Each
    stretch is a slice of the sorted list, found by bisection: comparing every date with
    every other took seconds at 10,000 dated articles."""
    start, end = max(
        (
            (bisect.bisect_left(dates, first), bisect.bisect_right(dates, first + window))
            for first in dates
        ),
        key=lambda run: (run[1] - run[0], dates[run[1] - 1]),
    )
    return dates[start:end]


def story_days(
    articles: Sequence[Article],
    first: dt.date,
    last: dt.date,
    heads: Collection[str] | None = None,
    texts: Sequence[str] = (),
    timeline: Callable[[], Sequence[TimelineEntry] | None] | None = None,
    yearless: bool | None = None,
) -> tuple[dt.date, dt.date] | None:
    """First and last day of the event as the timeline dates it, between ``first`` and ``last``.

    Coverage dates say when outlets wrote, not when the event ran: a visit from 8 to 10
    October covered on the 8th and 9th is 8–10 October, and a theft covered for four days
    happened on one. The day most articles date an event of the story (a caption, credit or
    aside is no event; a range such as "from October 8 to 10" dates each of its days) is
    the event's; the span grows over the days next to it that some article dates, and ends on
    days that :data:`STORY_DAY_ARTICLES` articles date. None when no day is dated that often.
    Only articles written in that time (or with no day of writing) are read: the rest are
    not this event's coverage, and at 10,000 articles reading them all took 2.7 s.

    Given the act's words (``heads``), the span is kept only when the texts (``texts`` and
    the dated sentences) write the act as lasting (:func:`.written_as_lasting`), date a
    sentence naming it with a range ("the summit from May 9 to 10"), or an article written
    before its first day dates its days (a programme announced ahead): a crash or an attack
    happens once, and the days after it that the articles date (mourning, strikes, arrests)
    are its aftermath, so its day is the span's first — unless that first day is the act's
    prelude's (:mod:`.prelude_day`: a move "seemingly imminent", a later day dated by twice
    the articles).

    A day written without a year counts on the one date it has in the window when more
    articles date the story so than with a placed day (:func:`mostly_yearless`): undated wire
    copy writing "on 14 December" outvotes the day two dated reports were written on.
    ``yearless`` (True or False) says so instead, when given.

    ``timeline``, when given, returns what ``extract_timeline`` finds in the articles
    :func:`story_articles` picks for ``first`` and ``last``, worked out elsewhere (on a worker
    process that would otherwise idle: :mod:`.event_timeline`), or None if it was not.
    """
    from briefing.analysis.timeline import extract_timeline
    from briefing.topics.event_duration import written_as_lasting

    one_day = dt.timedelta(days=1)
    near = story_articles(articles, first, last)
    entries = timeline() if timeline is not None else None
    entries = list(extract_timeline(near) if entries is None else entries)
    if yearless is None:
        yearless = mostly_yearless(entries, first, last)
    named, sentences, ranged = _dated_days(entries, first, last, yearless, heads)
    peak = max(named, key=lambda d: (len(named[d]), d), default=None)
    if peak is None or len(named[peak]) < STORY_DAY_ARTICLES:
        return None
    start = end = peak
    while start - one_day in named:
        start -= one_day
    while end + one_day in named:
        end += one_day
    while len(named[start]) < STORY_DAY_ARTICLES:
        start += one_day
    while len(named[end]) < STORY_DAY_ARTICLES:
        end -= one_day
    if heads is None or ranged or start == end:
        return start, end
    # Announced: an article written before the first day dates the days, as a programme
    # (a ceremony, a visit); an accident or an attack is never written of before it.
    by_id = {a.id: a for a in near}
    days = [start + one_day * n for n in range((end - start).days + 1)]
    if any(_written_before(by_id[i], start) for day in days for i in named[day] if i in by_id):
        return start, end
    if written_as_lasting([*texts, *sentences], heads):
        return start, end
    from briefing.topics.prelude_day import past_prelude

    told = [e for e in entries if _day_of(e, first, last, yearless) == start]
    day = past_prelude(start, end, named, told, near)
    return day, day


def _dated_days(
    entries: Sequence[TimelineEntry],
    first: dt.date,
    last: dt.date,
    yearless: bool,
    heads: Collection[str] | None,
) -> tuple[dict[dt.date, set[str]], list[str], bool]:
    """For :func:`story_days`: the articles dating each day between ``first`` and ``last``
    (a range dates each of its days, up to a month), the sentences dating them, and whether
    one naming the act (a word of ``heads``) dates it with a range of days. ``yearless``:
    a day written without a year counts on its one date in the window (:func:`_day_of`)."""
    from briefing.topics.event_duration import is_act

    named: dict[dt.date, set[str]] = {}
    sentences: list[str] = []
    ranged = False
    one_day = dt.timedelta(days=1)
    for entry in entries:
        dated = _day_of(entry, first, last, yearless)
        if dated is None:
            continue
        sentences.append(entry.sentence)
        if heads and entry.until is not None and entry.until > dated:
            ranged = ranged or any(is_act(w, heads) for w in re.findall(r"\w+", entry.sentence))
        day, until = dated, min(entry.until or dated, dated + 31 * one_day)
        while day <= until:
            if first <= day <= last:
                named.setdefault(day, set()).add(entry.article_id)
            day += one_day
    return named, sentences, ranged


def mostly_yearless(entries: Sequence[TimelineEntry], first: dt.date, last: dt.date) -> bool:
    """Whether a day written without a year ("29 октября", "on 14 December" in an article
    that states no day of its own) is read on the one date it has between ``first`` and
    ``last``: when more articles date the story's events so than with a placed day.

    Then the packet's own dating is mostly yearless (articles labelled with a month only,
    or undated wire copy), and its few placed days are often those of the first statements
    ("the prefect said on Sunday"), not the act's; where placed days are the most, they are
    enough, and are kept alone. With no placed day at all (month labels), yearless days are
    all there is."""
    placed: set[str] = set()
    bare: set[str] = set()
    for entry in entries:
        if not entry.event:
            continue
        if entry.date is not None and entry.precision == "day" and first <= entry.date <= last:
            placed.add(entry.article_id)
        elif entry.date is None and _day_of(entry, first, last, True) is not None:
            bare.add(entry.article_id)
    return len(bare - placed) > len(placed)


def _day_of(entry: TimelineEntry, first: dt.date, last: dt.date, yearless: bool) -> dt.date | None:
    """The day an event of the story is on, for counting: its date if placed to the day; if
    ``yearless``, for a day and month written without a year ("29 октября"), the one such
    day between ``first`` and ``last`` — the window the packet's month labels give; the entry
    itself stays without a year. A day whose weekday the text contradicts (the timeline left
    it without a year for that: ``anchored_days.WEEKDAY_SLIP``) counts for no day. None
    otherwise (and for captions, credits and asides, which are no events)."""
    if not entry.event:
        return None
    if entry.date is not None:
        return entry.date if entry.precision == "day" else None
    if not yearless or entry.month is None or entry.day is None:
        return None
    if entry.how.startswith(WEEKDAY_SLIP):
        return None  # "Sunday 9 September" on a Saturday: the 9th or the 10th, unknown
    days = [
        dt.date(year, entry.month, entry.day)
        for year in range(first.year, last.year + 1)
        if entry.day <= calendar.monthrange(year, entry.month)[1]
    ]
    inside = [day for day in days if first <= day <= last]
    return inside[0] if len(inside) == 1 else None


def story_window(articles: Sequence[Article]) -> tuple[list[dt.date], dt.date, dt.date] | None:
    """The busiest week of the articles' day-precise dates (:func:`busiest_week`), and the
    days from a week before it to a week after it, which :func:`story_days` reads. When no
    article is dated to the day, the busiest month the articles are labelled with, from a
    week before it to a week after it, and no busiest week (an empty list: the labels give
    no day); None when no article is dated at all."""
    dates = sorted(
        a.date for a in articles if isinstance(a.date, dt.date) and a.date_precision == "day"
    )
    if not dates:
        return _month_window(articles)
    window = dt.timedelta(days=WINDOW_DAYS - 1)
    best = busiest_week(dates, window)
    return best, best[0] - window, best[-1] + window


def _month_window(articles: Sequence[Article]) -> tuple[list[dt.date], dt.date, dt.date] | None:
    """:func:`story_window` for a packet whose articles state only their month."""
    months = Counter(
        (a.date.year, a.date.month) for a in articles if a.date and a.date_precision == "month"
    )
    if not months:
        return None
    year, month = max(months, key=lambda key: (months[key], key))
    start = dt.date(year, month, 1)
    end = start.replace(day=calendar.monthrange(year, month)[1])
    week = dt.timedelta(days=WINDOW_DAYS)
    return [], start - week, end + week


def story_articles(articles: Sequence[Article], first: dt.date, last: dt.date) -> list[Article]:
    """The articles :func:`story_days` reads the timeline of, for ``first`` and ``last``."""
    return [a for a in articles if _near(a, first, last)]


def _written_before(article: Article, day: dt.date) -> bool:
    """``article`` was written before ``day``: on an earlier day, or in an earlier month when
    it states only its month."""
    if article.date is None:
        return False
    if article.date_precision == "day":
        return article.date < day
    return (article.date.year, article.date.month) < (day.year, day.month)


def _near(article: Article, first: dt.date, last: dt.date) -> bool:
    """True when ``article`` may be coverage of days between ``first`` and ``last``: written
    then, or its day of writing unknown (no date, or a month only)."""
    if article.date is None or article.date_precision != "day":
        return True
    return first <= article.date <= last


def event_dates(
    articles: Sequence[Article],
    heads: Collection[str] | None = None,
    texts: Sequence[str] = (),
    timeline: Callable[[], Sequence[TimelineEntry] | None] | None = None,
) -> str | None:
    """:func:`event_days` written as the event's name writes them."""
    days = event_days(articles, heads, texts, timeline)
    return date_span(*days) if days is not None else None


def event_days(
    articles: Sequence[Article],
    heads: Collection[str] | None = None,
    texts: Sequence[str] = (),
    timeline: Callable[[], Sequence[TimelineEntry] | None] | None = None,
) -> tuple[dt.date, dt.date] | None:
    """The first and last day ("8–10 Oct 2025", "30 Oct – 2 Nov 2025" or "8 Oct 2025" in
    the name, :func:`event_dates`): the days the story's own
    timeline dates its events (:func:`.story_days`) near the busiest week of the articles'
    own dates (the most articles; the latest such week on a tie, since coverage follows an
    event); else the days it dates with days written without a year counted too, when they
    fall before that week; else the span of that week. ``heads`` (the act's words in every
    language) and ``texts`` tell a lasting event from a punctual act (:func:`.story_days`);
    ``timeline``, if given, returns the timeline :func:`.story_days` reads, worked out
    elsewhere."""
    found = story_window(articles)
    if found is None:
        return None
    best, first, last = found
    story = story_days(articles, first, last, heads, texts, timeline)
    if story is not None:
        return story
    if not best:
        return None  # month labels alone give no day
    # No day is dated by two articles with its year. Coverage follows the event: a day the
    # texts agree on once those written without a year count too ("自8月6日起" beside a
    # placed "6日"), and that falls before anything was written, is when it happened, as
    # the week the outlets wrote in cannot be. One inside that week may be the day of
    # writing ("ce jeudi 15 juin"), and says no more than the week.
    earlier = story_days(articles, first, last, heads, texts, timeline, yearless=True)
    if earlier is not None and earlier[1] < best[0]:
        return earlier
    return best[0], best[-1]
