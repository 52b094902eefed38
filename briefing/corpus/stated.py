"""Read one date phrase where the text puts it, in any of the briefing's languages.

:mod:`briefing.corpus.dates` *finds* full dates anywhere in a paragraph; this module *reads* the
date that a publication label or a wire dateline puts at a known position (right after
``Published on``, ``Опубликовано``, ``KYIV,``), so it may accept what a search must not: a month
and a year only (``date 2024-12``, ``Dezember 2024``) and a day and a month without a year
(``12 мар``, ``4 mar.``, ``March 3``). The caller decides what a yearless date is worth.

Month words come from the generated CLDR table :data:`briefing.corpus.months.MONTHS` (26
languages, full names, genitives and abbreviations: ``марта``, ``березня``, ``Mart``, ``déc.``,
``Ιουλίου``),
not from dateparser: see benchmarks/realworld/DATES.md for the measurement.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

from briefing.corpus.months import MONTHS

__all__ = ["StatedDate", "read_date"]

Precision = Literal["day", "month"]

_WORD = r"[^\W\d_]{3,}\.?"
_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th|er|\.|º)?"
_YEAR = r"(?P<y>(?:19|20)\d\d)(?!\d)"
# Day-month-year with the connectives of es/pt ("4 de marzo de 2025"), ru/uk "2025 г./р.".
_DMY = re.compile(
    rf"{_DAY}\s*(?:de\s+)?(?P<m>{_WORD})(?:,?\s*(?:de\s+|del\s+)?{_YEAR})?", re.IGNORECASE
)
_MDY = re.compile(rf"(?P<m>{_WORD})\s+{_DAY}(?!\d)(?:,?\s+{_YEAR})?", re.IGNORECASE)
_MY = re.compile(rf"(?P<m>{_WORD})\s+(?:de\s+)?{_YEAR}", re.IGNORECASE)
_ISO = re.compile(r"(?P<y>(?:19|20)\d\d)-(?P<m>[01]?\d)(?:-(?P<d>[0-3]?\d))?(?![\d-])")
_DOTS = re.compile(r"(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d\d)(?!\d)")
# Year first with dots or slashes (``2023.06.16``, ``2023/06/16``: East Asian, Hungarian and
# many Arabic sites' stamps). No country writes the day before the month after a leading year,
# so the order is never ambiguous; both parts must have two digits, which keeps calendar-style
# version numbers ("2023.1.2") out.
_YMD = re.compile(
    r"(?P<y>(?:19|20)\d\d)(?P<sep>[./])(?P<m>[01]\d)(?P=sep)(?P<d>[0-3]\d)(?!\d|[./]\d)"
)
# A slashed or hyphenated date (``19/05/2025``, ``19-05-2025``) is day-first or month-first
# depending on the country: read only when a part above 12 settles it.
_SLASH = re.compile(
    r"(?P<a>[0-3]?\d)(?P<sep>[/-])(?P<b>[0-3]?\d)(?P=sep)(?P<y>(?:19|20)\d\d)(?!\d)"
)
# Figures each followed by its unit mark, year first (``2023年03月21日``, ``2023년 3월 21일``):
# how Chinese, Japanese and Korean pages stamp a date (the analysis reads the same shape in
# the body with CLDR's patterns, :mod:`briefing.analysis.marked_dates`; a label needs only
# these two sets of marks, and the year, without which a stamp dates nothing).
_MARKED = re.compile(
    r"(?P<y>(?:19|20)\d\d)\s*[年년]\s*(?P<m>[01]?\d)\s*[月월]"
    r"(?:\s*(?P<d>[0-3]?\d)\s*[日일])?"
)
# A weekday or other single word with a comma before the date: "Monday, March 3, 2025".
_LEAD_WORD = re.compile(r"[^\W\d_]{2,12},\s+")


@dataclass(frozen=True, slots=True)
class StatedDate:
    """A date as the text states it: the year or the day may be missing; ``end`` is where the
    phrase ends in the text it was read from."""

    year: int | None
    month: int
    day: int | None
    end: int

    @property
    def precision(self) -> Precision:
        return "day" if self.day is not None else "month"

    def value(self) -> dt.date | None:
        """The date (the 1st for a month-precision date), or None without a year."""
        if self.year is None:
            return None
        return dt.date(self.year, self.month, self.day or 1)


def read_date(text: str, start: int = 0) -> StatedDate | None:
    """The date phrase that begins at ``text[start:]`` (after spaces), or None."""
    pos = _skip_space(text, start)
    found = _read_at(text, pos)
    if found is None:
        lead = _LEAD_WORD.match(text, pos)
        if lead and lead.group(0)[:-2].lower().rstrip(",") not in MONTHS:
            found = _read_at(text, lead.end())
    return found


def _read_at(text: str, pos: int) -> StatedDate | None:
    head = text[pos : pos + 60]
    if not head or not head[0].isalnum():
        return None
    if head[0].isdigit():
        for pattern in (_ISO, _YMD, _DOTS, _MARKED):
            match = pattern.match(head)
            if match:
                day = match.group("d")
                return _make(match.group("y"), int(match.group("m")), day, pos + match.end())
        match = _SLASH.match(head)
        if match:
            a, b = int(match.group("a")), int(match.group("b"))
            if a > 12 >= b or b > 12 >= a:
                day_n, month_n = (a, b) if a > 12 else (b, a)
                return _make(match.group("y"), month_n, str(day_n), pos + match.end())
            return None
        match = _DMY.match(head)
        word = _month(match.group("m")) if match else None
        if match and word:
            return _make(match.group("y"), word, match.group("d"), pos + match.end())
        return None
    for pattern in (_MY, _MDY):
        match = pattern.match(head)
        word = _month(match.group("m")) if match else None
        if match and word:
            return _make(match.group("y"), word, match.groupdict().get("d"), pos + match.end())
    return None


def _month(word: str) -> int | None:
    return MONTHS.get(word.lower().rstrip("."))


def _make(year: str | None, month: int, day: str | None, end: int) -> StatedDate | None:
    """A StatedDate if the parts make a real calendar date."""
    y = int(year) if year else None
    d = int(day) if day else None
    if not 1 <= month <= 12:
        return None
    try:
        dt.date(y or 2000, month, d or 1)  # 2000 is a leap year: "29 Feb" without a year passes
    except ValueError:
        return None
    if y is None and d is None:
        return None  # a bare month word says nothing
    return StatedDate(y, month, d, end)


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\u00a0":
        pos += 1
    return pos
