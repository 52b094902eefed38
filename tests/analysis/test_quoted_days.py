"""Issue 12: "tonight" inside a quote, in an article that tells only of days before its own
(a Saturday report of Friday's festival), is the speaker's day: left unplaced rather than
put on the writing day. Outside a quote, in an article that tells of its own day too, or
with nothing else dated, the word is counted from the article's date as before. Written
text."""

from __future__ import annotations

import dataclasses
import datetime as dt

from analysis.builders import in_language

from briefing.analysis import extract_timeline
from briefing.analysis.quoted_days import inside_quote
from briefing.model import Article

SATURDAY = dt.date(2031, 7, 26)


def _dated(article: Article) -> Article:
    return dataclasses.replace(article, date=SATURDAY, date_precision="day")


def _dates(*paragraphs: str, language: str = "en") -> dict[str, dt.date | None]:
    article = _dated(in_language(language, "a", *paragraphs))
    return {e.phrase: e.date for e in extract_timeline([article]) if e.event}


_OPENED = "The river festival opened in Velmora on Friday with a parade of boats."


def test_tonight_in_a_quote_of_a_look_back_article_is_unplaced() -> None:
    dates = _dates(_OPENED, "The mayor told reporters, “We are so proud of what we saw tonight.”")
    assert dates["on Friday"] == dt.date(2031, 7, 25)
    assert dates["tonight"] is None


def test_the_same_in_german_quotes() -> None:
    dates = _dates(
        "Das Flussfest wurde am Freitag in Velmora eröffnet.",
        "Die Bürgermeisterin sagte: „Heute Abend haben wir Geschichte geschrieben.“",
        language="de",
    )
    assert dates == {"Freitag": dt.date(2031, 7, 25), "Heute": None}


def test_tonight_outside_a_quote_is_counted_from_the_article() -> None:
    dates = _dates(_OPENED, "The closing concert is planned for tonight on the river bank.")
    assert dates["tonight"] == SATURDAY


def test_an_article_that_tells_of_its_own_day_keeps_the_quote_s_day() -> None:
    dates = _dates(
        _OPENED,
        "On Saturday the boats sailed again.",
        "The mayor said, “We are so proud of what we saw tonight.”",
    )
    assert dates["tonight"] == SATURDAY


def test_a_quote_with_nothing_else_dated_keeps_its_day() -> None:
    dates = _dates("“The bank today announced the takeover,” the regulator said.")
    assert dates["today"] == SATURDAY


def test_inside_quote() -> None:
    text = 'He said "we won tonight" and left; tonight he rests.'
    assert inside_quote(text, text.index("tonight"))
    assert not inside_quote(text, text.rindex("tonight"))
    running = "« Nous avons gagné ce soir"  # a quote running on into the next sentence
    assert inside_quote(running, running.index("ce soir"))
