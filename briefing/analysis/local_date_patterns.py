"""The patterns that find date phrases in a language's own words, compiled once per language.

Split from :mod:`.dates`, which reads the phrases these patterns find: CLDR's month and
weekday names with the cases CLDR does not list (``relative_days``), its words for
"yesterday" and "tomorrow", and a month beside "last year" in every language's word order.
Building them is the costly part and depends on the language alone, so each is cached.
"""

from __future__ import annotations

import re
from functools import cache

from briefing.analysis.day_periods import compound_parts
from briefing.analysis.locales import (
    alternation,
    dating_month_names,
    glued_particles,
    month_key,
    weekday_names,
)


@cache
def relative_words(language: str) -> tuple[re.Pattern[str] | None, dict[str, int]]:
    """The CLDR words for "yesterday", "today", "tomorrow"… in ``language`` and a pattern
    finding them (see ``relative_days``)."""
    from briefing.analysis.relative_days import RELATIVE_DAYS

    words = RELATIVE_DAYS.get(language, {})
    if not words:
        return None, {}
    names = "|".join(
        re.escape(w).replace("'", "['’]") for w in sorted(words, key=len, reverse=True)
    )
    glued = glued_particles(language)  # "ואתמול", "بالأمس"
    return re.compile(rf"(?<!\w){glued}(?P<rel>{names})(?!\w)", re.IGNORECASE), words


@cache
def inflected_months(language: str) -> dict[str, int]:
    """CLDR's month names (with its regional series, ``dating_month_names``) with, in Russian
    and Ukrainian, the cases CLDR does not list ("в декабре", "у грудні"; generated with
    pymorphy3, see ``month_forms``)."""
    from briefing.analysis.month_forms import MONTH_FORMS

    return {**dating_month_names(language), **MONTH_FORMS.get(language, {})}


@cache
def month_relative_year(language: str) -> tuple[re.Pattern[str] | None, dict[str, int]]:
    """A month name next to "last year" / "this year" / "next year" in ``language``
    ("December last year", "décembre de l'année dernière", "geçen yıl aralık", "в декабре
    прошлого года", "im Dezember letzten Jahres"): CLDR's words, in every case."""
    from briefing.analysis.dates import MONTHS  # English's own table (dates imports this)
    from briefing.analysis.relative_years import RELATIVE_YEARS

    years = RELATIVE_YEARS.get(language, {})
    months = inflected_months(language) if language != "en" else MONTHS
    if not years or not months:
        return None, {}
    rel = "|".join(
        re.escape(w).replace("'", "['’]").replace(r"\ ", r"\s+")
        for w in sorted(years, key=len, reverse=True)
    )
    month = alternation(months)
    gap = r"(?:\s+[^\W\d_]{1,4}['’]\s*|\s+[^\W\d_]{1,4}\s+|\s+)"
    # A day may stand next to the month, before it ("2. Februar letzten Jahres", "2 de
    # febrero del año pasado") or after it ("February 2 last year"); after the year words a
    # comma and a short word may come first ("Last year, on February 2", "В прошлом году,
    # 12 октября").
    before = r"(?:(?P<{0}>[0-3]?\d)\.?(?:-?(?:го|е|er|º|°))?\s+(?:de\s+|del\s+)?)?"
    after = r"(?:\s+(?P<{0}>[0-3]?\d)(?:st|nd|rd|th)?(?![\d.,:]\d))?"
    lead = r"(?:,?\s+(?:[^\W\d_]{1,4}\s+)?|\s+[^\W\d_]{1,4}['’]\s*)"
    pattern = (
        rf"(?<![\w.,])(?:{before.format('day')}(?P<month>{month}){after.format('dayafter')}"
        rf"{gap}(?P<rel>{rel})"
        rf"|(?P<rel2>{rel}){lead}{before.format('day2')}(?P<month2>{month})"
        rf"{after.format('day2after')})(?!\w)"
    )
    return re.compile(pattern, re.IGNORECASE), years


@cache
def function_words(language: str) -> frozenset[str]:
    from whoosh.lang import has_stopwords, stopwords_for_language

    return frozenset(stopwords_for_language(language)) if has_stopwords(language) else frozenset()


@cache
def local_patterns(
    language: str,
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    """(day-month-year, month-year, weekday) patterns in the CLDR names of ``language``."""
    months = dating_month_names(language)
    weekdays = weekday_names(language)
    if not months:
        return None
    glued = glued_particles(language)  # "13 באוקטובר", "ביום שני": Hebrew's "in"
    month = rf"{glued}(?P<month>{alternation(months)})(?!\w){twin_month(months)}"
    year = r"(?P<year>(?:19|20)\d\d)(?!\d)"
    day_month = re.compile(
        r"(?<![\w.,])(?P<day>[0-3]?\d)\.?(?:-?(?:го|е|ci|er|º|°))?\s+(?:de\s+|del\s+)?"
        + f"{month}(?:,?\\s+(?:de\\s+|del\\s+)?{year})?",
        re.IGNORECASE,
    )
    inflected_names = inflected_months(language)
    inflected = (
        rf"{glued}(?P<month>{alternation(inflected_names)})(?!\w){twin_month(inflected_names)}"
    )
    month_year = re.compile(r"(?<!\w)" + inflected + r"\s+(?:de\s+|del\s+)?" + year, re.IGNORECASE)
    names = "|".join(re.escape(n) for n in sorted(weekdays, key=len, reverse=True))
    part = compound_parts(language)  # "Dienstagmorgen": a weekday and a part of its day
    weekday = re.compile(rf"(?<!\w){glued}(?P<weekday>{names or '(?!)'})(?:{part})?(?!\w)", re.I)
    return day_month, month_year, weekday


def twin_month(names: dict[str, int]) -> str:
    """An optional second name of the month written right after the first, the way Arabic
    gives a month in both its series: "فبراير/شباط", "تشرين الأول/ أكتوبر", "يوليو (تموز)",
    "مارس آذار". Groups ``twin`` and ``twin2``; :func:`one_month` checks it is the same month
    (the two names of one month, not two months), so the year after it dates the phrase."""
    alt = alternation(names)
    return (
        rf"(?:(?:\s*[/-]\s*|\s+)(?P<twin>{alt})(?!\w)"
        rf"|\s*\(\s*(?P<twin2>{alt})\s*\))?"
    )


def one_month(match: re.Match[str], names: dict[str, int]) -> bool:
    """False when ``match`` (of a pattern with :func:`twin_month`) joined two different
    months ("مارس - أبريل"): the first is then read alone."""
    twin = match["twin"] or match["twin2"]
    return twin is None or names[month_key(twin)] == names[month_key(match["month"])]


#: The first day of a range written before a day and month: "8. bis" (10. März), "du 8 au",
#: "del 8 al", "с 8 по", "8–" (10 Ekim); not "and" ("8 et 10 mars" are two days).
LOCAL_RANGE = re.compile(
    r"(?<![\w.,])(?P<day>[0-3]?\d)\.?\s*(?:[-–]|bis(?:\s+zum)?|au|al|a|по|до)\s*$", re.IGNORECASE
)
