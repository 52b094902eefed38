"""A line holding nothing but a date, a clock time and at most a label per date is the page's
stamp in any script ("1月18日 6時27分", "Updated May 3, 10:45 am"): never an event, with or
without a year (briefing.analysis.page_stamps.stamp_line). A day written alone ("18日") in an
article that gives no date but one year-less dateline or stamp at its top is listed under that
line's month with no year, never placed in a year (timeline, anchored_days.yearless_month).

Fixture text written for these tests; look-alikes that must stay events: a date and a time
in a sentence of prose, a list's "3 May: …" line with its statement after the date.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from analysis.builders import make_article

from briefing.analysis import extract_timeline
from briefing.analysis.anchored_days import yearless_month
from briefing.analysis.date_sentences import dated_phrases
from briefing.model import Article


def _in(language: str, *paragraphs: str, date: dt.date | None = None) -> Article:
    return dataclasses.replace(make_article("a", *paragraphs, date=date), language=language)


def _events(article: Article) -> list[tuple[str, dt.date | None, int | None, int | None]]:
    return [(e.phrase, e.date, e.month, e.day) for e in extract_timeline([article]) if e.event]


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("ja", "3月4日 6時27分"),
        ("ja", "更新 2031年3月4日 午後3時5分"),
        ("zh", "3月4日 6时27分"),
        ("en", "Updated May 3, 10:45 am"),
        ("en", "May 3, 10:45 GMT"),
    ],
)
def test_a_line_of_a_date_and_its_clock_time_is_a_stamp(language: str, line: str) -> None:
    dated = dated_phrases(line, language, language)
    assert dated, line
    assert all(d[5] for d in dated)  # no event
    # Without a year, an anchor (a dateline) for the month; with one, not an anchor (below).
    assert all(d[4] == (not d[3].year) for d in dated)
    article = _in(language, line, "A paragraph of prose without any date in it at all.")
    assert _events(article) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Gunmen stormed the depot on May 3 at 10:45, officials said."),
        ("en", "May 3, 10:45: gunmen storm the depot"),  # a list's line: the statement follows
        ("ja", "武装勢力は3月4日6時27分に倉庫を襲撃した。"),
        ("zh", "武装分子3月4日6时27分袭击了仓库。"),
    ],
)
def test_a_date_and_time_in_a_statement_stays_an_event(language: str, text: str) -> None:
    dated = dated_phrases(text, language, language)
    assert dated and not any(d[4] or d[5] for d in dated)


def test_a_stamp_with_a_year_does_not_date_an_undated_article() -> None:
    # The page's clock when it was fetched may be years after the story: not an anchor.
    article = _in("zh", "示例时间 14:05 2031年5月10日 星期六", "星期一,总理在记者会上公布了细节。")
    assert [(e.phrase, e.date) for e in extract_timeline([article]) if e.event] == [
        ("星期一", None)
    ]


#: A dateline or stamp without a year, giving the month (March) to a day written alone.
_OPENER = {"ja": "【3月9日 EXA】", "ko": "3월 9일 06:27"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ja", "山火事が5日にわたり続いている。"),  # over five days
        ("ja", "会議は3日に渡って開かれた。"),
        ("ko", "화재가 5일간 계속됐다."),  # for five days
        ("ko", "수색이 3일째 이어졌다."),  # the third day
        ("ko", "5일 동안 비가 내렸다."),
    ],
)
def test_a_count_of_days_is_no_day_of_the_month(language: str, text: str) -> None:
    article = _in(language, _OPENER[language], text)
    assert _events(article) == []


@pytest.mark.parametrize(
    ("language", "text", "day"),
    [("ja", "政府は5日に発表した。", "5日"), ("ko", "정부는 5일 발표했다.", "5일")],
)
def test_a_day_before_its_particle_is_still_a_day(language: str, text: str, day: str) -> None:
    article = _in(language, _OPENER[language], text)
    assert _events(article) == [(day, None, 3, 5)]


def test_a_day_alone_takes_the_month_of_a_yearless_dateline_without_a_year() -> None:
    article = _in("ja", "【3月4日 EXA】示例社は4日朝、社員の無事を確認した。")
    assert _events(article) == [("4日", None, 3, 4)]


def test_a_day_alone_after_a_yearless_stamp_is_listed_under_its_month() -> None:
    article = _in("ja", "3月4日 6時27分", "武装勢力は2日午前5時、倉庫を襲撃しました。")
    assert _events(article) == [("2日", None, 3, 2)]


def test_a_later_day_than_the_dateline_is_of_the_month_before() -> None:
    article = _in("zh", "【3月4日 EXA】", "示例市政府28日宣布,两家银行将合并。")
    assert _events(article) == [("28日", None, 2, 28)]


def test_two_yearless_datelines_on_different_days_give_no_month() -> None:
    article = _in("ja", "3月4日 6時27分", "3月9日 7時10分", "武装勢力は2日、倉庫を襲撃しました。")
    assert _events(article) == []


def test_without_any_dateline_a_day_alone_is_still_no_line() -> None:
    article = _in("ja", "武装勢力は2日、倉庫を襲撃しました。")
    assert _events(article) == []


def test_a_dated_article_still_places_the_day_in_its_own_month() -> None:
    on = dt.date(2031, 3, 4)
    article = _in("ja", "3月4日 6時27分", "武装勢力は2日、倉庫を襲撃しました。", date=on)
    assert _events(article) == [("2日", dt.date(2031, 3, 2), None, None)]


def test_yearless_month_counts_back_as_a_dated_article_does() -> None:
    assert yearless_month((3, 4), 2) == 3
    assert yearless_month((3, 4), 28) == 2
    assert yearless_month((1, 5), 30) == 12  # across the new year
    assert yearless_month((3, 1), 29) == 2  # 29 February exists in some year
    assert yearless_month((7, 19), 26) is None  # nearer ahead than back: to come or last month's
    assert yearless_month((2, 30), 2) is None  # no such dateline day
