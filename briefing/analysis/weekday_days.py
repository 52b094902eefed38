"""A weekday with its day of the month and no month: "nesta terça (14)", "Tuesday the 14th".

Brazilian copy dates the story's days this way ("desta terça (14)", "nesta quinta-feira
(4)"), as French, Spanish and Italian copy often does without the brackets ("mardi 14,",
"el martes 14."). The day is written; the month and year are the article's, and the weekday
checks them: "terça (14)" in an article of August 2018 is 14 August 2018 because that day is a
Tuesday. :mod:`.timeline` places it only when exactly one month near the article's date has
that day on that weekday (otherwise it stays unresolved, with its day).

Portuguese writes the weekdays as ordinals ("terça", "quinta" are also "third", "fifth");
CLDR lists only "terça-feira", so the short forms are read here only right before a bracketed
day ("terça (14)"), where no ordinal stands. A bare number after a weekday counts only before
punctuation ("mardi 14, la police…"): "el martes 14 personas" is a count.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import cache

from briefing.analysis.dates import DatePhrase
from briefing.analysis.locales import weekday_names

#: Portuguese weekdays without "-feira" (Monday = 0), read only before "(14)".
_PT_SHORT = {"segunda": 0, "terça": 1, "terca": 1, "quarta": 2, "quinta": 3, "sexta": 4}


@cache
def _pattern(language: str) -> tuple[re.Pattern[str], dict[str, int]] | None:
    names = dict(weekday_names(language))
    if language == "pt":
        names.update(_PT_SHORT)
    if not names:
        return None
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    ordinal = r"(?:st|nd|rd|th)" if language == "en" else r"\.?"
    pattern = re.compile(
        rf"(?<!\w)(?P<weekday>{alternation})(?!\w)"
        rf"(?:\s*\(\s*(?P<bracketed>[0-3]?\d)\s*\)"
        rf"|,?\s+(?:the\s+)?(?P<bare>[0-3]?\d){ordinal}(?=\s*[,;:.)]|\s*$))",
        re.IGNORECASE,
    )
    return pattern, names


def weekday_days(phrases: Sequence[DatePhrase], text: str, language: str) -> list[DatePhrase]:
    """``phrases`` with each weekday that is followed by its day of the month ("terça (14)")
    read as one weekday phrase that knows the day; the weekday phrase it covers is dropped."""
    found = _pattern(language)
    if found is None:
        return list(phrases)
    pattern, names = found
    added: list[DatePhrase] = []
    for m in pattern.finditer(text):
        word = m["weekday"].casefold()
        short = language == "pt" and word in _PT_SHORT and word not in weekday_names(language)
        if short and m["bracketed"] is None:
            continue  # "quinta" alone is also "fifth"
        day = int(m["bracketed"] or m["bare"])
        if not 1 <= day <= 31:
            continue
        if any(p.start < m.end() and m.start() < p.end and p.kind != "weekday" for p in phrases):
            continue  # part of a fuller date ("mardi 14 mars")
        added.append(
            DatePhrase(m.start(), m.end(), m.group(), "weekday", day=day, weekday=names[word])
        )
    if not added:
        return list(phrases)
    kept = [p for p in phrases if all(p.end <= a.start or p.start >= a.end for a in added)]
    return sorted([*kept, *added], key=lambda p: p.start)


#: How far from the article's date a weekday with its day of the month may be.
REACH = 20


def place_weekday_day(anchor: dt.date, exact: bool, weekday: int, day: int) -> dt.date | None:
    """The day ``day`` of the article's month, or of the month before or after, whichever
    single one falls on ``weekday`` within ``REACH`` days of ``anchor`` (the article's date);
    of the article's month alone when it states only its month (``exact`` False). None when
    two months fit, or none."""
    months = [(anchor.year, anchor.month)]
    if exact:
        before = anchor.replace(day=1) - dt.timedelta(days=1)
        after = anchor.replace(day=28) + dt.timedelta(days=4)
        months = [(before.year, before.month), *months, (after.year, after.month)]
    fits = []
    for year, month in months:
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        near = not exact or abs((candidate - anchor).days) <= REACH
        if candidate.weekday() == weekday and near:
            fits.append(candidate)
    return fits[0] if len(fits) == 1 else None
