"""Dates written in figures: "28.02.2023", "4/3/2023", "2023-03-04" (for :mod:`.date_sentences`).

Much non-English copy dates its events only this way ("am Dienstag (28.02.2023)", "για το
Σάββατο 4/3/2023"); :func:`~.dates.find_dates` reads month names, so without this such a
sentence is dated by its weekday alone, and an undated article cannot place it at all.

Only a four-digit year counts: "3.5" and "4/3" are figures or scores as often as dates. Which
of the first two numbers is the day comes from CLDR's short date pattern for the language
(Babel): day first in German, Greek, Russian, Turkish, French…; month first in English. The
same English is written day first elsewhere (CLDR's en_GB), so in a month-first language a
date is read only when one of the two numbers cannot be a month ("13/3/2023"). ISO dates
("2023-03-04") are read in every language. A date inside a longer token — a URL path
("/2023/03/04/"), a version ("1.2.2023.4"), a file name — is not a date of the story.

A weekday right before the date ("Dienstag (28.02.2023)", "Σάββατο 4/3/2023") is folded into
it when it is that date's own weekday, so the sentence is dated once, by the date it states.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from briefing.analysis.dates import DatePhrase
from briefing.analysis.locales import locale_for

_DAY_FIRST = re.compile(
    r"(?<![\w./:-])(?P<a>[0-3]?\d)(?P<sep>[./-])(?P<b>[01]?\d)(?P=sep)(?P<y>(?:19|20)\d\d)"
    r"(?![\w/-]|[.:]\d)"
)
_ISO = re.compile(
    r"(?<![\w./:-])(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\w/-]|[.:]\d)"
)
#: Between a weekday and the date it names: a space, a comma, an opening bracket.
_GLUE = re.compile(r"[\s,]*\(?\s*")


def may_contain(text: str) -> bool:
    """A cheap pre-check: False means :func:`numeric_dates` finds nothing. Both patterns need
    a separator and a year of 19xx or 20xx, asked by substring before any pattern runs (the
    patterns open with a look-behind, so they are tried at every place of the text)."""
    return (("19" in text or "20" in text) and ("." in text or "/" in text or "-" in text)) and (
        _DAY_FIRST.search(text) is not None or _ISO.search(text) is not None
    )


@cache
def _month_first(language: str) -> bool:
    """True where CLDR's short date pattern puts the month before the day (English)."""
    locale = locale_for(language)
    if locale is None:
        return True  # unknown: read only the dates whose order is not in doubt
    pattern = locale.date_formats["short"].pattern
    day, month = pattern.find("d"), pattern.find("M")
    return 0 <= month < day


def numeric_dates(text: str, language: str) -> list[DatePhrase]:
    """Every date of ``text`` written in figures with a four-digit year, in order."""
    if not may_contain(text):
        return []
    found: list[DatePhrase] = []
    for m in _ISO.finditer(text):
        found += _phrase(text, m.start(), m.end(), int(m["y"]), int(m["m"]), int(m["d"]))
    for m in _DAY_FIRST.finditer(text):
        a, b = int(m["a"]), int(m["b"])
        if _month_first(language):
            if a <= 12 and b <= 12:
                continue  # "4/3/2023": April 3 in New York, 4 March in London
            a, b = (a, b) if a > 12 else (b, a)
        found += _phrase(text, m.start(), m.end(), int(m["y"]), b, a)
    return sorted(found, key=lambda p: p.start)


def _phrase(text: str, start: int, end: int, year: int, month: int, day: int) -> list[DatePhrase]:
    try:
        dt.date(year, month, day)
    except ValueError:
        return []  # "31.02.2023", "2023-13-01": not a day
    return [DatePhrase(start, end, text[start:end], "absolute", month, day, year)]


def with_numeric(phrases: list[DatePhrase], text: str, language: str) -> list[DatePhrase]:
    """``phrases`` (from :func:`~.dates.find_dates`) and the numeric dates of ``text`` that
    overlap none of them, with a weekday naming a numeric date's own day folded into it."""
    numeric = [
        n for n in [*numeric_dates(text, language), *_bracketed(phrases, text, language)]
        if all(n.end <= p.start or n.start >= p.end for p in phrases)
    ]  # fmt: skip
    if not numeric:
        return phrases
    merged = sorted([*phrases, *numeric], key=lambda p: p.start)
    out: list[DatePhrase] = []
    for phrase in merged:
        previous = out[-1] if out else None
        if (
            previous is not None
            and previous.kind == "weekday"
            and phrase in numeric
            and _GLUE.fullmatch(text[previous.end : phrase.start])
            and previous.weekday == _weekday(phrase)
        ):
            out[-1] = DatePhrase(
                previous.start, phrase.end, text[previous.start : phrase.end], "absolute",
                phrase.month, phrase.day, phrase.year, weekday=previous.weekday,
            )  # fmt: skip
            continue
        out.append(phrase)
    return out


def _weekday(phrase: DatePhrase) -> int | None:
    if phrase.year is None:
        return phrase.weekday  # a bracketed day without a year: its weekday as written
    assert phrase.month and phrase.day
    return dt.date(phrase.year, phrase.month, phrase.day).weekday()


#: A day and month in figures in brackets right after a weekday: "Hétfő (5. 19.)",
#: "Dienstag (28.2.)". Alone "5. 19." is a figure as often as a date; after a weekday, in
#: brackets, it says which day the weekday is; a decimal ("Friday (3.5)") has neither the
#: space nor the closing dot of a date.
_BRACKETED = re.compile(
    r"\s*(?P<open>\()\s*(?P<a>[0-3]?\d)\.(?:\s+(?P<b>[0-3]?\d)\.?|(?P<c>[0-3]?\d)\.)\s*\)"
)


def _bracketed(phrases: list[DatePhrase], text: str, language: str) -> list[DatePhrase]:
    """Days without a year bracketed after a weekday phrase, in the language's order (CLDR's
    short date pattern: month first in Hungarian, day first in German)."""
    found = []
    for weekday in (p for p in phrases if p.kind == "weekday"):
        m = _BRACKETED.match(text, weekday.end)
        if m is None:
            continue
        a, b = int(m["a"]), int(m["b"] or m["c"])
        month, day = (a, b) if _month_first(language) else (b, a)
        start = m.start("open")
        if _phrase(text, start, m.end(), 2000, month, day):  # 2000: a leap year
            found.append(
                DatePhrase(start, m.end(), text[start : m.end()], "absolute", month, day,
                           weekday=weekday.weekday)
            )  # fmt: skip
    return found
