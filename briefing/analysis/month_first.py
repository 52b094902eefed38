"""Dates whose month name comes before the day in languages other than English.

:mod:`.dates` reads every language but English day first ("18. Mai", "18 mai", "18 мая"), as
most write it. A few write the month first — Hungarian "május 18-án", "2025. május 18.",
Lithuanian "gegužės 18 d.", Basque, Mongolian, Filipino — and without this their dates are
read by the weekday alone, or not at all. Which languages do is CLDR's say (Babel's long date
pattern: "y. MMMM d." puts the month first), never a list here. The day may carry the
language's suffix or a full stop ("18-án", "4-én", "18."), and a year may come before the
month ("2025. május 18."). A number followed by a percent sign or by more digits ("május 18,5
%") is a figure, not a day.
"""

from __future__ import annotations

import re
from functools import cache

from briefing.analysis.locales import alternation, locale_for, month_names

#: (start, end, text, month, day, year or None) of one date phrase.
Found = tuple[int, int, str, int, int, int | None]


@cache
def _pattern(language: str) -> re.Pattern[str] | None:
    """The month-first pattern of ``language``, or None where CLDR puts the day first."""
    locale = locale_for(language)
    if language == "en" or locale is None:
        return None  # English has its own patterns in :mod:`.dates`
    long = locale.date_formats["long"].pattern
    month_at, day_at = long.find("M"), long.find("d")
    months = month_names(language)
    if not (0 <= month_at < day_at) or not months:
        return None
    return re.compile(
        r"(?<![\w.,])(?:(?P<year>(?:19|20)\d\d)\.?\s+)?"
        rf"(?P<month>{alternation(months)})\s+(?P<day>[0-3]?\d)"
        r"(?:-[^\W\d_]{1,4}|\.(?!\d))?(?![\w%]|[.,]\d|\s*%)",
        re.IGNORECASE,
    )


def month_first(text: str, language: str) -> list[Found]:
    """Every month-first date of ``text`` in a language CLDR writes month first."""
    pattern = _pattern(language)
    if pattern is None:
        return []
    months = month_names(language)
    found = []
    for m in pattern.finditer(text):
        day = int(m["day"])
        month = months.get(m["month"].casefold().rstrip("."))
        if month is not None and 1 <= day <= 31:
            year = int(m["year"]) if m["year"] else None
            found.append((m.start(), m.end(), m.group(), month, day, year))
    return found
