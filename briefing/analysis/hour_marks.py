"""A time of day written with an hour mark: Chinese "下午2時", "8时30分", Japanese "午後9時",
Korean "오후 2시 20분".

A report of one day tells that day's events by the clock (:mod:`.context_days`), and Chinese,
Japanese and Korean copy write the clock with a mark after the hour rather than a colon, often
after a part of the day (上午/下午, 午前/午後, 오전/오후: morning, afternoon). Such a figure is a
time only when it is not a count: "3時間", "3时间", "3시간" (three hours) are periods; and
Chinese "点"/"點" is also "point" ("提出3点要求", three demands), so with that mark the hour
needs a part of the day before it or minutes, "half" or "about" after it.
"""

from __future__ import annotations

import re

__all__ = ["HOUR_MARK"]

#: Parts of the day written before an hour (closed-class words of each language).
_PARTS = (
    "上午|下午|中午|凌晨|清晨|早上|晚上|傍晚|深夜|今晚|今晨|"  # Chinese
    "午前|午後|朝|夜|"  # Japanese
    "오전|오후|새벽|아침|저녁|밤"  # Korean
)
_HOUR = r"(?<![\d.,:：０-９])(?:[01]?\d|2[0-4])(?!\d)"
#: "時"/"时"/"시" not followed by the second character of "hours" (時間, 时间, 시간).
_SURE = r"[時时](?![間间])|\s?시(?!간)"
#: "点"/"點" is a time only beside a part of the day or with minutes, "half" or "about".
_POINT = r"[点點]"
_AFTER_POINT = r"(?=\s?\d{1,2}\s?分|半|钟|鐘|左右|许|許)"

HOUR_MARK = re.compile(
    rf"(?:(?:{_PARTS})\s?{_HOUR}(?:{_SURE}|{_POINT})"
    rf"|{_HOUR}(?:{_SURE}|{_POINT}{_AFTER_POINT}))"
    r"(?:\s?\d{1,2}\s?[分분])?"
)
