"""An earlier act like the story's, dated to two adjacent days by two sources. Written
fixtures (no article text): a ferry capsized on Thursday 12 March 2026; sources recall the
last ferry that capsized in the strait, weeks before. Look-alikes: days further apart, one
source giving both days, a date with no act's word, the date of another thing in the same
sentence."""

from __future__ import annotations

import dataclasses
import datetime as dt

from analysis.builders import make_article

from briefing.analysis import Discrepancy, find_discrepancies
from briefing.model import Article

THURSDAY = dt.date(2026, 3, 12)
SUBJECT = "the day of an earlier act like the story's"


def _in(language: str, article_id: str, text: str, date: dt.date | None = None) -> Article:
    return dataclasses.replace(make_article(article_id, text, date=date), language=language)


def _story() -> list[Article]:
    """Four articles date the capsizing to Thursday; "capsized" is written there twice."""
    return [
        _in("en", "a", "A ferry capsized on Thursday near the harbour, killing nine.", THURSDAY),
        _in("en", "b", "The ferry capsized on Thursday in a storm.", THURSDAY),
        _in("fr", "c", "Le ferry a chaviré jeudi près du port.", THURSDAY),
        _in("de", "d", "Die Fähre kenterte am Donnerstag vor dem Hafen.", THURSDAY),
    ]


def _earlier(*articles: Article) -> list[Discrepancy]:
    found = find_discrepancies([*_story(), *articles])
    return [d for d in found if d.subject == SUBJECT]


def test_the_last_act_dated_to_two_adjacent_days_disagrees() -> None:
    x = _in("en", "x", "Another ferry capsized in the strait on 20 February.", THURSDAY)
    y = _in("en", "y", "The last ferry to capsize there sank on February 21, officials said.")
    (found,) = _earlier(x, y)
    claims = {c.value: c.article_ids for c in found.claims}
    assert claims == {"Friday 20 February 2026": ("x",), "Saturday 21 February 2026": ("y",)}


def test_days_further_apart_are_two_acts() -> None:
    x = _in("en", "x", "Another ferry capsized in the strait on 20 February.", THURSDAY)
    y = _in("en", "y", "A ferry capsized there on 23 February, officials said.", THURSDAY)
    assert _earlier(x, y) == []


def test_one_source_giving_both_days_shows_two_acts() -> None:
    x = _in("en", "x", "A ferry capsized on 20 February. A barge capsized on 21 February.")
    y = _in("en", "y", "Another ferry capsized in the strait on 21 February.", THURSDAY)
    assert _earlier(x, y) == []


def test_a_date_without_the_acts_word_is_not_the_acts_day() -> None:
    x = _in("en", "x", "Another ferry capsized in the strait on 20 February.", THURSDAY)
    y = _in("en", "y", "The harbour reopened to traffic on 21 February.", THURSDAY)
    assert _earlier(x, y) == []


def test_only_the_date_nearest_the_acts_word_is_bound() -> None:
    # "19 February" is the pilots' strike, "21 February" the capsizing: one flag, 20 / 21.
    x = _in("en", "x", "Pilots struck on 19 February; weeks ago a ferry capsized on 21 February.")
    y = _in("en", "y", "Another ferry capsized in the strait on 20 February.", THURSDAY)
    (found,) = _earlier(x, y)
    assert {c.value for c in found.claims} == {
        "Friday 20 February 2026",
        "Saturday 21 February 2026",
    }
    # Within the story's days the main day's rules speak, not these.
    z = _in("en", "z", "Another ferry capsized in the strait on 10 March.", THURSDAY)
    w = _in("en", "w", "A ferry capsized there on 11 March, officials said.", THURSDAY)
    assert _earlier(z, w) == []
