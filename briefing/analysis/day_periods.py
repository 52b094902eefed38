"""The half of the day a twelve-hour time is in, from the words after it.

"a la 1:38 de la tarde", "à 7 h 30 du soir", "alle 9.15 di sera", "в 8:20 вечера", "um 7.30 Uhr
abends": many languages write a time of the afternoon or evening on a twelve-hour clock and
name the part of the day after it, as English writes "p.m.". Read as a 24-hour time, "1:38"
is 01:38, in the middle of the night, and can never meet the 13:38 another outlet gives. The
names of the parts of the day, and the hours each covers, are CLDR's (babel's day periods
and day-period rules), so no language's list is written here. A time is moved by twelve hours
only when the hour read as written lies outside the part of the day named and the hour twelve
later inside it; "11:00 du matin", "3 h du matin" and "19:30 Uhr abends" are left as written.
"""

from __future__ import annotations

import re
from functools import cache

from briefing.analysis.locales import locale_for

#: Words between the time and the part of the day ("Uhr", "h", "horas", "hrs"): at most one.
_BETWEEN = re.compile(r"\s*(?:[^\W\d_]{1,5}\.?\s+)?")


@cache
def _periods(language: str) -> tuple[tuple[str, tuple[tuple[int, int], ...]], ...]:
    """(name, casefolded; its ranges of minutes after midnight), longest names first.
    Only parts of the day with a span (not "noon" or "midnight", which are instants)."""
    locale = locale_for(language)
    if locale is None:
        return ()
    rules = locale.day_period_rules.get(None) if locale.day_period_rules else None
    if not rules:
        return ()
    spans: dict[str, tuple[tuple[int, int], ...]] = {}
    for period in rules:
        ranges = tuple(
            (rule["from"] // 60, rule["before"] // 60)
            for rule in rules[period]
            if "from" in rule and "before" in rule
        )
        if ranges:
            spans[period] = ranges
    names: dict[str, tuple[tuple[int, int], ...]] = {}
    for context in locale.day_periods.values():
        for widths in context.values():
            for period, name in dict(widths).items():
                text = str(name).casefold().replace("’", "'")
                # abbreviations ("nachm.", "веч.") and one-letter forms ("p") are left out
                if period in spans and len(text) >= 4 and not text.endswith("."):
                    names.setdefault(text, spans[period])
    return tuple(sorted(names.items(), key=lambda item: -len(item[0])))


@cache
def compound_parts(language: str) -> str:
    """A regex alternation of the one-word names of the parts of the day in ``language``,
    which languages that write compounds join to a weekday ("Dienstagmorgen", "woensdagavond");
    "(?!)" when there are none."""
    names = [re.escape(name) for name, _ in _periods(language) if name.isalpha()]
    return "|".join(names) or "(?!)"


def _inside(minutes: int, ranges: tuple[tuple[int, int], ...]) -> bool:
    return any(
        start <= minutes < end if start < end else minutes >= start or minutes < end
        for start, end in ranges
    )


def in_named_half(text: str, end: int, minutes: int, language: str) -> int:
    """``minutes`` (a time read on a 24-hour clock, ending at ``end`` in ``text``) moved
    twelve hours later when the part of the day named right after it says so (module doc)."""
    if not 60 <= minutes < 12 * 60:
        return minutes
    gap = _BETWEEN.match(text, end)
    after_space = len(text[end:]) - len(text[end:].lstrip()) + end
    for start in dict.fromkeys((after_space, gap.end() if gap else end)):
        rest = text[start : start + 40].casefold().replace("’", "'")
        for name, ranges in _periods(language):
            if rest.startswith(name) and not rest[len(name) : len(name) + 1].isalpha():
                later = minutes + 12 * 60
                if not _inside(minutes, ranges) and _inside(later, ranges):
                    return later
                return minutes
    return minutes


@cache
def period_names(language: str) -> frozenset[str]:
    """The language's names of the parts of the day, casefolded ("morning", "ráno", "matin"),
    from CLDR: the words that may stand beside a weekday without telling anything else."""
    return frozenset(name for name, _ in _periods(language))
