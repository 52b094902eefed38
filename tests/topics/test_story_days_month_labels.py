"""The main event's day when the articles state only their month (a label "May 2031") or no
date at all: the days they write without a year are read in the window the labels give.

Made-up packets written for these tests, in English, Spanish, Russian and German.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from topics.helpers import article

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.events import main_event
from briefing.topics.story_days import story_days, story_window


def _labelled(n: int, month: int | None, language: str, title: str, text: str) -> Article:
    written = replace(article(f"{n:03d}", text), title=title, language=language)
    if month is None:
        return written  # no date at all
    return replace(written, date=dt.date(2031, month, 1), date_precision="month")


def _days(articles: list[Article]) -> tuple[dt.date, dt.date] | None:
    found = story_window(articles)
    assert found is not None
    _best, first, last = found
    return story_days(articles, first, last)


def test_days_without_a_year_are_read_in_the_labelled_months() -> None:
    articles = [
        _labelled(0, 5, "en", "Flood", "The river Velm burst its banks in Tarnow on May 6."),
        _labelled(1, 5, "es", "Riada", "El río Velm se desbordó en Tarnow el 6 de mayo."),
        _labelled(2, None, "ru", "Наводнение", "Река Вельм вышла из берегов в Тарнове 6 мая."),
        _labelled(3, 6, "de", "Flut", "Der Velm trat in Tarnow über die Ufer."),
    ]  # fmt: skip
    assert _days(articles) == (dt.date(2031, 5, 6), dt.date(2031, 5, 6))


def test_the_main_event_is_named_with_the_day_its_undated_articles_agree_on() -> None:
    articles = [
        _labelled(0, 5, "en", "Flood in Tarnow", "The flood in Tarnow began on May 6."),
        _labelled(1, 5, "en", "Flood in Tarnow", "The flood in Tarnow on May 6 took the bridge."),
        _labelled(2, None, "en", "Tarnow flood", "Tarnow cleaned up after the flood of May 6."),
        _labelled(3, 6, "en", "Flood in Tarnow", "The flood in Tarnow left hundreds homeless."),
    ]
    assert main_event(articles, extract_topics(articles)) == "Flood in Tarnow, 6 May 2031"


def test_month_labels_alone_give_the_event_no_day() -> None:
    articles = [
        _labelled(0, 5, "en", "Flood", "The river Velm burst its banks in Tarnow on Tuesday."),
        _labelled(1, 5, "es", "Riada", "El río Velm se desbordó en Tarnow el martes."),
        _labelled(2, 5, "de", "Flut", "Der Velm trat am Dienstag in Tarnow über die Ufer."),
        _labelled(3, 5, "en", "Flood", "Tarnow counts the cost of the Velm flood."),
    ]
    assert _days(articles) is None  # a weekday needs the day an article was written
    name = main_event(articles, extract_topics(articles))
    assert name is not None and "2031" not in name  # never the 1st of the month


def test_one_article_or_a_day_outside_the_labelled_months_makes_no_day() -> None:
    articles = [
        _labelled(0, 5, "en", "Flood", "The river Velm burst its banks in Tarnow on May 6."),
        _labelled(1, 5, "es", "Riada", "El Velm ya se desbordó en Tarnow el 6 de septiembre."),
        _labelled(2, None, "ru", "Наводнение", "Вельм уже разливался в Тарнове 6 сентября."),
        _labelled(3, 5, "de", "Flut", "Der Velm trat in Tarnow über die Ufer."),
    ]
    # 6 May: one article; 6 September: two, but outside the labelled May (± a week).
    assert _days(articles) is None


def test_no_date_and_no_label_gives_no_window() -> None:
    text = "The Velm flooded Tarnow on May 6."
    articles = [_labelled(n, None, "en", "Flood", text) for n in range(3)]
    assert story_window(articles) is None
