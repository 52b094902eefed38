"""Dates written in figures with a unit mark after each part: "9月23日", "2022年10月20日",
"2024년 10월 20일" (for :mod:`.dates`).

Chinese, Japanese and Korean copy writes a date as numbers, each followed by the character
for its unit (year, month, day), with no month name to look up and usually no space. The
reader of month names never sees them, so without this a Chinese report's "9月23日" is no date
at all. Which languages write dates this way, and with which marks, is CLDR's say (Babel's
long date pattern, "y年M月d日", "y년 MMMM d일" whose month names are "1월" … "12월"), never a
list here: a language qualifies when its month is a figure followed by letters and its day a
figure followed by letters.

A month and a day are both needed ("20日" alone, "9月" alone say too little), a year is
optional; a figure run into other digits ("120月") is no date. A weekday right after the
date, in CLDR's names ("10月20日星期四", "10月20日（木）"), is part of it and checks the year
worked out for it, as "Tuesday, 29 October" does. A Chinese wire dateline ends
its date with the dispatch mark ("中新网10月20日电", "新华社北京10月20日电", the agency and the
place run together before the date or a space apart, "中新社 东京10月20日电"; a Japanese one
with 発), and an agency's Japanese pages bracket it with the
agency's name ("【7月20日 AFP】"): :func:`dispatch_end` finds either, so the dateline is read
as an anchor and not as an event of the story.
"""

from __future__ import annotations

import re
from functools import cache

from babel import Locale

from briefing.analysis.locales import locale_for

#: (start, end, text, month, day, year or None, last day of a range (always None), weekday
#: 0–6 or None) of one date phrase: :class:`~.dates.DatePhrase`'s order after its kind.
Found = tuple[int, int, str, int, int, int | None, None, int | None]

_FIELD = re.compile(r"'[^']*'|([A-Za-z])\1*|.", re.DOTALL)


def _tokens(pattern: str) -> list[tuple[str, str]]:
    """A CLDR date pattern as (field, "") and ("", literal) pairs: "y年M月d日" →
    [("y", ""), ("", "年"), ("M", ""), ("", "月"), ("d", ""), ("", "日")]."""
    out: list[tuple[str, str]] = []
    for m in _FIELD.finditer(pattern):
        token = m.group()
        if m.group(1):
            out.append((token, ""))
        else:
            literal = token[1:-1] if token.startswith("'") and len(token) > 1 else token
            if out and not out[-1][0]:
                out[-1] = ("", out[-1][1] + literal)
            else:
                out.append(("", literal))
    return out


def _unit(literal: str) -> str | None:
    """The unit mark a literal gives, or None when it is no mark (spaces, punctuation)."""
    mark = literal.strip()
    return mark if mark and all(ch.isalpha() for ch in mark) else None


def _month_unit(locale: Locale, field: str, after: str) -> str | None:
    """The mark after a month in figures: the pattern's own ("M月"), or, for a month written
    by name, the one suffix every CLDR name of some width adds to its number ("1월")."""
    if len(field) <= 2:
        return _unit(after)
    for width in ("wide", "abbreviated"):
        names = [str(locale.months["format"][width][n]) for n in range(1, 13)]
        suffixes = {name[len(str(n)) :] for n, name in enumerate(names, 1)}
        if len(suffixes) == 1 and all(name.startswith(str(n)) for n, name in enumerate(names, 1)):
            unit = _unit(suffixes.pop())
            if unit is not None:
                return unit
    return None


@cache
def units(language: str) -> tuple[str, str] | None:
    """The marks ``language`` writes after a month and a day in figures ("月", "日"), or None
    where CLDR writes no marked dates (:mod:`.bare_days` reads a day written alone)."""
    locale = locale_for(language)
    if language == "en" or locale is None:
        return None
    found = _units(locale)
    return None if found is None else (found[1], found[2])


def _units(locale: Locale) -> tuple[str | None, str, str] | None:
    """(year, month, day) marks of ``locale``'s long date, or None unless it marks a month
    in figures before a day in figures."""
    tokens = _tokens(locale.date_formats["long"].pattern)
    marks: dict[str, str | None] = {}
    for at, (field, _) in enumerate(tokens):
        after = tokens[at + 1][1] if at + 1 < len(tokens) else ""
        if field[:1] == "y":
            marks["y"] = _unit(after)
        elif field[:1] == "M":
            marks["M"] = _month_unit(locale, field, after)
        elif field[:1] == "d":
            marks["d"] = _unit(after)
    order = [f[:1] for f, _ in tokens if f[:1] in "yMd" and f]
    month, day = marks.get("M"), marks.get("d")
    if month is None or day is None or order.index("M") > order.index("d"):
        return None
    return marks.get("y"), month, day


@cache
def _pattern(language: str) -> re.Pattern[str] | None:
    """The marked-date pattern of ``language``, or None where CLDR writes no such dates."""
    locale = locale_for(language)
    if language == "en" or locale is None:
        return None
    found = _units(locale)
    if found is None:
        return None
    year, month, day = found
    head = rf"(?:(?P<year>(?:19|20)\d\d)\s*{re.escape(year)}\s*)?" if year else ""
    return re.compile(
        rf"(?<!\d){head}(?P<month>\d{{1,2}})\s*{re.escape(month)}\s*"
        rf"(?P<day>\d{{1,2}})\s*{re.escape(day)}{_weekday_after(language)}"
    )


@cache
def _weekdays(language: str) -> dict[str, int]:
    """CLDR's wide, abbreviated and short weekday names of ``language`` → 0 (Monday) to 6."""
    locale = locale_for(language)
    if locale is None:
        return {}
    names: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated", "short"):
            for number, name in locale.days[context][width].items():
                names.setdefault(str(name), number)
    return names


def _weekday_after(language: str) -> str:
    """The weekday a date may carry after it ("10月20日星期四", "10月20日（木）"): a name of
    two characters or more, bare or in brackets; a one-character name ("木", also "wood")
    only in brackets."""
    names = sorted(_weekdays(language), key=len, reverse=True)
    if not names:
        return ""
    every = "|".join(re.escape(n) for n in names)
    long = "|".join(re.escape(n) for n in names if len(n) > 1) or "(?!)"
    return rf"(?:\s*[(（]\s*(?P<weekday>{every})\s*[)）]|\s*(?P<bare>{long}))?"


def marked_dates(text: str, language: str) -> list[Found]:
    """Every date of ``text`` written in figures and unit marks, in a language whose CLDR
    long date is written that way."""
    pattern = _pattern(language)
    if pattern is None:
        return []
    found = []
    for m in pattern.finditer(text):
        month, day = int(m["month"]), int(m["day"])
        if 1 <= month <= 12 and 1 <= day <= 31:
            year = int(m["year"]) if m["year"] else None
            name = m["weekday"] or m["bare"]
            weekday = _weekdays(language)[name] if name else None
            found.append((m.start(), m.end(), m.group(), month, day, year, None, weekday))
    return found


def may_contain_marked(language: str) -> bool:
    """False when ``language`` writes no marked dates (a cheap pre-check for :mod:`.dates`)."""
    return _pattern(language) is not None


#: The dispatch mark that closes a wire dateline's date: Chinese 电 (simplified and
#: traditional) and Japanese 発 ("（パリ3月19日発）"), never the first character of a word
#: ("3月19日电视讲话", a televised speech; "3月19日発表", announced on 19 March).
_DISPATCH = re.compile(r"[电電](?![视視话話影力台子脑腦网網线線])|発(?![^\W\d_])")
#: Characters an agency and place may take before the date ("中新网", "新华社北京", or the
#: two set apart by a space, "中新社 东京"): no sentence punctuation, so the date opens the
#: text and is no date of the prose.
_HEAD = re.compile(r"\s*[^\s,，、。:：;；!！?？]{1,16}(?:\s[^\s,，、。:：;；!！?？]{1,8})?\s*")


#: The reporters' bracket a Chinese dateline closes with ("(记者 张三)"): the dateline's, so
#: the prose of the lead starts after it.
_REPORTERS = re.compile(r"\s*[(（]\s*[记記]者[^()（）]{1,40}[)）]")


#: A bracketed wire dateline, as Japanese pages of an agency set it ("【7月20日 AFP】"): the
#: opening bracket (and at most a place) before the date, the agency's Latin name and the
#: closing bracket after it. A bracket holding prose ("【7月20日に発表】") is no dateline.
_BRACKET_OPEN = re.compile(r"\s*【\s*(?:[^\s【】\d]{1,8}\s*)?")
_BRACKET_AGENCY = re.compile(r"\s*[A-Za-z][A-Za-z.&\-]*(?: [A-Za-z][A-Za-z.&\-]*){0,2}\s*】")
#: A Chinese house's bracket dateline, its name (and "北京时间") before the date and a
#: dispatch mark closing it, after at most a place: 讯 / 訊 "news of", 电 / 電, or 报道 /
#: 報導 "reports" ("【示例台北京时间2031年05月03日讯】", "【示例社5月3日东京讯】",
#: "【示例報5月3日報導】"); never a noun's ("资讯", news) nor a phrase's ("的报道", the report of).
_BRACKET_DISPATCH = re.compile(
    r"\s*(?:[^\s【】\d\W]{1,6}\s*)?(?<![通资資的])(?:[讯訊电電]|[报報][道导導])\s*】"
)


def dispatch_end(sentence: str, start: int, end: int) -> int | None:
    """Where a Chinese wire dateline ends (just after its dispatch mark) when the date at
    ``start``–``end`` of ``sentence`` is one: an agency (and place) opening the sentence, the
    date, then the mark; or where a bracketed one ("【7月20日 AFP】", "【示例台2031年5月3日讯】")
    closes; None otherwise."""
    if _BRACKET_OPEN.fullmatch(sentence, 0, start):
        agency = _BRACKET_AGENCY.match(sentence, end) or _BRACKET_DISPATCH.match(sentence, end)
        return agency.end() if agency else None
    if not _DISPATCH.match(sentence, end):
        return None
    if start and not _HEAD.fullmatch(sentence, 0, start):
        return None
    reporters = _REPORTERS.match(sentence, end + 1)
    return reporters.end() if reporters else end + 1
