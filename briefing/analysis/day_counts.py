"""Counts of days since a start: "738 Tage in Geiselhaft", "738 días", "dopo 736 giorni",
"۷۸۳ روز اسارت", "被俘第738天".

A span of days is otherwise compared only within one language and when it says what it
measures ("three days *of mourning*", :mod:`.span_keys`): a bare "five days" is a deadline, a
sentence or an age as often as the story's own span. A count of days written to the day in
the hundreds is none of those: nobody rounds a deadline to 738, and a writer counts days that
precisely only from a dated start to the day they write of (the days a hostage was held, a
war has lasted, a siege went on). Like an exact large count (:mod:`.precise`) it says by its
value what it counts, so it is compared in every language with no word translated: the unit
is named by CLDR in each language ("Tage", "días", "giorni", "روز", and "天" / "日" written
onto the number in Chinese and Japanese).

What keeps this precise:

- only day counts of at least :data:`LEAST_VALUE` written in digits with at least
  :data:`LEAST_DIGITS` significant digits (738, not 700 or "hundreds of days"), unhedged and
  not a range; a year's length (365, 366) is a year, not a count ("365 days a year");
- two such counts are one count only within :data:`MOST_SHARE` of each other (a day or two
  miscounted, two digits swapped: 738 / 783), and only from articles of one day of
  publication (a day later the count rightly grows by one);
- one article giving two of them shows two spans; more than three values are not one count.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from briefing.analysis.figure_model import Figure
from briefing.analysis.model import Discrepancy, Quote
from briefing.analysis.precise import Dated, judge_precise
from briefing.analysis.sentence_numbers import numbers_in
from briefing.analysis.text import WORD
from briefing.analysis.unit_names_in import may_name
from briefing.analysis.units import unit_names

#: The first part of a day count's key (the value is the key, as for :mod:`.precise`).
DAY_COUNT = "days since"
#: A day count is at least this large…
LEAST_VALUE = 100
#: …and written with at least this many significant digits (738, not 700).
LEAST_DIGITS = 3
#: Two day counts further apart than this share of the larger are two spans.
MOST_SHARE = 0.1
#: The lengths of a year: "365 days" is a year.
_YEAR_LENGTHS = frozenset({365.0, 366.0})
#: Languages that write the day unit onto the number, with no space ("738天", "738日間").
_UNSPACED = frozenset({"zh", "ja"})
_DAY = "duration-day"
_THREE_DIGITS = re.compile(r"\d{3}")


def day_counts(text: str, language: str, quote: Quote) -> list[Figure]:
    """The day counts of one sentence (module doc), keyed ``(DAY_COUNT, "")``."""
    if _THREE_DIGITS.search(text) is None:
        return []  # most sentences: no number of three digits, so no count of days to read
    if language in _UNSPACED:
        return _unspaced(text, language, quote)
    if not may_name(text, _DAY, language):
        return []  # most sentences with three digits: a year, a sum, no count of days
    names = unit_names(language)
    found = []
    for number in numbers_in(text, language):
        if number.in_words or number.qualifier or number.low is not None:
            continue
        if not _exact(number.value):
            continue
        after = WORD.search(text, number.end, number.end + 30)
        if after is None or text[number.end : after.start()].strip(" \u00a0\u202f"):
            continue
        if names.get(after.group().casefold()) != _DAY:
            continue
        shown = text[number.start : after.end()]
        found.append(Figure((DAY_COUNT, ""), None, number.value, number.value, shown, quote))
    return found


def _exact(value: float) -> bool:
    """A count of days precise to the day, in the hundreds or more (module doc)."""
    if not value.is_integer() or value < LEAST_VALUE or value in _YEAR_LENGTHS:
        return False
    return len(str(int(value)).rstrip("0")) >= LEAST_DIGITS


def _unspaced(text: str, language: str, quote: Quote) -> list[Figure]:
    found = []
    for match in _unspaced_pattern(language).finditer(text):
        value = float(int(match["digits"]))
        if _exact(value):
            found.append(Figure((DAY_COUNT, ""), None, value, value, match.group(), quote))
    return found


@cache
def _unspaced_pattern(language: str) -> re.Pattern[str]:
    """Digits right before CLDR's name of the day unit in ``language`` ("{0}天", "{0} 日"),
    not part of a longer number, nor a date's year or month before it ("2025年10月13日": a
    day of the month is below :data:`LEAST_VALUE` anyway)."""
    from babel import Locale

    names: set[str] = set()
    for width in Locale.parse(language)._data["unit_patterns"].get(_DAY, {}).values():
        for form, pattern in dict(width).items():
            if form != "per" and pattern.startswith("{0}"):
                names.add(pattern[3:].strip())
    body = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True) if n) or "(?!)"
    return re.compile(rf"(?<![\d.,，．])(?P<digits>\d+)\s?(?:{body})")


def judge_day_counts(figures: Sequence[Figure], articles: Sequence[Dated]) -> list[Discrepancy]:
    """Day counts of two or more articles within :data:`MOST_SHARE` of each other that
    differ: one flag per cluster (:func:`.precise.judge_precise`'s rules, at this share)."""
    return judge_precise(
        figures,
        articles,
        share=MOST_SHARE,
        subject="how many days: a count of days the sources give differently",
        note="exact counts of days, within a tenth of each other: one span, reported differently",
    )
