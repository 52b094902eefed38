"""Issue 12: a Greek sentence told by the part of the day ("το βράδυ") is placed on the one
day its article names, as in the other languages; a weekday in a case ending ("της
Παρασκευής") that is not that day stops it; an undated article that writes its one day in
full still gives a context sentence no year. Written fixture text only (11 March 2031 is a
Tuesday)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from analysis.builders import MakeArticle

from briefing.analysis import extract_timeline
from briefing.model import Article

TUESDAY = dt.date(2031, 3, 11)


def _greek(made: Article) -> Article:
    return replace(made, language="el")


def _context(*made: Article) -> list[tuple[str, dt.date | None, int | None, int | None]]:
    return [
        (e.phrase, e.date, e.month, e.day)
        for e in extract_timeline(made)
        if e.resolution == "context"
    ]


def test_a_greek_part_of_the_day_takes_the_one_day_named(article: MakeArticle) -> None:
    made = _greek(
        article(
            "a",
            "Το πλοίο βυθίστηκε την Τρίτη 11 Μαρτίου 2031 κοντά στο λιμάνι.",
            "Όπως ανακοίνωσε το βράδυ της Τρίτης το λιμενικό, οι δύτες βρήκαν τους επιβάτες.",
            date=TUESDAY,
        )
    )
    assert _context(made) == [("το βράδυ", TUESDAY, None, None)]


def test_another_weekday_in_a_case_ending_stops_the_context(article: MakeArticle) -> None:
    made = _greek(
        article(
            "a",
            "Το πλοίο βυθίστηκε την Τρίτη 11 Μαρτίου 2031 κοντά στο λιμάνι.",
            "Όπως ανακοίνωσε το βράδυ της Παρασκευής το λιμενικό, οι δύτες βρήκαν τους επιβάτες.",
            date=TUESDAY,
        )
    )
    assert _context(made) == []  # Friday evening: not the Tuesday the article names


def test_an_undated_article_writing_its_day_in_full_gives_no_year(article: MakeArticle) -> None:
    made = article(
        "a",
        "The ferry capsized on Tuesday 11 March 2031 near the harbour.",
        "In the evening divers found the last passengers inside the hull.",
    )
    assert _context(made) == [("In the evening", None, 3, 11)]
