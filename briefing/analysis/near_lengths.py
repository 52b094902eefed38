"""Precise lengths a hair apart: one measurement of one named thing, whatever word it measures.

A measurement is keyed by the word it measures (:mod:`.measures`): "the Glória funicular is
only 265 meters long" measures the *funicular*, "the Gloria Funicular … carries passengers up
the steep 275-metre route" the *route*, and nothing says the two words name one length. But a
length written to three significant digits or more says what it measures by its value almost
as much as by its word: two lengths of one named thing that land within a twentieth of each
other at that precision are one length reported twice, and they disagree. So, within one
language (the name is written alike), two such lengths are one quantity when:

- both are plain values in one dimension (no hedge, no bound, no range: "about 270 m" may be
  either), each written with :data:`LEAST_DIGITS` significant digits or more ("265", "1,182";
  never a round "200", "1,000");
- they are apart, and within :data:`MOST_SHARE` of the larger (265 / 275; not 265 / 1,182);
- their sentences share a capitalised name other than their first word ("Glória" / "Gloria",
  accents folded): the same named thing;
- they are not already compared under one key.

The adjective form "a 275-metre route" is read here too (:func:`hyphenated`): the unit after
a hyphen measures the noun that follows it. The group is then judged like any figure's
(:mod:`.figures`): a source giving both values shows two lengths, and is silent.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from briefing.analysis.days import Day
from briefing.analysis.figure_model import Figure
from briefing.analysis.inflection import folded
from briefing.analysis.measures import base_unit, in_base
from briefing.analysis.model import Quote
from briefing.analysis.numbers import Number, interval
from briefing.analysis.stems import stem_word
from briefing.analysis.text import capitalised_words
from briefing.analysis.units import unit_after

#: Significant digits a length is written with to be compared by its value.
LEAST_DIGITS = 3
#: Two lengths further apart than this share of the larger are two lengths.
MOST_SHARE = 0.05
_NEXT_WORD = re.compile(r"[ \u00a0]+([^\W\d_][\w'’]*)")


def hyphenated(
    text: str, number: Number, language: str, day: Day | None, quote: Quote,
    places: frozenset[str], reported: dt.date | None,
) -> list[Figure]:  # fmt: skip
    """The length of "a 275-metre route", "a 50-metre high section": a unit of length right
    after the number and a hyphen measures the word after it; nothing for any other word after
    a hyphen ("three-day", "24/7") or a unit with no word after it."""
    if text[number.end : number.end + 1] != "-" or number.in_words or number.low is not None:
        return []
    unit = unit_after(text, number.end + 1, language)
    if unit is None or base_unit(unit.id) != "length-meter":
        return []
    following = _NEXT_WORD.match(text, unit.end)
    if following is None or not following.group(1).islower():
        return []
    what = following.group(1)
    low, high = in_base(unit.id, *interval(number.value, number), number)
    key = (language, f"length-meter {stem_word(what, language)}")
    shown = f"{number.written}-{unit.written} {what}"
    return [Figure(key, day, low, high, shown, quote, places, unit.written, measure=True,
                   what=what, reported=reported)]  # fmt: skip


def near_lengths(figures: Sequence[Figure]) -> list[list[Figure]]:
    """Groups of precise lengths of one named thing under different keys (module doc)."""
    candidates = [f for f in figures if _precise(f)]
    names = [_names(f.quote.text) for f in candidates]
    parent = list(range(len(candidates)))

    def root(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    vetoed: set[str] = set()  # a source giving two such lengths: two lengths
    for i, a in enumerate(candidates):
        for j in range(i + 1, len(candidates)):
            b = candidates[j]
            if a.key[0] != b.key[0] or _base(a) != _base(b) or not names[i] & names[j]:
                continue
            if max(a.low, b.low) <= min(a.high, b.high):
                continue  # one value
            if min(a.high, b.high) < (1 - MOST_SHARE) * max(a.low, b.low):
                continue  # too far apart to be one length
            if a.quote.article_id == b.quote.article_id:
                vetoed.add(a.quote.article_id)
            elif a.key != b.key:  # under one key they are compared already
                parent[root(j)] = root(i)
    groups: dict[int, list[Figure]] = {}
    for i, figure in enumerate(candidates):
        groups.setdefault(root(i), []).append(figure)
    return [
        g
        for g in groups.values()
        if len(g) > 1 and not any(f.quote.article_id in vetoed for f in g)
    ]


def _precise(figure: Figure) -> bool:
    if not figure.measure or figure.bound or figure.ranged or not _base(figure):
        return False
    digits = re.search(r"\d[\d.,\u00a0\u202f ]*", figure.value)
    if digits is None or re.search(r"[.,]\d{1,2}$", digits.group().strip()):
        return False  # no number, or a decimal ("4.5 km" is written to its own precision)
    bare = re.sub(r"\D", "", digits.group()).rstrip("0")
    return len(bare) >= LEAST_DIGITS


def _base(figure: Figure) -> str:
    base = figure.key[1].split(" ", 1)[0]
    return base if base.startswith("length-") else ""


def _names(text: str) -> frozenset[str]:
    """The folded capitalised words of a sentence but its first."""
    return frozenset(folded(w) for start, _, w in capitalised_words(text) if start > 0)
