"""Finding date phrases in prose, before anything is resolved.

A phrase is found with its offsets and what it literally says (month, day, year, weekday,
"today"); turning it into a calendar date needs the article around it and is
``timeline.py``'s job. Month names must be capitalised and followed or preceded by a day or a
year, so "may", "march" and "August summit" are never read as dates. English is read with
the patterns below; every other language with those :mod:`.local_date_patterns` builds.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

from briefing.analysis.arabic_today import arabic_today
from briefing.analysis.cjk_relative_days import cjk_relative_days
from briefing.analysis.local_date_patterns import (
    LOCAL_RANGE,
    function_words,
    inflected_months,
    local_patterns,
    month_relative_year,
    one_month,
    relative_words,
)
from briefing.analysis.locales import (
    dating_month_names,
    month_key,
    weekday_dates,
    weekday_names,
)
from briefing.analysis.marked_dates import marked_dates, may_contain_marked
from briefing.analysis.month_first import month_first

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip
RELATIVE_DAYS: dict[str, int] = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}

_MONTH = (
    r"(?P<month>(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b"
_JOIN = r"\s*(?P<join>-|–|—|to|and|&|through)\s*"
_YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d\d)\b)"
_WEEKDAY_NAME = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

_MONTH_DAY = re.compile(
    _MONTH + r"\s+" + _DAY + r"(?:" + _JOIN + r"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\b(?!\s*"
    r"(?:percent|%|per|people|years?|days?)))?" + _YEAR + r"?"
)
_DAY_MONTH = re.compile(
    r"\b" + _DAY + r"(?:" + _JOIN.replace("join", "join") + r"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?)?"
    r"\s+(?:of\s+)?" + _MONTH + _YEAR + r"?"
)
_MONTH_YEAR = re.compile(
    r"\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Ee]arly|[Ll]ate|[Mm]id-?|[Oo]f|[Ss]ince)\s+"
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\s+(?P<year>(?:19|20)\d\d)\b"
)
_WEEKDAY = re.compile(
    r"(?:\b(?P<mod>[Ll]ate|[Ee]arly|[Oo]n|[Ll]ast|[Nn]ext|[Tt]his|[Ll]ater|[Bb]y|[Uu]ntil|[Ss]ince)"
    r"\s+)?\b(?P<weekday>" + _WEEKDAY_NAME + r")(?:\s+(?P<part>morning|afternoon|evening|night))?\b"
)
_RELATIVE = re.compile(r"\b(?P<rel>[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow)\b")

# Cheap pre-checks: no month abbreviation, no "…day", "tonight" or "tomorrow" means no date
# phrase at all. Substring tests: the answer of searching "Jan|Feb|…" and "[Dd]ay|[Nn]ight|
# [Mm]orrow", in 60% of the time (every paragraph of a 10,000-article briefing is tested).
_MONTH_STARTS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DAY_WORDS = ("day", "Day", "night", "Night", "morrow", "Morrow")

#: "year": a year named alone ("in 2019"), found by :mod:`.years`.
Kind = Literal["absolute", "month", "weekday", "relative", "year"]


@dataclass(frozen=True, slots=True)
class DatePhrase:
    """One date phrase as written: offsets into the searched text and its parts."""

    start: int
    end: int
    text: str
    kind: Kind
    month: int | None = None
    day: int | None = None
    year: int | None = None
    #: Last day of a range ("October 8 to 10"); ``None`` for a single day.
    day_until: int | None = None
    #: Weekday 0–6 named in or right before the phrase ("Wednesday, Oct. 8, 2025").
    weekday: int | None = None
    #: For weekday phrases, the word before them ("last", "next", "late", "on").
    modifier: str | None = None
    #: For relative phrases, days from the article's date (-1 yesterday, 0 today, 1 tomorrow).
    offset: int | None = None
    #: For a month named with a relative year ("December last year"): years from the
    #: article's date (-1, 0, 1); ``year`` is then None.
    year_offset: int | None = None


def may_contain_dates(text: str, language: str = "en") -> bool:
    """A fast test: False means ``find_dates(text, language)`` is certainly empty."""
    if language != "en":
        return local_patterns(language) is not None or may_contain_marked(language)
    return any(m in text for m in _MONTH_STARTS) or any(w in text for w in _DAY_WORDS)


def _month_with_relative_year(text: str, language: str) -> list[DatePhrase]:
    pattern, years = month_relative_year(language)
    if pattern is None:
        return []
    months = inflected_months(language) if language != "en" else MONTHS
    found = []
    for m in pattern.finditer(text):
        month_word = month_key(m["month"] or m["month2"])
        if language == "en" and not (m["month"] or m["month2"])[0].isupper():
            continue  # "may", "march" as verbs
        rel = " ".join((m["rel"] or m["rel2"]).casefold().replace("’", "'").split())
        if month_word not in months or rel not in years:
            continue
        number = next((m[g] for g in ("day", "dayafter", "day2", "day2after") if m[g]), None)
        day = int(number) if number else None
        if day is not None and not 1 <= day <= 31:
            continue
        kind: Kind = "month" if day is None else "absolute"
        found.append(
            DatePhrase(m.start(), m.end(), m.group(), kind, months[month_word], day,
                       year_offset=years[rel])
        )  # fmt: skip
    return found


def relative_year_in(text: str, language: str) -> int | None:
    """The first year offset a relative year phrase of ``text`` states ("last year": -1,
    "в прошлом году": -1), or None: a sentence naming another year than the article's."""
    from briefing.analysis.relative_years import RELATIVE_YEARS

    years = RELATIVE_YEARS.get(language, {})
    if not years:
        return None
    lowered = " ".join(text.casefold().replace("’", "'").split())
    for word, offset in sorted(years.items(), key=lambda kv: -len(kv[0])):
        if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", lowered):
            return offset
    return None


def _relative_local(text: str, language: str) -> list[DatePhrase]:
    """Relative days in ``language``. A word for a day ahead must be written in lower case
    and not follow one of the language's function words: "mañana" and "Morgen" are also
    "morning" ("por la mañana", "am Morgen"), which is no date."""
    pattern, words = relative_words(language)
    if pattern is None:
        return []
    found = []
    for m in pattern.finditer(text):
        offset = words[m["rel"].casefold().replace("’", "'")]
        if offset > 0:
            before = re.search(r"([^\W\d_]+)\s+$", text[: m.start()])
            if m["rel"] != m["rel"].casefold() or (
                before is not None and before[1].casefold() in function_words(language)
            ):
                continue
        found.append(DatePhrase(m.start(), m.end(), m.group(), "relative", offset=offset))
    return found


def _find_local(text: str, language: str) -> tuple[DatePhrase, ...]:
    marked = [DatePhrase(*f[:3], "absolute", *f[3:]) for f in marked_dates(text, language)]
    patterns = local_patterns(language)
    if patterns is None:
        return _merge(marked, text)
    day_month, month_year, weekday = patterns
    months = dating_month_names(language)
    days = weekday_names(language)
    found: list[DatePhrase] = []
    for m in day_month.finditer(text):
        day = int(m["day"])
        if 1 <= day <= 31:
            month = months[month_key(m["month"])]
            year = int(m["year"]) if m["year"] else None
            end = m.end()
            if not one_month(m, months):  # "7 مارس - أبريل 2022": the day's month alone
                end, year = m.end("month"), None
            start, first, until = m.start(), day, None
            lead = LOCAL_RANGE.search(text, max(0, m.start() - 16), m.start())
            if lead is not None and 1 <= int(lead["day"]) < day:
                start, first, until = lead.start(), int(lead["day"]), day  # "8. bis 10. März"
            phrase = text[start:end]
            found.append(DatePhrase(start, end, phrase, "absolute", month, first, year, until))
    inflected = inflected_months(language)
    for m in month_year.finditer(text):
        if one_month(m, inflected):
            month = inflected[month_key(m["month"])]
            found.append(
                DatePhrase(m.start(), m.end(), m.group(), "month", month, year=int(m["year"]))
            )
    for m in weekday.finditer(text):
        if not weekday_dates(text, m.start(), m["weekday"], language):
            continue
        found.append(
            DatePhrase(m.start(), m.end(), m.group(), "weekday",
                       weekday=days[m["weekday"].casefold()])
        )  # fmt: skip
    found += [*_relative_local(text, language), *_month_with_relative_year(text, language)]
    found += [  # "昨天", "今日午後", "어제": no word boundaries to find them by (the module)
        DatePhrase(start, end, word, "relative", offset=offset)
        for start, end, word, offset in cjk_relative_days(text, language)
    ]
    found += [DatePhrase(*f[:3], "absolute", *f[3:]) for f in month_first(text, language)]
    if language == "ar":  # "اليوم" is also "the day": read where it can only be "today"
        found += [DatePhrase(s, e, w, "relative", offset=0) for s, e, w in arabic_today(text)]
    return _merge(_drop_overlaps(found + marked), text)


def find_dates(text: str, language: str = "en") -> tuple[DatePhrase, ...]:
    """Every date phrase of ``text`` in order; overlapping readings keep the most specific.

    English is read with the patterns below; any other language with its CLDR month and
    weekday names (day before month, or month first where CLDR says so: :mod:`.month_first`),
    or in figures with unit marks ("9月23日") where CLDR writes dates so (:mod:`.marked_dates`).
    """
    if language != "en":
        return _find_local(text, language)
    found: list[DatePhrase] = []
    has_month = any(m in text for m in _MONTH_STARTS)
    has_day = any(w in text for w in _DAY_WORDS)
    if not (has_month or has_day):
        return ()  # most sentences: one cheap scan instead of five
    for pattern in (_MONTH_DAY, _DAY_MONTH) if has_month else ():
        for m in pattern.finditer(text):
            found.extend(_absolute(m))
    for m in _MONTH_YEAR.finditer(text) if has_month else ():
        found.append(
            DatePhrase(m.start(), m.end(), m.group(), "month", MONTHS[m["month"].lower()],
                       year=int(m["year"]))
        )  # fmt: skip
    for m in _WEEKDAY.finditer(text) if has_day else ():
        mod = m["mod"].lower() if m["mod"] else None
        start = m.start() if mod else m.start("weekday")
        found.append(
            DatePhrase(start, m.end(), text[start : m.end()], "weekday",
                       weekday=WEEKDAYS[m["weekday"].lower()], modifier=mod)
        )  # fmt: skip
    if has_month:
        found += _month_with_relative_year(text, "en")
    for m in _RELATIVE.finditer(text) if has_day else ():
        found.append(
            DatePhrase(m.start(), m.end(), m.group(), "relative",
                       offset=RELATIVE_DAYS[m["rel"].lower()])
        )  # fmt: skip
    return _merge(_drop_overlaps(found), text)


def _absolute(m: re.Match[str]) -> list[DatePhrase]:
    month = MONTHS[m["month"].rstrip(".").lower()]
    day = int(m["day"])
    year = int(m["year"]) if m["year"] else None
    if not 1 <= day <= 31:
        return []
    day2 = int(m["day2"]) if m["day2"] else None
    if day2 is not None and not day < day2 <= 31:
        return []
    if day2 is not None and m["join"] in ("and", "&"):
        # "October 8 and 9": two dates, not a range.
        split = m.start("join")
        second = m.start("day2")
        return [
            DatePhrase(m.start(), split, m.string[m.start() : split].rstrip(), "absolute",
                       month, day, year),
            DatePhrase(second, m.end(), m.string[second : m.end()], "absolute", month, day2,
                       year),
        ]  # fmt: skip
    return [DatePhrase(m.start(), m.end(), m.group(), "absolute", month, day, year, day2)]


def _drop_overlaps(found: list[DatePhrase]) -> list[DatePhrase]:
    rank = {"absolute": 0, "month": 1, "weekday": 2, "relative": 3}
    found.sort(key=lambda p: (rank[p.kind], -(p.end - p.start), p.start))
    kept: list[DatePhrase] = []
    for phrase in found:
        if all(phrase.end <= k.start or phrase.start >= k.end for k in kept):
            kept.append(phrase)
    return sorted(kept, key=lambda p: p.start)


#: Between a weekday and its date: nothing or a comma; or a comma and an article ("Dienstag,
#: der 21. Oktober 2025") when the stated year shows the weekday is that date's own.
_WEEKDAY_GLUE = re.compile(r"\s*,?\s*")
_WEEKDAY_ARTICLE = re.compile(r"\s*,\s*[^\W\d_]{1,3}\s+")


def _weekday_of(phrase: DatePhrase) -> int | None:
    """The weekday of a full date, or None when it has no year or is no real day."""
    if not (phrase.year and phrase.month and phrase.day):
        return None
    try:
        return dt.date(phrase.year, phrase.month, phrase.day).weekday()
    except ValueError:
        return None


def _merge(phrases: list[DatePhrase], text: str) -> tuple[DatePhrase, ...]:
    """Fold "Wednesday, Oct. 8, 2025" into one absolute phrase that knows its weekday."""
    merged: list[DatePhrase] = []
    for phrase in phrases:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and previous.kind == "weekday"
            and phrase.kind == "absolute"
            and (
                _WEEKDAY_GLUE.fullmatch(text[previous.end : phrase.start])
                or (
                    _WEEKDAY_ARTICLE.fullmatch(text[previous.end : phrase.start])
                    and _weekday_of(phrase) == previous.weekday
                )
            )
        ):
            merged[-1] = DatePhrase(
                previous.start, phrase.end, text[previous.start : phrase.end], "absolute",
                phrase.month, phrase.day, phrase.year, phrase.day_until, previous.weekday,
            )  # fmt: skip
            continue
        merged.append(phrase)
    return tuple(merged)
