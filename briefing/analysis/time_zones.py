"""A date told in a named time zone: "Friday, March 13, Beijing time", "12 марта по московскому
времени", "日内瓦当地时间3月11日", "le 12 mars à 2 heures, heure de Paris", "22:00 (JST)".

An act late in the evening in Geneva is early next morning in Beijing: two articles may date it
a day apart and both be right. The rules comparing days (:mod:`.main_day`,
:mod:`.weekday_slips`, :mod:`.events`) flag such a pair as two days of one act unless one side
says its day is told in a zone: a zone named beside the date (a city's or country's time, a
zone's name or its abbreviation) or the place's "local time" in the article's language. Then a
day one apart is the same moment told twice, and no disagreement; a day two apart still is one,
as is a day one apart with no zone said.

**Beside** the date: in its sentence, at most :data:`AFTER` characters after the phrase or
:data:`BEFORE` before it (:data:`CJK_AFTER` / :data:`CJK_BEFORE` in Chinese and Japanese,
which say as much in fewer characters): "on 12 March at 10:30 p.m. local time", "At 2 a.m.
Beijing time on March 13". The abbreviations are the time zone database's own (``zoneinfo``:
"JST", "CET", "MSK"), read only where they cannot be another word's: in brackets, after a
clock time, or with an offset ("UTC+8").
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from functools import cache

from briefing.analysis.names import is_place

#: Characters after / before a date phrase where a zone told with it stands.
AFTER = 64
BEFORE = 40
CJK_AFTER = 20
CJK_BEFORE = 16
_CJK = frozenset({"zh", "ja"})

#: English "<place> time": a place the gazetteer knows ("Beijing time", "Moscow time") or a
#: zone's own word ("Eastern time", "Greenwich Mean Time").
_EN_ZONE = re.compile(
    r"\b(?P<name>[A-Z][\w'-]+)\s+(?:(?:standard|daylight|summer|mean)\s+)?time\b", re.IGNORECASE
)
_EN_ZONE_WORDS = frozenset(
    {"local", "eastern", "central", "pacific", "mountain", "atlantic", "greenwich", "universal"}
    | {"coordinated", "british", "european"}
)
#: The place's own time, or a city's or country's, in each language the packets are written in.
_LOCAL: dict[str, str] = {
    "fr": r"\bheures?\s+(?:locales?|fran[çc]aises?|suisses?|belges?|normale|d['’]été"
    r"|(?<!l['’]heure )d(?:e\s+|['’])[A-ZÉ])",
    "de": r"\b(?:Orts|Lokal|Welt)zeit\b|\b[A-ZÄÖÜ]\w+er\s+Zeit\b"
    r"|\b(?:deutscher|(?:mittel|ost|west)europäischer)\s+(?:Sommer)?zeit\b|\bMES?Z\b",
    "es": r"\bhora\s+(?:local|peninsular|española|oficial|(?:de|del)\s+[A-Z])",
    "pt": r"\b(?:hora|horário)\s+(?:local|portuguesa|oficial|(?:de|do|da)\s+[A-Z])",
    "it": r"\bora\s+(?:locale|italiana|(?:di|del)\s+[A-Z])",
    "ru": r"\bпо\s+(?:\w+(?:ому|ему)\s+времени|времени\s+[А-ЯЁ])|\bмск\b",
    "uk": r"\bза\s+\w+им\s+часом\b",
    "pl": r"\bczasu\s+(?:lokalnego|\w+skiego)\b",
    "nl": r"\b(?:lokale|plaatselijke|[A-Z]\w+se)\s+tijd\b",
    "tr": r"\b(?:yerel|[A-ZÇĞİÖŞÜ]\w+)\s+saat(?:iyle|i\s+ile|le)\b|\bTSİ\b",
    "el": r"τοπική\s+ώρα|ώρα\s+[Α-ΩΆ-Ώ]\w+",
    "ro": r"\bora\s+(?:locală|României|[A-ZĂÂÎȘȚ]\w+ului|[A-ZĂÂÎȘȚ]\w+ei)\b",
    "ar": r"ب(?:ال)?توقيت\s+\w+",
    "zh": r"(?:当地|當地|本地|北京|台北|香港|东部|東部|西部|中部|格林尼治|格林威治"
    r"|协调世界|世界協調)(?:时间|時間)",
    "ja": r"(?:現地|日本|米東部|米国東部|東部|西部|中部)(?:時間|時刻)",
    "ko": r"(?:현지|한국|동부|서부|중부)\s?시간",
}


def zone_told(sentence: str, start: int, end: int, language: str) -> bool:
    """Whether ``sentence`` names a time zone or the place's local time beside its date
    phrase at ``start``:``end`` (see the module docstring); offsets outside it name none."""
    if not 0 <= start < end <= len(sentence):
        return False
    after, before = (CJK_AFTER, CJK_BEFORE) if language in _CJK else (AFTER, BEFORE)
    lo, hi = max(0, start - before), min(len(sentence), end + after)
    around = sentence[lo:start] + " " + sentence[start:hi]
    if _abbreviated(around):
        return True
    if language == "en" and any(
        m["name"].casefold() in _EN_ZONE_WORDS or (m["name"][0].isupper() and is_place(m["name"]))
        for m in _EN_ZONE.finditer(around)
    ):
        return True
    pattern = _local(language)
    return pattern is not None and pattern.search(around) is not None


def one_apart(a: dt.date, b: dt.date) -> bool:
    """Two days a time zone can tell apart: one day between them."""
    return abs((a - b).days) == 1


@cache
def _local(language: str) -> re.Pattern[str] | None:
    source = _LOCAL.get(language)
    return re.compile(source) if source else None


def _abbreviated(text: str) -> bool:
    """A zone's abbreviation where no other word stands: "(JST)", "22:00 GMT", "10 p.m. EST",
    "UTC+8"."""
    return _abbreviation_pattern().search(text) is not None


@cache
def _abbreviation_pattern() -> re.Pattern[str]:
    names = "|".join(sorted(_abbreviations(), key=len, reverse=True))
    return re.compile(
        rf"\((?:{names})(?:\s?[+−-]\s?\d{{1,2}})?\)"
        rf"|(?:\d|[ap]\.?m\.?|[ap]m)\s*(?:{names})\b"
        rf"|\b(?:UTC|GMT)\s?[+−-]\s?\d"
    )


def zone_abbreviations() -> frozenset[str]:
    """Every alphabetic abbreviation of a time zone (:func:`_abbreviations`): no agency's."""
    return _abbreviations()


@cache
def _abbreviations() -> frozenset[str]:
    """The time zone database's alphabetic abbreviations ("JST", "CET", "MSK"), in winter and
    in summer, and the United States' short ones newspapers write ("ET", "PT")."""
    found = {"ET", "PT", "CT", "MT", "UTC", "GMT", "MEZ", "MESZ"}
    for name in zoneinfo.available_timezones():
        try:
            zone = zoneinfo.ZoneInfo(name)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
            continue
        for month in (1, 7):
            told = dt.datetime(2024, month, 1, tzinfo=zone).tzname()
            if told and told.isalpha() and told.isupper():
                found.add(told)
    return frozenset(found)
