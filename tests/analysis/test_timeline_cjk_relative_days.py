"""Chinese, Japanese and Korean words for "today", "yesterday", "tomorrow" are counted from
the article's own date like "hier" or "вчера", and stay unplaced when the article states no
day; words they hide in ("如今天气", "今日の社会", "오늘날", "明日香") date nothing
(briefing.analysis.cjk_relative_days). Fixture text written for the test."""

from __future__ import annotations

import dataclasses
import datetime as dt

from analysis.builders import make_article

from briefing.analysis import extract_timeline
from briefing.analysis.anchored_days import yearless_relative
from briefing.analysis.cjk_relative_days import cjk_relative_days
from briefing.analysis.dates import find_dates


def _words(text: str, language: str) -> list[tuple[str, int]]:
    return [(word, offset) for _, _, word, offset in cjk_relative_days(text, language)]


def _placed(language: str, text: str, date: dt.date | None) -> list[tuple[str, object]]:
    article = dataclasses.replace(make_article("a", text, date=date), language=language)
    return [(e.phrase, e.date) for e in extract_timeline([article]) if e.precision == "day"]


def test_the_day_words_of_each_language() -> None:
    assert _words("示例市昨天下午发生火灾，消防部门今天表示，明天将公布原因。", "zh") == [
        ("昨天", -1),
        ("今天", 0),
        ("明天", 1),
    ]
    assert _words("示例町で昨日午後、火災が起きた。一昨日にも小火があった。", "ja") == [
        ("昨日", -1),
        ("一昨日", -2),
    ]
    ko = "소방당국은 어제 오후 불이 났다고 밝혔고 그저께에도 났다. 내일 발표한다."
    assert _words(ko, "ko") == [
        ("어제", -1),
        ("그저께", -2),
        ("내일", 1),
    ]
    assert _words("今日午前、示例駅で停電があった。", "ja") == [("今日", 0)]
    assert _words("示例公司今日凌晨宣布破产。", "zh") == [("今日", 0)]


def test_look_alikes_date_nothing() -> None:
    zh = "如今天气转暖。今日的示例市与昨年不同，今年一日游很多。几年前天气更冷，说明天色已晚。"
    assert _words(zh, "zh") == []
    ja = "今日の社会では昨日今日の話ではない。明日香さんは日本にいる。昨年と今年。"
    assert _words(ja, "ja") == []
    ko = "오늘날 사회에서 이는 어제오늘 일이 아니다. 그제야 알았다. 이날 전날 엊그제 안내일"
    assert _words(ko, "ko") == []
    assert _words("昨天 오늘 yesterday", "en") == []


def test_counted_from_the_articles_own_day() -> None:
    zh = "示例市消防部门表示，昨天下午示例大楼发生火灾，造成3人受伤。"
    assert _placed("zh", zh, dt.date(2031, 5, 20)) == [("昨天", dt.date(2031, 5, 19))]
    ko = "예시시 소방당국은 어제 오후 예시 건물에서 불이 나 3명이 다쳤다고 밝혔다."
    assert _placed("ko", ko, dt.date(2031, 5, 20)) == [("어제", dt.date(2031, 5, 19))]


def test_unplaced_without_a_day_of_the_article() -> None:
    zh = "示例市消防部门表示，昨天下午示例大楼发生火灾，造成3人受伤。"
    assert _placed("zh", zh, None) == [("昨天", None)]


def test_a_stated_date_beside_it_wins_and_other_languages_are_unchanged() -> None:
    phrases = find_dates("示例市5月19日昨天发生火灾。", "zh")
    assert next((p.text, p.kind) for p in phrases) == ("5月19日", "absolute")
    assert next(p.text for p in find_dates("Hier, le 19 mai, un incendie.", "fr")) == "Hier"


def test_a_dateline_without_a_year_gives_its_day_and_month_only() -> None:
    zh = "【示例社5月20日讯】示例市消防部门表示，昨天下午示例大楼发生火灾，造成3人受伤。"
    article = dataclasses.replace(make_article("a", zh, date=None), language="zh")
    listed = [(e.phrase, e.date, e.month, e.day) for e in extract_timeline([article])]
    assert ("昨天", None, 5, 19) in listed
    assert yearless_relative((3, 1), -1) is None  # 28 or 29 February: the year decides
    assert yearless_relative((1, 1), -1) == (12, 31)


def test_a_day_in_brackets_after_it_says_which_day() -> None:
    # The page is dated the next morning; the bracketed day is the one the word means.
    ko = "예시 법원은 오늘(19일) 선거 결과를 무효로 한다고 판결했다."
    assert _placed("ko", ko, dt.date(2031, 5, 20)) == [("19일", dt.date(2031, 5, 19))]
    zh = "示例法院今天宣布选举结果无效，示例党派对此表示欢迎。"
    assert _placed("zh", zh, dt.date(2031, 5, 20)) == [("今天", dt.date(2031, 5, 20))]
