"""A name a distance or a bearing is measured from is a place: "20 km northeast of Trelbovo".

A village too small for any table (:mod:`.local_towns` stops at 15,000 people) reads as a body
when it is written alone and capitalised. But a seismic agency or a news report locates an
event from the nearest settlement: "13 miles northeast of X", "à 20 km au nord-est de X", "a
20 km al noreste de X", "nordöstlich von X", "в 20 км к северо-востоку от X", "X의
북동쪽", "X에서 북동쪽으로", "Xの東北東24キロ", "X东北东处". A body is never the point a
bearing is taken from, so such a use says the name is a place (a :func:`.place_nouns.use_kind`
verdict, weighed there with the name's other uses).

Closed grammar only: the compass points and the units of length of the languages the packets
are written in, and the preposition or particle that says "of" or "from" for a bearing.
A bearing alone ("northeast of X") is enough; "from" needs a distance before it ("20 km from
X"), since "from X" is said of bodies too ("a letter from X"). A capitalised compass word
opens a name of its own ("East of England", "Nord de France"): only lower-case ones count.
"""

from __future__ import annotations

import re

_POINTS_EN = r"(?:north|south|east|west)(?:-?(?:north|south|east|west)){0,2}"
_POINTS_FR = r"(?:nord|sud|est|ouest)(?:-(?:nord|sud|est|ouest)){0,2}"
_POINTS_ES = r"(?:norte|sur|este|oeste|noreste|noroeste|sureste|suroeste|nordeste|sudeste|sudoeste)"
_POINTS_IT = r"(?:nord|sud|est|ovest)(?:-?(?:nord|sud|est|ovest))?"
_POINTS_PT = r"(?:norte|sul|leste|oeste|nordeste|noroeste|sudeste|sudoeste)"
_POINTS_DE = r"(?:nord|süd)?(?:nörd|süd|öst|west)lich"
_POINTS_RU = r"(?:северо-|юго-)?(?:северу|югу|востоку|западу)"
#: A distance in figures and its unit: "20 km", "13 miles", "24,5 километрах".
_DISTANCE = (
    r"\d[\d.,\u00a0]*\s*(?:km|kilomet(?:er|re)s?|kilomètres?|kilómetros?|chilometri"
    r"|quilômetros?|quilómetros?|kilometern?|miles?|км|километр\w*)"
)
#: The words right before a name measured from: a bearing and its "of", or a distance and
#: its "from". Case-sensitive: "East of England" is a name.
_BEFORE = re.compile(
    r"(?:"
    + rf"\b{_POINTS_EN}\s+of(?:\s+the)?"
    + rf"|\b(?:au|à\s+l['’])\s*{_POINTS_FR}\s+(?:de|du|des|de\s+la)"
    + rf"|\b(?:al|a)\s+{_POINTS_ES}\s+de(?:l)?"
    + rf"|\ba\s+{_POINTS_IT}\s+d(?:i|el|ella)"
    + rf"|\ba\s+{_POINTS_PT}\s+d[eoa]"
    + rf"|\b{_POINTS_DE}\s+von"
    + rf"|\bк\s+{_POINTS_RU}\s+от"
    + rf"|{_DISTANCE}\s+(?:from|von|от|de|da|di)"
    + r")\s+$"
)
#: Elided French "of": "au nord-est d'Ormes".
_BEFORE_ELIDED = re.compile(rf"\b(?:au|à\s+l['’])\s*{_POINTS_FR}\s+d['’]$")
#: What may stand between the name and a bearing written after it: its other spelling in
#: brackets ("ソンジペガム(Sungjibaegam)の"), or the rest of the bracket the name is in
#: ("(Sungjibaegam,音译)东北").
_BRACKET = r"(?:\s*[(（][^()（）]{0,40}[)）]|[^()（）\n]{0,8}[)）])?"
#: A bearing after the name: Japanese and Chinese "の" / "以" and the compass points
#: ("の東北東", "以北"), or the points and a noun of part or a figure ("东北东处", "北部",
#: "北20キロ"); not "約", "方" or "側" ("北約" is NATO, "東方" and "西側" the East and the
#: West); Korean "의" / "에서" and the points with "쪽" ("의 북동쪽", "에서 북동쪽으로"; not
#: "서방", the West).
_AFTER = re.compile(
    _BRACKET
    + r"(?:(?:の|以)[東西南北东]{1,3}"
    + r"|[東西南北东]{1,3}(?:[部處处]|\s*\d)"
    + r"|(?:의|에서)?\s*[북남동서]{1,3}쪽)"
)


def measured_from(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is the point a distance or a bearing is
    measured from (see the module's docstring)."""
    before = text[max(0, start - 60) : start]
    if _BEFORE.search(before) or _BEFORE_ELIDED.search(before):
        return True
    return _AFTER.match(text, end) is not None
