"""The clock a time of day is told on, when the text states it, as minutes east of UTC.

:mod:`.main_time` compares a story's times only on one clock. Times on named clocks ("15:34
Uhr (MESZ)", "日本時間22時33分") are put on UTC by :mod:`.zone_offsets`; times on the local
clock (no zone, "local time", "現地時間") only when the packet itself says how far local is
from UTC: a local time followed by the same moment on a named clock in brackets ("8時33分
(日本時間22時33分)", "18:07 local time (16:07 GMT)") is a conversion the writer made, and
gives local = named + (local − named). Nothing is inferred from an outlet's or a place's
country: a time with no stated zone and no conversion in the packet stays on its own clock.
"""

from __future__ import annotations

import datetime as dt
import re

from briefing.analysis.cjk_clocks import LANGUAGES as CJK
from briefing.analysis.cjk_clocks import PARTS, cjk_told_times
from briefing.analysis.clocks import Told, told_times
from briefing.analysis.text import WORD
from briefing.analysis.zone_offsets import longest_zone, zone_offset

#: How far after a time a bracketed conversion may open ("18:07 local time (16:07 GMT)").
_REACH = 30
#: A bracket's content.
_BRACKET = re.compile(r"[(（]([^()（）]{1,60})[)）]")
#: Where the words after a time stop naming its clock: a sentence mark, or a bracket holding
#: a figure (a conversion, read as such).
_CUT = re.compile(r"[,;.!?。、，]\s?|[(（]\s*\d|$")
#: Words read after a time for its zone, and how many may come before the name ("Uhr").
_AFTER_WORDS = 6
_SKIP = 2
#: A counter time whose half of the day is written: a part of the day before it, or an hour
#: of 13 or more ("22時33分").
_HALF_SURE = re.compile(rf"{PARTS}|(?<!\d)(?:1[3-9]|2[0-4])\s?[時时點点시]")
#: Offsets as far as the world's clocks go (UTC-12 to UTC+14), in minutes.
_WEST, _EAST = -720, 840


def stated_offset(
    text: str, time: Told, zone_name: str, language: str, day: dt.date | None
) -> int | None:
    """Minutes east of UTC of the clock ``time`` is told on, when the words right after it
    (or, in Chinese, Japanese and Korean, ``zone_name`` written before it) name one that
    CLDR knows; None otherwise, and for the local clock."""
    if language in CJK and zone_name:
        return zone_offset(zone_name, language, day)
    rest = text[time.end :]
    cut = _CUT.search(rest)
    words = WORD.findall(rest, 0, cut.start() if cut else len(rest))[:_AFTER_WORDS]
    for skip in range(min(_SKIP, len(words)) + 1):
        offset = longest_zone(words[skip:], language, day)
        if offset is not None:
            return offset
    return None


def learned_local(text: str, time: Told, language: str, day: dt.date | None) -> int | None:
    """The local clock's offset a conversion right after local ``time`` states, or None."""
    bracket = _BRACKET.search(text, time.end, min(len(text), time.end + _REACH + 64))
    if bracket is None or bracket.start() - time.end > _REACH:
        return None
    if told_times(text[time.end : bracket.start()], language):
        return None  # another time between: the bracket converts that one
    inner = bracket.group(1)
    if language in CJK and not _HALF_SURE.search(inner):
        return None  # "(日本時間同9時半)": nine in the morning or the evening, as the writer
        # leaves it to the time it converts
    read = [(t, z) for t, z in cjk_told_times(inner, language)] if language in CJK else []
    read += [(t, "") for t in told_times(inner, language)]
    offsets = {
        (t.minutes, offset)
        for t, name in read
        if (offset := stated_offset(inner, t, name, language, day)) is not None
    }
    if len(offsets) != 1:
        return None
    ((minutes, offset),) = offsets
    local = (time.minutes - minutes + offset - _WEST) % 1440 + _WEST
    return local if local <= _EAST else None
