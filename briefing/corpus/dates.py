"""Find dates that an article states, and never invent one.

Only dates written with a year count ("2025-10-09", "October 9, 2025", "Oct. 8, 2025",
"8 October 2025", "09.10.2025", "9 октября 2025"): a bare "October 8" says nothing about the
year, and guessing the current year would be wrong for every archive. A date that is a
segment of a path (``/img/2025/05/19/photo.jpg``, ``example.org/2025-05-19/story``) or of a
file name (``photo-2025-05-19.jpg``) dates the file or the page address, not what the text says,
so it is not read. The regexes find the
candidates (so a year is guaranteed present) and a month table reads them: this runs on every
paragraph, and python-dateutil costs about a millisecond a call. dateutil is used where it fits,
for the free-form dates files *declare* in front matter and meta tags (``Thu, 09 Oct 2025``),
and only when a year is present, since it would otherwise fill in the current one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re

from dateutil import parser as date_parser

__all__ = ["declared_month", "find_dates", "parse_declared_date", "strip_dates", "years_stated"]

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_RU_MONTHS = {
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
    "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
}  # fmt: skip
_MONTHS = {
    name: number
    for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
_YEAR = r"(?:19|20)\d\d"
# A date glued to the rest of a file name (``aerial-2024-01-14.jpg``, ``2024-01-14_0931``) is
# when a picture was saved, not a date the article states.
_NOT_FILE = r"(?!_|\.(?:jpe?g|png|gif|webp|avif|heic|tiff?|mp4|mov|pdf)\b)"
_DATE = re.compile(
    rf"(?<!/)\b(?P<iso>{_YEAR}-[01]\d-[0-3]\d)(?![\d/]){_NOT_FILE}"
    rf"|(?<!/)\b(?P<slash>{_YEAR}/[01]?\d/[0-3]?\d)\b(?!/)"
    # year first with dots (``2023.06.16``), two-digit parts: not a version ("2023.1.2")
    rf"|(?<![\d.])\b(?P<ydots>{_YEAR}\.[01]\d\.[0-3]\d)(?!\d|\.\d)"
    rf"|\b(?P<mdy>{_MONTH}\s+[0-3]?\d(?:st|nd|rd|th)?,?\s+{_YEAR})\b"
    rf"|\b(?P<dmy>[0-3]?\d(?:st|nd|rd|th)?\s+{_MONTH},?\s+{_YEAR})\b"
    rf"|\b(?P<dots>[0-3]?\d\.[01]?\d\.{_YEAR})\b{_NOT_FILE}"
    rf"|(?<!\w)(?P<ru>[0-3]?\d\s+(?:{'|'.join(_RU_MONTHS)})\s+{_YEAR})(?!\w)",
    re.IGNORECASE,
)
_YEAR_ONLY = re.compile(rf"\b{_YEAR}\b")


def find_dates(text: str) -> list[dt.date]:
    """Every full date (day, month and year) stated in ``text``, in order of appearance."""
    found: list[dt.date] = []
    for match in _DATE.finditer(text):
        kind = match.lastgroup
        value = match.group(0)
        parsed = _parse(kind, value)
        if parsed is not None:
            found.append(parsed)
    return found


def declared_month(value: object) -> dt.date | None:
    """The 1st of the month when a declared date states only a month (``2024-12``,
    ``December 2024``, ``Dezember 2024``), else None."""
    from briefing.corpus.stated import read_date  # the month table, only for declared dates

    if not isinstance(value, str):
        return None
    text = value.strip()[:40]
    stated = read_date(text)
    if stated is None or stated.precision != "month" or text[stated.end :].strip(" ."):
        return None
    return stated.value()


def strip_dates(text: str) -> str:
    """``text`` with every full date found by :func:`find_dates` blanked out."""
    return _DATE.sub(" ", text)


def years_stated(text: str) -> set[int]:
    """Four-digit years (1900–2099) mentioned anywhere in ``text``."""
    return {int(y) for y in _YEAR_ONLY.findall(text)}


def parse_declared_date(value: object) -> dt.date | None:
    """A date from front matter or HTML metadata: a date, a datetime, or a string with a year."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()[:100]
    with contextlib.suppress(ValueError):  # not ISO: look for a written date below
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    dates = find_dates(text)
    if dates:
        return dates[0]
    if declared_month(text) is not None:
        return None  # "2024-12": dateutil would invent today's day (see declared_month)
    if not _YEAR_ONLY.search(text):
        return None  # no year stated: dateutil would take today's
    try:  # free-form declared dates: "Thu, 09 Oct 2025 08:30:00 GMT", "2025.10.09"
        return date_parser.parse(text, fuzzy=False).date()
    except (ValueError, OverflowError):
        return None


def _parse(kind: str | None, value: str) -> dt.date | None:
    """Turn one regex match into a date, or None if it is not a real calendar date."""
    try:
        if kind in ("iso", "slash", "ydots"):
            year, month, day = (int(part) for part in re.split(r"[-/.]", value))
            return dt.date(year, month, day)
        if kind == "dots":
            day, month, year = (int(part) for part in value.split("."))
            return dt.date(year, month, day)
        if kind == "ru":
            day_s, month_s, year_s = value.split()
            return dt.date(int(year_s), _RU_MONTHS[month_s.lower()], int(day_s))
        return _month_name_date(value)
    except (ValueError, OverflowError, KeyError):
        return None


def _month_name_date(value: str) -> dt.date | None:
    """``Oct. 8, 2025`` / ``8th October 2025`` → date (month from its first three letters)."""
    words = re.findall(r"[A-Za-z]+|\d+", value)
    month = next(_MONTHS[w[:3].lower()] for w in words if w[:3].lower() in _MONTHS)
    numbers = [int(w) for w in words if w.isdigit()]
    day, year = (numbers[0], numbers[1]) if numbers[0] < 100 else (numbers[1], numbers[0])
    return dt.date(year, month, day)
