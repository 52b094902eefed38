"""Figures in a unit of one thing written in Chinese, Japanese or Korean: "5500万光年",
"5,500万光年", "약 5500만 광년".

:mod:`.counted_noun` reads "55 million light years" in every spaced language and keys it by
its unit alone, since a light year measures one thing (:data:`.units.ONE_THING`). These
languages write the number onto its scale character (万 / 萬 / 만, 亿 / 億 / 억) and the unit,
with no space to find the words by, so the word-by-word reader sees no number there, as
:mod:`.cjk_counts` found for counts. The unit's names are CLDR's for the language (光年,
광년; :func:`.units.unit_names`), not a list of ours; the hedges are these languages' "about"
and "nearly", as the other CJK readers read them.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from briefing.analysis.crosscounts import ANY_LANGUAGE
from briefing.analysis.days import Day
from briefing.analysis.figure_model import Figure
from briefing.analysis.model import Quote
from briefing.analysis.number_intervals import scaled_interval
from briefing.analysis.numbers import Number
from briefing.analysis.units import ONE_THING, unit_names

_LANGUAGES = frozenset({"zh", "ja", "ko"})
_SCALES = {"万": 1e4, "萬": 1e4, "만": 1e4, "亿": 1e8, "億": 1e8, "억": 1e8}
#: The hedges before the number: "about" and "nearly" (约 / 約 / 大约 / およそ / 약; 近).
_HEDGES = {"约": "about", "約": "about", "大约": "about", "大約": "about", "およそ": "about",
           "약": "about", "近": "nearly"}  # fmt: skip


@cache
def _pattern(language: str) -> re.Pattern[str] | None:
    names = {n: u for n, u in unit_names(language).items() if u in ONE_THING}
    if not names:
        return None
    hedges = "|".join(sorted(_HEDGES, key=len, reverse=True))
    units = "|".join(sorted(map(re.escape, names), key=len, reverse=True))
    return re.compile(
        rf"(?P<q>{hedges})?\s?(?<![\d.,])(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?)"
        rf"(?P<s>[万萬만亿億억])?\s?(?P<u>{units})"
    )


def cjk_units(text: str, language: str, day: Day | None, quote: Quote) -> list[Figure]:
    """Each figure of ``text`` in a unit of one thing, keyed by the unit in every language."""
    language = language.split("-")[0]
    if language not in _LANGUAGES:
        return []
    pattern = _pattern(language)
    if pattern is None:
        return []
    names = unit_names(language)
    found = []
    for match in pattern.finditer(text):
        digits = match.group("n").replace(",", "")
        hedge = match.group("q") or ""
        number = Number(match.start("n"), match.end("n"), float(digits), digits, False,
                        _HEDGES.get(hedge))  # fmt: skip
        scale = _SCALES.get(match.group("s") or "", 1.0)
        low, high = (bound * scale for bound in scaled_interval(number))
        unit = names[match.group("u")]
        shown = match.group().strip()
        figure = Figure((ANY_LANGUAGE, unit), day, low, high, shown, quote, noun=match.group("u"))
        found.append(replace(figure, measure=True))
    return found
