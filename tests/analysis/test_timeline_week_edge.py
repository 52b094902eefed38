"""Issue 12: a weekday three days ahead of the article's day, with no tense to tell it from
the one four days before, is left unplaced rather than put on the day to come. Written
fixture text only, with look-alikes that must still be placed."""

from __future__ import annotations

import datetime as dt

from analysis.builders import make_article

from briefing.analysis import extract_timeline

SUNDAY = dt.date(2031, 5, 4)


def _placed(text: str) -> list[tuple[str, dt.date | None]]:
    return [(e.phrase, e.date) for e in extract_timeline([make_article("a", text, date=SUNDAY)])]


def test_an_unmarked_weekday_at_the_week_s_edge_is_not_placed() -> None:
    # "broke" carries no tense cue the reader knows: Wednesday may be 30 April or 7 May.
    assert _placed("The fire that broke out on Wednesday spread fast.") == [("on Wednesday", None)]


def test_a_marked_or_nearer_weekday_is_still_placed() -> None:
    assert _placed("The vote will be held on Wednesday.") == [("on Wednesday", dt.date(2031, 5, 7))]
    assert _placed("The fire started on Wednesday.") == [("on Wednesday", dt.date(2031, 4, 30))]
    # Three days back and two days back: nearer than the day ahead, as before.
    assert _placed("The fire spread on Thursday.") == [("on Thursday", dt.date(2031, 5, 1))]
    assert _placed("Crews came on Friday.") == [("on Friday", dt.date(2031, 5, 2))]
    assert _placed("Crews come on Tuesday.") == [("on Tuesday", dt.date(2031, 5, 6))]
