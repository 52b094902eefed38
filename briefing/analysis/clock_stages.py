"""Counts of two moments of one day: "105 cancellations by 14:30" and "400 by 19:00".

A count given with the time of day it stands at ("hasta las 14:30", "by 2:30 p.m.", "bis
14.30 Uhr", "à 14h30") is a stage of that count: a count of the morning and one of the
evening rightly differ, as tolls of two report days do (:mod:`.casualties`). The time is
written the same way in every language (:func:`.clocks.told_times`), so nothing here
depends on a language's words: two figures whose sentences each state a time of day, and no
time of one within :data:`STAGE_GAP` minutes of a time of the other, are of two moments and
never compared. Rivals of one moment stated with their times differ by minutes, not hours
(two clocks, two roundings: :mod:`.clocks` joins times up to five minutes apart), so a count
set beside a time an hour or more from the other's is left alone.
"""

from __future__ import annotations

from functools import lru_cache

from briefing.analysis.clocks import told_times

#: Times of day at least this many minutes apart are two moments of the day.
STAGE_GAP = 60


@lru_cache(maxsize=4096)
def stated_clocks(text: str, language: str) -> frozenset[int]:
    """The times of day ``text`` states, in minutes after midnight (hedged ones too: "gegen
    9:30 Uhr" still places the count in the morning)."""
    if not any(c.isdigit() for c in text):
        return frozenset()
    return frozenset(t.minutes for t in told_times(text, language))


def other_moments(a: frozenset[int], b: frozenset[int]) -> bool:
    """Whether two sentences' times of day (:func:`stated_clocks`) place them at two moments:
    both state a time, and none of one is within :data:`STAGE_GAP` minutes of one of the other."""
    return bool(a and b) and all(abs(x - y) >= STAGE_GAP for x in a for y in b)
