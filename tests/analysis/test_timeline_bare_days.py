"""A day of the month written alone ("19日宣布") is placed in the month of the article's own day,
or the month before when it is later than that day; counts of days and ordinals are no dates,
and with no day of the article's own the phrase is no line (briefing.analysis.bare_days,
timeline). Fixture text written for the test."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from analysis.builders import make_article

from briefing.analysis import extract_timeline
from briefing.analysis.bare_days import with_bare_days
from briefing.analysis.dates import find_dates


def _placed(language: str, text: str, date: dt.date | None) -> list[tuple[str, dt.date | None]]:
    article = dataclasses.replace(make_article("a", text, date=date), language=language)
    return [(e.phrase, e.date) for e in extract_timeline([article]) if e.event]


def test_a_day_written_alone_takes_the_month_of_the_article() -> None:
    text = "示例市政府19日宣布,两家银行将合并。"
    assert _placed("zh", text, dt.date(2031, 3, 21)) == [("19日", dt.date(2031, 3, 19))]


def test_a_day_later_than_the_articles_is_of_the_month_before() -> None:
    text = "示例市政府30日宣布,两家银行将合并。"
    assert _placed("zh", text, dt.date(2031, 4, 2)) == [("30日", dt.date(2031, 3, 30))]


def test_a_later_day_nearer_ahead_than_back_is_left_unplaced() -> None:
    # "opening on the 26th" in a report of the 19th: a coming day as likely as last month's.
    text = "示例博览会26日开幕,两家银行将参展。"
    assert _placed("zh", text, dt.date(2031, 7, 19)) == []
    text = "見本市は26日に開幕する。"
    assert _placed("ja", text, dt.date(2031, 7, 19)) == []


def test_after_a_dispatch_dateline_the_prose_day_is_placed() -> None:
    text = "示例社北京3月19日电 示例市政府19日宣布,两家银行将合并。"
    assert _placed("zh", text, dt.date(2031, 3, 21)) == [("19日", dt.date(2031, 3, 19))]


def test_without_the_articles_day_a_day_alone_is_no_line() -> None:
    assert _placed("zh", "示例市政府19日宣布,两家银行将合并。", None) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ja", "会議は3日間続いた。"),  # for three days
        ("zh", "银行将在3日内完成交易。"),  # within three days
        ("ja", "3日前に発表された。"),  # three days ago
        ("zh", "第3日的会议取消了。"),  # an ordinal
        ("zh", "会议于3月19日举行。"),  # a month and a day, read whole
    ],
)
def test_counts_ordinals_and_whole_dates_are_no_bare_day(language: str, text: str) -> None:
    found = with_bare_days(list(find_dates(text, language)), text, language)
    assert [p.text for p in found if p.month is None] == []


def test_languages_that_write_no_marks_have_no_bare_days() -> None:
    assert with_bare_days([], "Le 19, le conseil a voté.", "fr") == []
