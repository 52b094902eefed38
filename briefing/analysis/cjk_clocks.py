"""Times of day as Chinese, Japanese and Korean write them: "午後10時ごろ", "晚间10时20分左右",
"오후 10시 15분쯤", "낮 12시29분", "15時半".

:func:`.clocks.told_times` reads the digits-and-colon forms every Latin and Cyrillic text
uses ("18:07", "4 h 17"); these three languages write the hour and minute with counters
(時 / 时 / 點 / 点 / 시, 分 / 분, 半 / 반 for the half hour), so the story's main moment
(:mod:`.main_time`) was never compared with a Japanese, Chinese or Korean outlet. Read here:

- the part of the day before the hour, which sets its half ("午後" / "下午" / "오후" / "晚上"
  afternoon or evening: 10 is 22; "中午" / "낮" noon: 12 stays 12, 1 is 13; "午前" / "上午"
  / "오전" / "凌晨" / "새벽" the morning: 12 is 0);
- the hedge, as :mod:`.main_time` reads a Latin one: "ごろ" / "頃" / "左右" / "前後" / "쯤" /
  "께" / "경" / "무렵" after, "約" / "约" / "大约" / "약" before, are "about"; "前" / "전"
  ("10시 전") a bound before, "過ぎ" / "すぎ" / "後" / "후" / "以后" a bound after;
- the zone the text states before it: "日本時間" / "北京时间" / "한국시간" name another clock
  (its name as written, which :mod:`.zone_offsets` may know), "現地時間" / "当地时间" / "현지시간"
  the local one. A zone is never guessed from the outlet's country.

Left out, as look-alikes: a length of hours ("3時間", "3小时", "3시간": 間 / 间 / 간 follow
the counter), a count of o'clock with no minute after 点 / 點 and no part of the day (点 is
also "point" and "a little"), and a time in brackets after another one ("8時33分(日本時間22時
33分)": the same moment converted).
"""

from __future__ import annotations

import re

from briefing.analysis.clocks import Told

#: Languages that write a time with counters.
LANGUAGES = frozenset({"ja", "zh", "ko"})
_EVENING = "午後|下午|晚上|晚间|晚間|傍晚|夜間|夜|오후|밤|저녁"
_NOON = "中午|正午|낮"
_MORNING = "午前|上午|凌晨|早上|清晨|새벽|오전|아침"
#: Any part of the day (:mod:`.stated_zones` asks whether a conversion names its half).
PARTS = f"{_EVENING}|{_NOON}|{_MORNING}"
_ABOUT_BEFORE = "大约|大約|約|约|약"
_CLOCK = re.compile(
    rf"(?P<about>{_ABOUT_BEFORE})?\s*"
    rf"(?:(?P<part>{_EVENING}|{_NOON}|{_MORNING})\s*)?"
    r"(?<![\d.:,/])(?P<hour>[01]?\d|2[0-4])\s*(?P<counter>[時时點点시])(?![間间간])"
    r"\s*(?:(?P<minute>[0-5]?\d)\s*[分분](?!\d*\s*[間间钟鐘])|(?P<half>半|반))?"
    r"\s*(?P<after>ごろ|頃|左右|前後|许|許|쯤|께|경|무렵|過ぎ|すぎ|以前|之前|以后|以後|之后|前|전|後|后|후)?"
)
#: The zone written right before a time: "日本時間", "北京时间", "한국시간", "現地時間同".
_ZONE = re.compile(r"(?P<name>(?P<zone>[^\W\d_]{2})\s?(?:時間|时间|시간))\s*同?\s*$")
_EVENING_PARTS = frozenset(_EVENING.split("|"))
_NOON_PARTS = frozenset(_NOON.split("|"))
_LOCAL = frozenset({"現地", "现地", "当地", "當地", "현지", "地元"})
_BEFORE = frozenset({"前", "전", "以前", "之前"})
_AFTER = frozenset({"過ぎ", "すぎ", "以后", "以後", "之后", "後", "后", "후"})


def cjk_told_times(text: str, language: str) -> list[tuple[Told, str]]:
    """Each time of day ``text`` writes with counters, and the name of the zone it states
    ("日本時間"; "" for the local clock or none stated); nothing outside :data:`LANGUAGES`."""
    if language not in LANGUAGES:
        return []
    found: list[tuple[Told, str]] = []
    for match in _CLOCK.finditer(text):
        minutes = _minutes(match)
        if minutes is None:
            continue
        before = text[: match.start("hour")]
        opened = max(before.rfind("("), before.rfind("（"))
        closed = max(before.rfind(")"), before.rfind("）"))
        if opened > closed and found:
            continue  # "8時33分(日本時間22時33分)": the same moment on another clock
        named = _ZONE.search(text, max(0, match.start() - 8), match.start())
        key = "" if named is None or named["zone"] in _LOCAL else named["name"]
        value = f"{minutes // 60:02d}:{minutes % 60:02d}"
        found.append((Told(match.start("hour"), match.end(), minutes, value, _hedge(match)), key))
    return found


def _minutes(match: re.Match[str]) -> int | None:
    hour = int(match["hour"])
    part = match["part"]
    has_minute = match["minute"] is not None or match["half"] is not None
    if match["counter"] in "點点" and not has_minute and part is None:
        return None  # "3点": a point or "a little", not only o'clock
    if match["counter"] in "時时시" and not has_minute and part is None and not match["after"]:
        return None  # a bare "3時" is too often a count or a date's hour; a time needs more
    minute = int(match["minute"]) if match["minute"] is not None else (30 if match["half"] else 0)
    if hour == 24:
        hour = 0
    if (part in _EVENING_PARTS and hour < 12) or (part in _NOON_PARTS and hour < 6):
        hour += 12  # "오후 10시" is 22, "낮 1시" is 13
    elif part is not None and part not in _EVENING_PARTS | _NOON_PARTS and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    return hour * 60 + minute


def _hedge(match: re.Match[str]) -> str:
    """The hedge in :mod:`.main_time`'s words: "about", "before" or "after"; "" if exact."""
    after = match["after"]
    if after in _BEFORE:
        return "before"
    if after in _AFTER:
        return "after"
    if after or match["about"]:
        return "about"
    return ""
