"""In an article with no date of its own, a day written alone ("19日") after a day written with
its month ("5月20日") takes that month when it lies within a week of it, and no year; a day
further off, a day the month does not have, a month named without a day, another month
named in between, or the same day in two months stays no line (briefing.analysis.stated_months,
timeline). Fixture text written for the test."""

from __future__ import annotations

import dataclasses
import datetime as dt

from analysis.builders import make_article

from briefing.analysis import extract_timeline
from briefing.analysis.model import TimelineEntry
from briefing.analysis.stated_months import stated_month


def _entries(language: str, text: str, date: dt.date | None = None) -> list[TimelineEntry]:
    article = dataclasses.replace(make_article("a", text, date=date), language=language)
    return [e for e in extract_timeline([article]) if e.event]


def _bare(entries: list[TimelineEntry], phrase: str) -> list[tuple[int | None, int | None]]:
    return [(e.month, e.day) for e in entries if e.phrase == phrase and e.date is None]


def test_the_night_before_takes_the_month_of_the_day_written_before_and_no_year() -> None:
    ja = "見本島付近で5月20日午前、貨物船が沈んだ。\n\n船は19日夜に見本港を出ていた。"
    entries = _entries("ja", ja)
    assert _bare(entries, "19日") == [(5, 19)]
    assert all(e.date is None for e in entries)  # never a year the text does not give
    ko = "예시항 앞바다에서 7월 3일 오전 화물선이 침몰했다.\n\n배는 2일 밤 예시항을 떠났다."
    assert _bare(_entries("ko", ko), "2일") == [(7, 2)]


def test_a_day_nearer_in_the_month_before_stays_no_line() -> None:
    # "30日" after "5月2日": 30 April is two days away, 30 May four weeks: which one is unsaid.
    text = "見本島付近で5月2日午前、貨物船が沈んだ。\n\n船は30日夜に見本港を出ていた。"
    assert _bare(_entries("ja", text), "30日") == []


def test_a_day_the_month_does_not_have_stays_no_line() -> None:
    text = "見本島付近で4月29日午前、貨物船が沈んだ。\n\n船は31日に見本港を出ていた。"
    assert _bare(_entries("ja", text), "31日") == []


def test_a_month_without_a_day_or_a_day_first_gives_no_month() -> None:
    # "5月には" names no day to measure from; a bare day before any date has nothing before it.
    month_only = "見本社は5月に新しい船を受け取った。\n\n船は19日夜に見本港を出ていた。"
    assert _bare(_entries("ja", month_only), "19日") == []
    day_first = "船は19日夜に見本港を出ていた。\n\n見本島付近で5月20日午前、貨物船が沈んだ。"
    assert _bare(_entries("ja", day_first), "19日") == []


def test_a_dated_article_counts_the_day_from_its_own_date_as_before() -> None:
    text = "見本島付近で5月20日午前、貨物船が沈んだ。\n\n船は19日夜に見本港を出ていた。"
    entries = _entries("ja", text, dt.date(2031, 5, 21))
    assert [e.date for e in entries if e.phrase == "19日"] == [dt.date(2031, 5, 19)]


def test_the_rule_reads_the_last_month_named_before_the_day() -> None:
    named = [(0, 5, 5, 20), (2, 0, 6, 0)]
    assert stated_month(named, 19, 1, 0) == 5
    assert stated_month(named, 19, 3, 0) is None  # "6月" came between, with no day
    assert stated_month([(0, 5, 5, 20), (2, 0, 6, 19)], 19, 1, 0) is None  # 19 June too
    assert stated_month([(0, 5, 12, 30)], 2, 1, 0) is None  # 2 January, across the year
    assert stated_month([(0, 5, 3, 1)], 29, 1, 0) is None  # 29 February is nearer
    assert stated_month([(0, 5, 4, 16)], 1, 1, 0) is None  # 1 April and 1 May as near
    assert stated_month([(0, 5, 3, 1)], 14, 1, 0) is None  # 13 days on or 15 back
    assert stated_month([(0, 5, 8, 11)], 1, 1, 0) is None  # ten days back: or 1 September
    assert stated_month([(0, 5, 9, 1)], 8, 1, 0) == 9  # a week on
    assert stated_month([(0, 5, 2, 27)], 29, 1, 0) == 2  # 29 February, in some year
