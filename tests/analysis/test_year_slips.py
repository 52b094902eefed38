"""The main event's day and month written with a year still to come (year_slips). Written
fixtures: the ferry that capsized on Thursday 12 March 2026 (analysis.ferry_fixtures); the
look-alikes are a past anniversary, a year written by an article that also dates the act,
a day and month that are not the main day's, an undated article, and a year no text writes."""

from __future__ import annotations

import dataclasses
import datetime as dt

from analysis.ferry_fixtures import THURSDAY
from analysis.ferry_fixtures import ferry_story as _story
from analysis.ferry_fixtures import in_language as _in

from briefing.analysis import find_discrepancies
from briefing.model import Article


def _years(articles: list[Article]) -> list[dict[str, tuple[str, ...]]]:
    return [
        {c.value: c.article_ids for c in d.claims}
        for d in find_discrepancies(articles)
        if d.subject == "the main event's year"
    ]


def test_a_caption_dating_the_act_two_years_after_its_writing_is_flagged() -> None:
    caption = _in(
        "fr", "d", "Des secours près du ferry chaviré au port le 12 mars 2028 AFP", THURSDAY
    )
    assert _years([*_story(), caption]) == [
        {"Thursday 12 March 2026": ("a", "b", "c"), "Sunday 12 March 2028": ("d",)}
    ]
    # an article known only by its month: written by the end of March 2026 at the latest
    monthly = dataclasses.replace(caption, date=dt.date(2026, 3, 1), date_precision="month")
    assert len(_years([*_story(), monthly])) == 1


def test_look_alikes_are_not_flagged() -> None:
    # a year gone by: a past anniversary, told as history
    past = _in("en", "d", "A ferry also capsized here on 12 March 2024, officials said.", THURSDAY)
    # the article dates the act itself: its own two years contradict no other source
    both = _in(
        "en",
        "e",
        "The ferry capsized on Thursday. A photo dated 12 March 2028 shows the harbour.",
        THURSDAY,
    )
    # another day and month, a year too far, an undated article
    other_day = _in("fr", "f", "Le ferry a chaviré au port le 14 mars 2028.", THURSDAY)
    far = _in("fr", "g", "Le ferry a chaviré au port le 12 mars 2036.", THURSDAY)
    undated = _in("fr", "h", "Le ferry a chaviré au port le 12 mars 2028.")
    # no year written: the nearest year to a copy stamped in November is one still to come,
    # but the writer typed no year to slip (the timeline worked it out)
    copied = _in("fr", "i", "Le ferry a chaviré au port le 12 mars.", dt.date(2026, 11, 27))
    for article in (past, both, other_day, far, undated, copied):
        assert _years([*_story(), article]) == [], article.id
    # no main day: a story of two articles
    caption = _in("fr", "d", "Le ferry chaviré au port le 12 mars 2028 AFP", THURSDAY)
    assert _years([*_story()[:2], caption]) == []
