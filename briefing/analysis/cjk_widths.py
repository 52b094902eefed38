"""A width told in Chinese, Japanese or Korean: "幅3・2メートル", "5m 너비", "宽4米".

:mod:`.measures` keys a length by what it measures, read from the words around it in a
language that spaces its words ("a street four metres wide"); these three scripts write the
dimension as a noun glued to the number — before it ("幅3・2メートル", "폭 5m", "宽4米") or,
in Korean, after its unit ("5m 너비") — and no reader took them, so two outlets giving one
alley, road or gap two widths never met. The noun is the dimension's own word in each
language (幅/横幅, 너비/폭, 宽/寬/宽度/寬度): one quantity whatever the language, so a width
here is keyed once for the three languages, as :mod:`.guests` keys one role in every
language. Which thing is that wide the sentence does not say in a form the key can hold, so
the figures' own gates decide (values within twice of each other; a rounding or a
hedge that overlaps is no contradiction). A width is a lasting property of a thing, not a
count of a day: the day the sentence speaks of (often the report's, "31일 현장은 …") is not
kept, so one alley's width told on the night and two days later is compared once.

Read only with a length unit straight after the number (metres, centimetres, kilometres), so
"幅広い" (wide-ranging), "폭발" (explosion), "폭우" (downpour) and a width in words are not
read; Japanese "・" between digits is its decimal point ("3・2" is 3.2). A length with another
dimension word ("長さ40メートル", "길이 50m", "深度10公里") is no width and stays unread.
"""

from __future__ import annotations

import re

from briefing.analysis.crosscounts import ANY_LANGUAGE
from briefing.analysis.distances import KILOMETRES
from briefing.analysis.figure_model import Figure
from briefing.analysis.measure_precision import claimed
from briefing.analysis.model import Quote
from briefing.analysis.numbers import Number

#: The key of every width, whatever its language.
WIDTH_KEY = (ANY_LANGUAGE, "width")
_NUMBER = r"(?P<q>約|约|大约|およそ|약\s?)?(?P<n>\d+(?:[.・．]\d+)?)"
#: Each language's length units, to their CLDR unit (the keys of :data:`.distances.KILOMETRES`).
_UNITS = {
    "メートル": "length-meter",
    "センチ": "length-centimeter",
    "キロメートル": "length-kilometer",
    "미터": "length-meter",
    "센티미터": "length-centimeter",
    "킬로미터": "length-kilometer",
    "米": "length-meter",
    "公尺": "length-meter",
    "厘米": "length-centimeter",
    "公分": "length-centimeter",
    "公里": "length-kilometer",
    "m": "length-meter",
    "cm": "length-centimeter",
    "km": "length-kilometer",
}
_UNIT = (
    r"(?P<unit>キロメートル|メートル|センチ|킬로미터|센티미터|미터|公里|公尺|厘米|公分|米|km|cm|m)"
    r"(?![a-zA-Z])"
)
_PATTERNS = {
    "ja": [re.compile(r"(?:横幅|幅)(?:は|が)?" + _NUMBER + r"\s?" + _UNIT)],
    "zh": [re.compile(r"(?:宽度|寬度|宽|寬)(?:为|為|达|達)?" + _NUMBER + r"\s?" + _UNIT)],
    "ko": [
        re.compile(r"(?:너비|폭(?![가-힣]))(?:는|가)?\s?" + _NUMBER + r"\s?" + _UNIT),
        re.compile(_NUMBER + r"\s?" + _UNIT + r"\s?(?:너비|폭(?![가-힣]|의))"),
    ],
}
#: The hedges that make a width "about" it.
_QUALIFIED = {"約", "约", "大约", "およそ", "약"}


def cjk_widths(text: str, language: str, quote: Quote) -> list[Figure]:
    """Each width the sentence states in Chinese, Japanese or Korean, undated (module doc)."""
    patterns = _PATTERNS.get(language.split("-")[0], [])
    found: list[Figure] = []
    seen: set[int] = set()
    for pattern in patterns:
        for match in pattern.finditer(text):
            if match.start("n") in seen:
                continue
            seen.add(match.start("n"))
            written = match.group("n")
            value = float(re.sub(r"[・．]", ".", written))
            hedge = (match.group("q") or "").strip()
            number = Number(
                match.start("n"), match.end("n"), value, written, False,
                "about" if hedge in _QUALIFIED else None, None,
            )  # fmt: skip
            low, high = claimed(number)  # as every property measure (.measure_precision)
            factor = KILOMETRES[_UNITS[match.group("unit")]] * 1e3  # compared in metres
            # to nine figures, as every property measure: one value in two scripts shown once
            low, high = (float(f"{v * factor:.9g}") for v in (low, high))
            shown = text[match.start("q") if hedge else match.start("n") : match.end("unit")]
            found.append(
                Figure(
                    WIDTH_KEY, None, low, high, shown, quote,
                    noun=match.group("unit"), measure=True, what="width",
                )
            )  # fmt: skip
    return found
