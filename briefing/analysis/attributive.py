"""Counts written as an adjective: "one of the 31-storey towers" against "each 32 storeys high".

A number joined by a hyphen to a noun that then qualifies another noun ("a 31-storey *tower*",
"a 15-member *jury*", "a 3-bedroom *flat*") counts that noun as surely as "32 storeys" does,
but of the thing it qualifies: the towers' storeys. Nothing in the word after the hyphen says
it is a noun, though ("a 150-strong force", "20-odd people"), so such a count is compared only
where a plain count of the same noun stands beside it, and only with plain counts whose own
sentence names the qualified thing too ("eight *towers*, each 32 storeys high"): a plain count
of the noun about something else ("the fire spread over 20 storeys") is another quantity.
Two adjectives alone ("a 10-point lead" / "a 12-point lead") are never compared.

Units are not read here ("a 275-metre route" is a length, :mod:`.near_lengths`; "a three-day
visit", "24-hour", "the 59-year-old": a duration or an age), nor a word that is itself joined
on ("year-old"), a number in words, a range or a model number ("787-8").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from briefing.analysis.days import Day
from briefing.analysis.figure_model import Figure
from briefing.analysis.model import Quote
from briefing.analysis.numbers import Number, interval
from briefing.analysis.stems import stem_word
from briefing.analysis.units import unit_after

#: The end of the key of a count written as an adjective: kept apart until :func:`joined`.
ATTRIBUTIVE = "attributive"
#: Shortest word read as the counted noun after the hyphen ("odd" in "20-odd" is too short).
_SHORTEST = 4
#: "-storey towers": the counted word, then the noun it qualifies.
_SHAPE = re.compile(r"-([^\W\d_]+)(?![\w\-’'])[ \u00a0]+([^\W\d_][\w’']*)")
_WORD = re.compile(r"[^\W\d_][\w'’\-]*")


def attributive_count(
    text: str, number: Number, language: str, day: Day | None, quote: Quote,
    places: frozenset[str], reported: dt.date | None,
) -> list[Figure]:  # fmt: skip
    """The count of "a 31-storey tower" (module doc), if the number is one."""
    if number.in_words or number.low is not None or number.value != int(number.value):
        return []  # a count is whole: "a 7.8-magnitude quake" measures, it counts nothing
    shape = _SHAPE.match(text, number.end)
    if shape is None:
        return []
    counted, qualified = shape.group(1), shape.group(2)
    if len(counted) < _SHORTEST or not counted.islower() or not qualified.islower():
        return []
    if unit_after(text, shape.start(1), language) is not None:
        return []  # "a 24-hour strike", "a three-day visit": a duration
    low, high = interval(number.value, number)
    key = (language, f"{stem_word(counted, language)} {ATTRIBUTIVE}")
    shown = f"{number.written}-{counted}"
    return [Figure(key, day, low, high, shown, quote, places, counted,
                   what=qualified, reported=reported)]  # fmt: skip


def joined(
    attributive: Iterable[Figure], groups: dict[tuple[str, str], list[Figure]]
) -> list[tuple[tuple[str, str], list[Figure]]]:
    """Each noun's adjective counts with the plain counts of that noun (``groups``, by key)
    whose sentences name the qualified thing; none where no such plain count is found."""
    by_key: dict[tuple[str, str], list[Figure]] = {}
    for figure in attributive:
        plain = (figure.key[0], figure.key[1].removesuffix(f" {ATTRIBUTIVE}"))
        by_key.setdefault(plain, []).append(figure)
    found = []
    for plain, adjectives in sorted(by_key.items()):
        # One group per noun, so that a source giving two values (its "31-storey" tower and
        # a plain "20 storeys" of the same tower) is seen as one source with two values.
        things = {stem_word(f.what, plain[0]) for f in adjectives}
        beside = [f for f in groups.get(plain, ()) if things & _stems(f.quote.text, plain[0])]
        if beside:
            found.append((plain, beside + adjectives))
    return found


def _stems(text: str, language: str) -> set[str]:
    return {stem_word(w, language) for w in _WORD.findall(text)}
