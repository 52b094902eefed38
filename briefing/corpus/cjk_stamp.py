"""A Chinese page's line of source and time under the headline: ``示例报 2031-03-14 22:46``.

Aggregators and portals that copy a story print where it came from and when they posted it on
a line of its own: the source's name, a space, the date with its year and a time, and maybe
the page's font-size buttons (``+-``). The name is the outlet whose story the page carries.
It counts only when it says it is a house: its last character or two are a news house's word
(报 / 報 "paper", 网 / 網 "site", 社 "agency", 台 "station", 刊 "periodical", 新闻 / 新聞 "news",
讯 / 訊 "news", 媒体 / 媒體 "media"), or it is a domain. Anything else before
a stamp (a label ``发布时间``, an author's name ``张三``, a section ``国际``) names no outlet.
"""

from __future__ import annotations

import re

from briefing.corpus.stated import read_date

__all__ = ["stamp_source"]

_HAN = "\u3400-\u4dbf\u4e00-\u9fff"
#: The name, one run without spaces, then the gap before the stamp.
_NAME = re.compile(rf"(?P<name>[{_HAN}A-Za-z0-9.]{{2,12}})[ \u3000]+")
#: A news house's own word closing its name.
_HOUSE_END = re.compile(r"(?:[报報网網社台刊讯訊]|新闻|新聞|媒体|媒體)$")
_LATIN = re.compile(r"\w+\.[a-z]{2,3}")
#: A time after the date: "22:46", "22:46:05".
_TIME = re.compile(r"[ \u3000T]*[0-2]?\d:[0-5]\d(?::[0-5]\d)?")
#: What a saved page may leave after the stamp: its font-size buttons, punctuation.
_WIDGETS = re.compile(r"[\s+\-−|·•]*")


def stamp_source(text: str) -> str | None:
    """The outlet a ``<name> <date> <time>`` line (the whole paragraph) names, or None."""
    if len(text) > 60:
        return None
    name = _NAME.match(text.strip())
    if name is None:
        return None
    line = text.strip()
    date = read_date(line, name.end())
    if date is None or date.year is None or date.day is None:
        return None
    time = _TIME.match(line, date.end)
    if time is None or _WIDGETS.fullmatch(line, time.end()) is None:
        return None
    house = name.group("name")
    if _HOUSE_END.search(house) or _LATIN.fullmatch(house):
        return house
    return None
