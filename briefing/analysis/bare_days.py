"""A day of the month written alone with its unit mark: Chinese and Japanese "19日", Korean "19일".

Chinese and Japanese copy give the story's days this way ("瑞士联邦政府19日宣布", the federal
government announced on the 19th): the month is the one the report is written in, or the one
before when the day is later than the article's own ("30日" in a report of 2 April is 30
March). :mod:`.timeline` places such a day from the article's own day or its dateline; an
article with neither lists it under the month of a day-and-month it wrote shortly before
(:mod:`.repeated_days`, :mod:`.stated_months`), with no year; else the phrase is dropped,
since a day with no month is no line of a timeline.

Which languages write days so, and with which mark, is CLDR's say (the day unit of the long
date pattern, as in :mod:`.marked_dates`). Not a day of the month: a figure run into other
figures or after a month's mark ("3月19日" is read whole), an ordinal (第3日), and a count of
days ("3日間", "3日内", "3日前", "3日后", "3日にわたり", "3일간": for three days, within, ago,
after, over three days). A day after a word for last, this or next month ("先月28日") is read
though the month's mark stands before it: :mod:`.month_steps` places it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from briefing.analysis.dates import DatePhrase
from briefing.analysis.marked_dates import units
from briefing.analysis.month_steps import STEP_WORDS

__all__ = ["with_bare_days"]

#: What may follow a day's mark when it counts days instead (periods, "within", "ago", "after").
_COUNT_AFTER = "間间内內前后後以來来连連"
#: Words after a day's mark that count days too: "5日にわたり" / "5日に渡って" (over five
#: days), Korean "5일간", "5일째", "5일 동안" (for five days, the fifth day).
_COUNT_WORDS = "に(?:わた|渡)|간|째|동안"


@cache
def _pattern(language: str) -> re.Pattern[str] | None:
    marks = units(language)
    if marks is None:
        return None
    month, day = marks
    # After a word for last, this or next month ("先月28日", "上个月28日") the month's mark
    # names no month of its own: the day is read, and ``month_steps`` says which month.
    steps = [w for w in STEP_WORDS if w.endswith(month)]
    after_step = "|".join(
        f"(?<={'|'.join(re.escape(w) for w in steps if len(w) == n)})"
        for n in sorted({len(w) for w in steps})
    )
    plain = rf"(?<![\d第{re.escape(month)}])(?<!{re.escape(month)}\s)"
    return re.compile(
        rf"(?:{after_step + '|' if after_step else ''}{plain})(?P<day>[1-3]?\d)\s*"
        rf"{re.escape(day)}(?![{_COUNT_AFTER}电電])(?!\s*(?:{_COUNT_WORDS}))"
    )


def with_bare_days(found: Sequence[DatePhrase], text: str, language: str) -> list[DatePhrase]:
    """``found`` and the bare days of ``text`` that no phrase of ``found`` covers, in order."""
    pattern = _pattern(language)
    if pattern is None:
        return list(found)
    extra = [
        DatePhrase(m.start(), m.end(), m.group(), "absolute", day=int(m["day"]))
        for m in pattern.finditer(text)
        if 1 <= int(m["day"]) <= 31
        and not any(p.start < m.end() and m.start() < p.end for p in found)
    ]
    return sorted([*found, *extra], key=lambda p: p.start) if extra else list(found)
