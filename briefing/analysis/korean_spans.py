"""Spans of hours and minutes in Korean: "한 시간 남짓", "2시간여", "약 30분", "두 시간 정도".

Korean writes digits onto the counter ("2시간", "30분"), counts hours with its native numerals
("한 시간", "두 시간"), and puts most hedges after the span ("두 시간 *정도*", "한 시간
*남짓*"). The number finder (:mod:`.numbers`) reads none of that: a number glued to letters is
no number there, "한" (one) is no count, and its hedges stand before the number as in the
languages it reads. So "한 시간 남짓" (a little over an hour) went unread, "2시간" too, and
"두 시간 정도" (about two hours) was read as exactly two. Here they are read as
:mod:`.cjk_spans` reads Chinese and Japanese spans, and keyed the same way: a bare span by its
unit in every language (:func:`.span_keys.span_key`), so "한 시간 남짓" is set against "約2小時".

- The numbers are digits or the native numerals before a counter, from number-parser's Korean
  table less the Sino-Korean words num2words writes ("이 시간" is "this hour", not two);
  minutes only in digits ("세 분" is three people, politely).
- "한" after an object ("발표를 한 시간", the time it made the announcement) is the verb
  "did", not "one".
- A clock is no span: minutes right after an hour of the clock ("2시 30분") are not read, and
  "9시간 30분" is one span of 9.5 hours.
- An offset or a limit is left out ("두 시간 후", "30분 전", "한 시간 이내"), as are an
  ordinal stage ("두 시간째") and a span that modifies a noun ("두 시간의 회담", keyed by
  that noun in Korean, as "3時間の会談" is).
- The hedges: "약", "대략" before; "정도", "가량", "쯤", "내외", "안팎" after are "about"
  (±15 %, as :func:`.numbers.interval` reads "about"); "이상", "넘게" "more than" (no upper
  bound); "남짓" and "여" ("2시간여") are "a little over": at least the figure and at most
  15 % more, the mirror of "nearly" (:func:`.numbers.interval`), so "한 시간 남짓" cannot be
  "about two hours". Grammar words, not a story's: no maintained package lists them.
"""

from __future__ import annotations

import re
from functools import cache

from briefing.analysis.crosscounts import ANY_LANGUAGE
from briefing.analysis.figure_model import Figure
from briefing.analysis.model import Quote

HOUR, MINUTE = "duration-hour", "duration-minute"
#: How far above its figure "a little over" reaches (the mirror of "nearly", 0.85).
OVER = 1.15
_ABOUT_BEFORE = ("대략", "약")
_ABOUT_AFTER = ("정도", "가량", "쯤", "내외", "안팎")
_ABOVE_AFTER = ("이상", "넘게", "넘는")
_OVER_AFTER = ("남짓", "여")
#: After a span: an offset, a limit or a stage, not a length.
_NOT_LENGTH = ("후", "뒤", "전", "이내", "미만", "안에", "째", "내에")
_MODIFIER = "의 "
#: What may follow a counter: a space, a mark, a particle or a hedge ("30분간", "2시간여",
#: "한 시간의"), never more letters of another word ("분석", "시간대").
_AFTER_UNIT = r"(?=$|[\s\W]|[간이을의만에도은는가여까동])"


def korean_spans(text: str, quote: Quote) -> list[Figure]:
    """The spans of hours and minutes of one Korean sentence (module doc)."""
    if "시간" not in text and "분" not in text:
        return []
    found = []
    for match in _pattern().finditer(text):
        if match["mm"] and re.search(r"시\s?$", text[: match.start()]):
            continue  # "오후 2시 30분": a clock's minutes
        if match["h"] == "한" and re.search(r"[을를]\s$", text[: match.start("h")]):
            continue  # "발표를 한 시간": the verb "did" before a noun, no count
        if match["h"]:
            value, unit = _value(match["h"]), HOUR
            if match["m"]:
                minutes = float(match["m"])
                if not 0 < minutes < 60:
                    continue
                value += minutes / 60
        else:
            value, unit = float(match["mm"]), MINUTE
        if not value:
            continue
        after = text[match.end() :].lstrip()
        glued = any(match[g] for g in ("yeo", "yeo2", "yeo3", "yeo4"))
        trail = "" if glued else next((h for h in _HEDGES_AFTER if after.startswith(h)), "")
        rest = after[len(trail) :].lstrip()
        if rest.startswith(_NOT_LENGTH):
            continue
        lead = match["q"] or ""
        if glued or trail in _OVER_AFTER:
            low, high = value, value * OVER
        elif trail in _ABOVE_AFTER:
            low, high = value, float("inf")
        elif lead or trail:
            low, high = value * 0.85, value * 1.15
        else:
            low, high = value, value
        if rest.startswith(_MODIFIER):  # "두 시간의 회담": keyed by its noun, in Korean
            noun = rest[len(_MODIFIER) :].split(" ", 1)[0][:2]
            key = ("ko", f"{unit} of {noun}")
        elif after.startswith(_MODIFIER.strip()) and not trail:
            continue  # "두 시간의": a modifier without its noun
        else:
            key = (ANY_LANGUAGE, unit)
        shown = text[match.start() : match.end()] + (f" {trail}" if trail else "")
        if match["h"] and not match["h"][0].isdigit():  # in words: "한 시간 남짓 (1)"
            shown += f" ({value:g})"
        bound = "lower" if trail in _ABOVE_AFTER else ""
        found.append(
            Figure(key, None, low, high, shown, quote, noun=shown, measure=True, bound=bound)
        )
    return found


_HEDGES_AFTER = (*_ABOUT_AFTER, *_ABOVE_AFTER, *_OVER_AFTER)


def _value(written: str) -> float:
    return float(written) if written[0].isdigit() else float(native_numerals()[written])


@cache
def native_numerals() -> dict[str, int]:
    """Korean's native numerals (number-parser's Korean words less the Sino-Korean ones
    num2words writes): "한" 1, "두" 2, "세" 3, "스무" 20; the counting words of hours."""
    from num2words import num2words
    from number_parser.data import ko

    sino = {num2words(value, lang="ko") for value in range(100)}
    found: dict[str, int] = {}
    for table in ("UNIT_NUMBERS", "DIRECT_NUMBERS", "TENS"):
        for word, value in (ko.info.get(table) or {}).items():
            if isinstance(value, int) and value > 0 and word not in sino and " " not in word:
                found[word] = value
    return found


@cache
def _pattern() -> re.Pattern[str]:
    """A span of hours (with minutes after it) or of minutes, in digits or native numerals,
    with a hedge before it and a glued "여" after the number or the counter."""
    native = "|".join(sorted(native_numerals(), key=len, reverse=True))
    number = rf"(?:\d+(?:\.\d+)?|(?<![가-힣])(?:{native}))"
    return re.compile(
        rf"(?<![\d.,:])(?:(?<![가-힣])(?P<q>{'|'.join(_ABOUT_BEFORE)})\s?)?"
        rf"(?:(?P<h>{number})(?P<yeo>여)?\s?시간(?P<yeo2>여)?"
        rf"(?:\s?(?P<m>\d+)\s?분)?"
        rf"|(?P<mm>\d+)(?P<yeo3>여)?\s?분(?P<yeo4>여)?)" + _AFTER_UNIT
    )
