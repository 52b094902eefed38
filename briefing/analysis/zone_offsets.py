"""How far from UTC a clock is, when the text names it: "15:34 Uhr (MESZ)", "8:33 am Central
Daylight Time", "日本時間22時33分", "13:00 SEČ", "16:07 GMT".

One moment told on two clocks ("13:33 UTC" as "15:34 Uhr (MESZ)") can only be compared once
both are on one clock, and a zone must never be guessed (an outlet's country says nothing of
the clock it writes). So a name counts only when CLDR's time-zone names in the text's
language (Babel's ``meta_zones``: long and short, generic, standard and daylight) give it,
and only when it fixes one offset:

- a standard or daylight name ("MEZ", "MESZ", "Central Daylight Time", "JST") is the standard
  or summer offset of the zones that use it (the summer one among those that keep summer
  time: Algiers keeps Central European Time all year and says nothing of "MESZ");
- a generic name ("Mitteleuropäische Zeit", "日本時間", "SEČ", "Central Time") is read on the
  article's day, and only when every zone that uses the name has that one offset on that day
  (Chicago and Regina both say "Central Time" and differ in summer: no offset);
- a short name that CLDR gives as both generic and standard ("MEZ", "SEČ") is the standard
  clock (the summer one has its own: "MESZ", "SELČ");
- "UTC" and "GMT" are offset 0.

Data: Babel's CLDR tables and the standard library's ``zoneinfo`` (the IANA database).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel.core import get_global

from briefing.analysis.locales import locale_for

#: Names of offset 0 in every language.
_UTC = frozenset({"utc", "gmt"})


def zone_offset(name: str, language: str, day: dt.date | None) -> int | None:
    """Minutes east of UTC of the clock ``name`` names in ``language`` on ``day``, or None
    when CLDR does not name it or the name fixes no one offset (module docstring)."""
    name = name.strip()
    if name.casefold() in _UTC:
        return 0
    names = _names(language)
    kinds = names.get(name, names.get(name.casefold(), frozenset()))
    if len({metazone for metazone, _ in kinds}) != 1:
        return None  # unknown, or one name of two zones
    if len(kinds) > 1:  # "MEZ", "SEČ": generic and standard alike, so the standard clock
        kinds = frozenset(k for k in kinds if k[1] != "generic")
        if len(kinds) != 1:
            return None
    ((metazone, kind),) = kinds
    return _offset(metazone, kind, day)


def longest_zone(words: list[str], language: str, day: dt.date | None) -> int | None:
    """The offset of the longest run of ``words`` from their start that names a clock
    ("Central Daylight Time" before "Central"), or None."""
    for end in range(min(len(words), _MOST_WORDS), 0, -1):
        offset = zone_offset(" ".join(words[:end]), language, day)
        if offset is not None:
            return offset
    return None


#: The most words a zone's name has ("Nordamerikanische Zentral-Sommerzeit" is two).
_MOST_WORDS = 5


@cache
def _names(language: str) -> dict[str, frozenset[tuple[str, str]]]:
    """Each zone name of ``language`` → the (metazone, kind) pairs it names: long names
    folded ("central time"), short ones as written ("AT", "CT": in capitals only, since
    "at" is a word)."""
    found: dict[str, set[tuple[str, str]]] = defaultdict(set)
    locale = locale_for(language)
    if locale is None:
        return {}
    for metazone, forms in locale.meta_zones.items():
        for width in ("long", "short"):
            for kind, name in dict(forms.get(width, {})).items():
                if name and "∅" not in str(name):
                    key = str(name).casefold() if width == "long" else str(name)
                    found[key].add((metazone, kind))
    return {name: frozenset(kinds) for name, kinds in found.items()}


@cache
def _members(metazone: str) -> tuple[str, ...]:
    return tuple(sorted(tz for tz, zone in get_global("meta_zones").items() if zone == metazone))


def _offset(metazone: str, kind: str, day: dt.date | None) -> int | None:
    year = (day or dt.date.today()).year
    offsets: set[int] = set()
    for member in _members(metazone):
        try:
            zone = ZoneInfo(member)
        except (ZoneInfoNotFoundError, ValueError):
            continue
        winter, summer = (_minutes(zone, dt.date(year, m, 15)) for m in (1, 7))
        low, high = min(winter, summer), max(winter, summer)
        if kind == "standard":
            offsets.add(low)
        elif kind == "daylight":
            if low != high:
                offsets.add(high)
        elif day is not None:
            offsets.add(_minutes(zone, day))
        elif low == high:
            offsets.add(low)
        else:
            return None  # a generic name of a zone with summer time, and no day to read it
    return next(iter(offsets)) if len(offsets) == 1 else None


def _minutes(zone: ZoneInfo, day: dt.date) -> int:
    noon = dt.datetime(day.year, day.month, day.day, 12, tzinfo=zone)
    offset = noon.utcoffset()
    return int(offset.total_seconds() // 60) if offset is not None else 0
