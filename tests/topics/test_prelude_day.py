"""The main event's name gives the act's day, not its prelude's (made-up packets, not the seeds).

A punctual act is named on the first day the articles date; when that day's sentences tell
the act as not done yet and a later day is dated by twice the articles, the later day is the
act's (briefing/topics/prelude_day.py). The brief's When line uses the same test.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from topics.helpers import article

from briefing.model import Article
from briefing.topics.story_days import story_days

FIRST, LAST = dt.date(2031, 2, 20), dt.date(2031, 3, 20)
MONDAY, TUESDAY = dt.date(2031, 3, 3), dt.date(2031, 3, 4)
HEADS = frozenset({"signed", "sank"})


def _dated(n: int, day: dt.date, text: str) -> Article:
    return replace(article(f"{n:03d}", text), title=f"Report {n}", date=day, language="en")


def test_a_preludes_day_gives_way_to_the_day_twice_the_articles_date_the_act_to() -> None:
    prelude = "The club says the pilot met its board on Monday to say he wanted to leave."
    done = "The pilot signed for Varnia Air on Tuesday after paying his release fee."
    articles = [_dated(0, MONDAY, prelude), _dated(1, MONDAY, prelude)]
    articles += [_dated(n, TUESDAY, done) for n in range(2, 6)]
    assert story_days(articles, FIRST, LAST, HEADS) == (TUESDAY, TUESDAY)
    # Not outnumbered two to one: the first day stands.
    assert story_days(articles[:5], FIRST, LAST, HEADS) == (MONDAY, MONDAY)


def test_a_crash_keeps_its_day_however_many_articles_date_the_aftermath() -> None:
    crash = "The ferry sank off Velmora on Monday, killing 12 people."
    mourning = "Velmora mourned the victims on Tuesday as divers searched the wreck."
    articles = [_dated(0, MONDAY, crash), _dated(1, MONDAY, crash)]
    articles += [_dated(n, TUESDAY, mourning) for n in range(2, 6)]
    assert story_days(articles, FIRST, LAST, HEADS) == (MONDAY, MONDAY)
