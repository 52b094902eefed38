"""Spans of hours and minutes in Chinese and Japanese: "2時間45分", "10分ほど", "约两个半小时"
(and in Korean, through :mod:`.korean_spans`).

These languages write the unit onto the number with no space, so the word-by-word reading of
:mod:`.counted_noun` never sees them (as :mod:`.day_counts` found for "738天"). The unit names
are CLDR's ("{0} 時間", "{0} 分", "{0}小时", "{0}分钟"; the traditional forms 小時 / 分鐘 are
zh-Hant's), read as in the other languages: a bare span is keyed by its unit in every
language (:func:`.span_keys.span_key`), so "10分ほど" is compared with "douze minutes".

What keeps it from reading what is not a length:

- a time of day is never one: digits right after 時 / 点 / 點 / ":" ("10時45分", "10点45分")
  are a clock's minutes, and "2時間45分" is read whole, as 2.75 hours;
- an offset or a limit is left out ("5分後", "10分钟后", "30分以内": it counts from a start,
  as :mod:`.offsets` compares only within one language);
- a span that modifies a noun ("3時間の会談", "两个半小时的会谈") is keyed by that noun in
  its language, as a complement is elsewhere ("three hours *of talks*"), not compared across;
- the hedges are these languages' ordinary ones (no CLDR data lists them): "约", "約",
  "およそ", "ほど", "程度", "前後", "左右" are "about" (±15%, :func:`.numbers.interval`),
  "以上", "多" "more than", and "余り" "a little over" (at most 15 % over, as Korean's
  "남짓": "1時間余り" is no two hours).
"""

from __future__ import annotations

import re
from functools import cache

from briefing.analysis.crosscounts import ANY_LANGUAGE
from briefing.analysis.figure_model import Figure
from briefing.analysis.korean_spans import OVER, korean_spans
from briefing.analysis.model import Quote

HOUR, MINUTE = "duration-hour", "duration-minute"
_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"两": 2, "兩": 2}
_ABOUT_BEFORE = ("大约", "大約", "约", "約", "およそ")
_ABOUT_AFTER = ("ほど", "程度", "ぐらい", "くらい", "前後", "左右")
_ABOVE_AFTER = ("以上", "多")
#: "A little over": at least the figure, at most :data:`.korean_spans.OVER` times it.
_OVER_AFTER = ("余り", "あまり")
#: After a span: an offset or a limit ("5分後", "10分钟后", "30分以内"), not a length.
_NOT_LENGTH = ("後", "后", "前", "以内", "以下", "以後", "以来")
_MODIFIER = ("の", "的")
_NUMBER = r"(?:\d+|[〇一二两兩三四五六七八九十]+)"


def cjk_spans(text: str, language: str, quote: Quote) -> list[Figure]:
    """The spans of hours and minutes of one Chinese or Japanese sentence (module doc)."""
    if language == "ko":  # digits glued, native numerals, hedges after (.korean_spans)
        return korean_spans(text, quote)
    if language not in ("zh", "ja"):
        return []
    found = []
    for match in _pattern(language).finditer(text):
        hours = cjk_value(match["h"]) if match["h"] else None
        if hours is not None:
            value, unit = hours + (0.5 if match["half"] else 0), HOUR
            if match["m"]:
                minutes = cjk_value(match["m"])
                if minutes is None or not 0 < minutes < 60:
                    continue
                value += minutes / 60
        else:
            value, unit = cjk_value(match["mm"]) or 0.0, MINUTE
        if not value:
            continue
        after = text[match.end() : match.end() + 4]
        if after.startswith(_NOT_LENGTH):
            continue
        before = text[max(0, match.start() - 3) : match.start()]
        lead = next((h for h in _ABOUT_BEFORE if before.endswith(h)), "")
        hedges = _ABOUT_AFTER + _ABOVE_AFTER + _OVER_AFTER
        trail = next((h for h in hedges if after.startswith(h)), "")
        about = before.endswith(_ABOUT_BEFORE) or after.startswith(_ABOUT_AFTER)
        above = after.startswith(_ABOVE_AFTER)
        low, high = (value * 0.85, value * 1.15) if about else (value, value)
        if above:
            low, high = value, float("inf")
        elif after.startswith(_OVER_AFTER):
            low, high = value, value * OVER
        tail = after[len(trail) :]
        if tail.startswith(_MODIFIER) and tail[1:2].isdigit():
            continue  # "10分の1": a tenth, not ten minutes
        if tail.startswith(_MODIFIER):  # "3時間の会談": keyed by its noun, in its language
            key = (language, f"{unit} of {tail[1:3]}")
        else:
            key = (ANY_LANGUAGE, unit)
        written = lead + match.group() + trail  # "10分ほど", as the value is shown
        bound = "lower" if above else ""
        found.append(
            Figure(key, None, low, high, written, quote, noun=written, measure=True, bound=bound)
        )
    return found


@cache
def _pattern(language: str) -> re.Pattern[str]:
    """A span of hours (with a half, or minutes, after it) or of minutes, not a clock's. A
    bare 分 is Japanese's minute (CLDR's "{0} 分", "10分間"); in Chinese it is as often a
    score or a share ("得12分", "三分之一"), and CLDR's minute is 分钟."""
    minute = "分钟|分鐘" if language == "zh" else "分間|分(?![之])"
    return re.compile(
        rf"(?<![\d.,:時点點])(?:(?P<h>{_NUMBER})[個个]?(?P<half>半)?\s?(?:個?小時|个?小时|時間)"
        rf"(?:(?P<m>\d+)\s?(?:{minute}))?"
        rf"|(?P<mm>{_NUMBER})\s?(?:{minute}))"
    )


def cjk_value(written: str) -> float | None:
    """The value of a number in digits or in Chinese numerals up to 99 ("两", "十二")."""
    if written.isdigit():
        return float(written)
    if "十" in written:
        tens, _, ones = written.partition("十")
        value = (_DIGITS.get(tens, 0) if tens else 1) * 10 + (_DIGITS.get(ones, 0) if ones else 0)
        return float(value)
    if len(written) == 1 and written in _DIGITS:
        return float(_DIGITS[written])
    return None
