"""Distances from a named place in Chinese, Japanese and Korean: "ソンジペガムの東北東24キロ
メートル", "성지배감에서 북동쪽으로 22km 떨어진", "吉州郡西北偏北方向44公里".

:mod:`.distances` reads "24 km east-northeast of X": a length, a direction and "of", then the
place. These languages put the place first, then its particle ("の", "에서"; none in Chinese),
then the direction and the length, with no space to find the words by. A length read here is
a distance only when a compass direction stands between the place and the number ("東北東",
"북동쪽으로", "西北偏北方向"): a length with no direction ("深さ10キロメートル", "깊이 10km",
"震源深度10公里") measures something else. Korean may drop the direction but then says "away"
after the length ("22km 떨어진"). A length in brackets after another ("24キロメートル(15マイル)")
follows no direction, so a conversion is never read as a second distance.

The place is the run of the script's letters before the particle or the direction, as written:
in Chinese that run may hold the words before the place ("震中为朝鲜咸镜北道吉州郡"), so which
place it names is settled later against the packet's topics, whose aliases join one place's
spellings across scripts (:mod:`.distance_topics`). Until then each is keyed within its
language by the run, as :mod:`.distances` keys a place that is no city name.
"""

from __future__ import annotations

import re

from briefing.analysis.days import Day
from briefing.analysis.distances import DISTANCE, KILOMETRES
from briefing.analysis.figure_model import Figure
from briefing.analysis.model import Quote
from briefing.analysis.numbers import Number, interval

_NUMBER = r"(?P<q>約|约|大约|およそ|약\s?)?(?P<n>\d+(?:\.\d+)?)"
#: Each language's unit names, to their CLDR unit (the keys of :data:`.distances.KILOMETRES`).
_UNITS = {
    "キロメートル": "length-kilometer",
    "キロ": "length-kilometer",
    "킬로미터": "length-kilometer",
    "公里": "length-kilometer",
    "千米": "length-kilometer",
    "km": "length-kilometer",
    "㎞": "length-kilometer",
    "マイル": "length-mile",
    "마일": "length-mile",
    "英里": "length-mile",
}
_UNIT = (
    r"(?P<unit>キロメートル|キロ(?![グトワリ])|킬로미터|公里|千米|km(?![a-z])|㎞|マイル|마일|英里)"
)
_PATTERNS = {
    "ja": re.compile(
        r"(?P<place>[\u30a1-\u30fa\u30fc\u4e00-\u9fff]{2,})(?:\([^()]{1,40}\))?の"
        r"(?:[東西南北]{1,3}(?:方向)?)(?:へ|に)?" + _NUMBER + _UNIT
    ),
    "ko": re.compile(
        r"(?P<place>[\uac00-\ud7a3]{2,})에서\s?"
        r"(?:(?P<dir>[동서남북]{1,3}(?:쪽|방향)?(?:으로)?)\s?)?"
        + _NUMBER
        + r"\s?"
        + _UNIT
        + r"(?P<away>\s?떨어)?"
    ),
    "zh": re.compile(
        r"(?P<place>[\u4e00-\u9fff]{2,}?)(?:的)?以?"
        r"(?:[东西南北東]{1,2}(?:偏[东西南北東]{1,2})?(?:方向|方|面|部)?)" + _NUMBER + _UNIT
    ),
}
#: The hedges that make a length "about" it.
_QUALIFIED = {"約", "约", "大约", "およそ", "약"}


def cjk_distances(text: str, language: str, day: Day | None, quote: Quote) -> list[Figure]:
    """Each distance from a named place the sentence states (module doc)."""
    pattern = _PATTERNS.get(language.split("-")[0])
    if pattern is None or not any(u in text for u in _UNITS):
        return []
    found = []
    for match in pattern.finditer(text):
        if language.startswith("ko") and not (match.group("dir") or match.group("away")):
            continue  # "성지배감에서 10km": no direction, not said to be away from it
        unit = _UNITS[match.group("unit")]
        value = float(match.group("n"))
        hedge = (match.group("q") or "").strip()
        number = Number(
            match.start("n"), match.end("n"), value, match.group("n"), False,
            "about" if hedge in _QUALIFIED else None, None,
        )  # fmt: skip
        low, high = interval(value, number)
        place = match.group("place")
        shown = text[match.start("q") if hedge else match.start("n") : match.end("unit")]
        found.append(
            Figure(
                (language.split("-")[0], f"{DISTANCE} {place}"), day,
                low * KILOMETRES[unit], high * KILOMETRES[unit], shown, quote,
                noun=match.group("unit"), measure=True, what=f"distance from {place}",
            )
        )  # fmt: skip
    return found
