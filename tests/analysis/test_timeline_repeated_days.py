"""In an article with no date of its own, a day written alone ("1日") that repeats a day the
text has already written with its month ("9月1日") is listed under that day and month, with no
year; a day nearer across a month end, a day named in two months, or one named in full only
later stays no line (briefing.analysis.repeated_days, stated_months, timeline). Fixture text
written for the test."""

from __future__ import annotations

import dataclasses
import datetime as dt

from analysis.builders import make_article

from briefing.analysis import extract_timeline
from briefing.analysis.model import TimelineEntry
from briefing.analysis.repeated_days import repeated_month


def _entries(language: str, text: str, date: dt.date | None = None) -> list[TimelineEntry]:
    article = dataclasses.replace(make_article("a", text, date=date), language=language)
    return [e for e in extract_timeline([article]) if e.event]


def _bare(entries: list[TimelineEntry], phrase: str) -> list[tuple[int | None, int | None]]:
    return [(e.month, e.day) for e in entries if e.phrase == phrase and e.date is None]


def test_a_day_alone_after_its_full_form_takes_that_month_and_no_year() -> None:
    text = "据示例社9月1日报道,示例国法院裁定选举无效。\n\n示例国总统1日表示尊重裁决。"
    entries = _entries("zh", text)
    assert _bare(entries, "1日") == [(9, 1)]
    assert all(e.date is None for e in entries)  # no year the text does not give


def test_japanese_and_korean_copy_repeat_days_the_same_way() -> None:
    ja = "見本国は4月4日、報復関税を発表した。\n\n見本省は4日に声明を出した。"
    assert _bare(_entries("ja", ja), "4日") == [(4, 4)]
    ko = "예시국 정부는 5월 12일 비상사태를 선포했다.\n\n예시 총리는 12일 현장을 찾았다."
    assert _bare(_entries("ko", ko), "12일") == [(5, 12)]


def test_another_day_nearer_across_the_month_end_is_still_no_line() -> None:
    # "30日" after "9月1日" may be 30 August as well as 30 September: no month to borrow
    # (a nearer day of the same month takes it: test_timeline_stated_months).
    text = "据示例社9月1日报道,示例国法院裁定选举无效。\n\n示例国总统30日表示尊重裁决。"
    assert _bare(_entries("zh", text), "30日") == []


def test_a_day_named_in_two_months_is_left_alone() -> None:
    text = "示例法8月1日生效。\n\n示例国9月1日再次修订。\n\n示例部长1日表示满意。"
    assert _bare(_entries("zh", text), "1日") == []


def test_a_day_named_in_full_only_later_is_no_repetition() -> None:
    text = "示例国总统1日表示尊重裁决。\n\n据示例社9月1日报道,示例国法院裁定选举无效。"
    assert _bare(_entries("zh", text), "1日") == []


def test_a_dated_article_counts_the_day_from_its_own_date_as_before() -> None:
    text = "据示例社9月1日报道,示例国法院裁定选举无效。\n\n示例国总统1日表示尊重裁决。"
    entries = _entries("zh", text, dt.date(2031, 9, 2))
    assert [(e.phrase, e.date) for e in entries if e.phrase == "1日"] == [
        ("1日", dt.date(2031, 9, 1))
    ]


def test_the_rule_reads_only_earlier_full_days() -> None:
    written = [(0, 5, 9, 1), (2, 0, 8, 11)]
    assert repeated_month(written, 1, 1, 0) == 9
    assert repeated_month(written, 1, 0, 2) is None  # before the full form
    assert repeated_month(written, 2, 1, 0) is None  # no full form of the 2nd
    assert repeated_month([*written, (3, 0, 10, 1)], 1, 4, 0) is None  # two months
