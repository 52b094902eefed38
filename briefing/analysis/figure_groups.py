"""Which figures are compared with which: one group per day and per named place.

A count on another day ("the first round on 4 May") or for another place ("900 in Turkey"
inside "1,200 in Turkey and Syria") is no rival of the story's figure; the judging in
:mod:`briefing.analysis.figures` compares the figures of one group only. Kept apart from it
for size: the grouping is a rule of its own, tested through the judging.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from briefing.analysis.figure_reading import Figure
from briefing.analysis.units import ONE_THING

__all__ = ["STORY_DAY_SLACK", "by_day", "by_place"]

#: Days from the story's day within which a dated figure still speaks of the story's day.
STORY_DAY_SLACK = 1


def by_day(figures: list[Figure], main_day: dt.date | None = None) -> list[list[Figure]]:
    """Figures per day; undated ones join the only day, else stay with each other.

    An undated figure is told of the day its article is about, which is the story's day in
    a packet about one event: when the only dated figure speaks of another day ("in the first
    round on 4 May" in a packet about the runoff of 18 May, "the quake of 1999"), the undated
    ones are not joined to it."""
    dated: dict[tuple[int, int], list[Figure]] = defaultdict(list)
    undated: list[Figure] = []
    for figure in figures:
        if figure.day is None:
            undated.append(figure)
        else:
            dated[(figure.day.month, figure.day.day)].append(figure)
    if len(dated) == 1:
        ((month, day), only) = next(iter(dated.items()))
        if main_day is not None and undated and not _near_story_day(month, day, main_day):
            return [only, undated]
        return [only + undated]
    return [*dated.values(), undated] if dated else [undated]


def _near_story_day(month: int, day: int, main_day: dt.date) -> bool:
    """Whether day ``day`` of ``month`` (of the story's year, or the ones beside it) lies
    within :data:`STORY_DAY_SLACK` days of ``main_day``."""
    for year in (main_day.year - 1, main_day.year, main_day.year + 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if abs((candidate - main_day).days) <= STORY_DAY_SLACK:
            return True
    return False


def by_place(figures: list[Figure]) -> list[list[Figure]]:
    """Figures per named place; unplaced ones join the only named place, else stay apart.

    A count adds up over places ("900 in Turkey" is part of "1,200 in Turkey and Syria"), so
    counts are compared only for the same places. A measurement does not (a quake has one
    depth): measurements whose places overlap ("near Gaziantep" / "in Turkey's Gaziantep
    province") are of one place.
    """
    named: dict[frozenset[str], list[Figure]] = defaultdict(list)
    unplaced: list[Figure] = []
    for figure in figures:
        # A light year measures no distance on Earth: the places of its sentence ("the
        # conferences in Brussels and Tokyo") do not say where it is measured.
        placed = figure.places and figure.key[1] not in ONE_THING
        (named[figure.places] if placed else unplaced).append(figure)
    if named and all(f.measure for f in figures):
        named = _overlapping(named)
    if not named:
        return [unplaced]
    if len(named) == 1:
        next(iter(named.values())).extend(unplaced)
        return list(named.values())
    return [*named.values(), unplaced]


def _overlapping(
    named: dict[frozenset[str], list[Figure]],
) -> dict[frozenset[str], list[Figure]]:
    """Groups of place sets joined while any two share a place."""
    merged: list[tuple[set[str], list[Figure]]] = []
    for places, members in named.items():
        joined = (set(places), list(members))
        for other in [m for m in merged if m[0] & places]:
            merged.remove(other)
            joined[0].update(other[0])
            joined[1].extend(other[1])
        merged.append(joined)
    return {frozenset(places): members for places, members in merged}
