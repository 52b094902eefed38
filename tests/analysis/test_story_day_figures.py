"""An undated figure speaks of the story's day: it is not set against the only dated figure
when that one is dated to another day ("in the first round on 4 May" in a packet about the
runoff of 18 May). Found on a blind packet; every sentence is written for these tests."""

from __future__ import annotations

import dataclasses
import datetime as dt

from analysis.builders import make_article

from briefing.analysis import find_discrepancies
from briefing.model import Article

REPORTED = dt.date(2031, 5, 19)


def _in(language: str, article_id: str, *text: str, date: dt.date | None = REPORTED) -> Article:
    return dataclasses.replace(make_article(article_id, *text, date=date), language=language)


def _story(*extra: Article) -> list[Article]:
    """Three reports that date the vote to Sunday 18 May 2031, and the extra ones."""
    return [
        _in("en", "a", "The runoff was held on 18 May 2031 across Velmora."),
        _in("en", "b", "Voters went to the polls in the runoff on 18 May 2031."),
        _in("en", "c", "Polling stations closed at nine on 18 May 2031 in the runoff."),
        *extra,
    ]


def _values(articles: list[Article]) -> list[set[str]]:
    return [{c.value for c in d.claims} for d in find_discrepancies(articles) if d.kind == "figure"]


def test_an_undated_share_is_not_set_against_a_share_dated_weeks_before_the_story() -> None:
    articles = _story(
        _in(
            "en", "d", "Ilan Voss won 40.96 percent of the votes in the first round on 4 May 2031."
        ),
        _in("en", "e", "Ilan Voss won more than 45.7 percent of the votes, the authority said."),
    )
    assert _values(articles) == []


def test_an_undated_share_is_still_set_against_one_dated_to_the_story_day() -> None:
    articles = _story(
        _in("en", "d", "Ilan Voss won 40.96 percent of the votes on 18 May 2031."),
        _in("en", "e", "Ilan Voss won 45.7 percent of the votes, the authority said."),
    )
    assert len(_values(articles)) == 1
