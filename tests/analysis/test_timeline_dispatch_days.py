"""A copy's later stamp against the wire's own dated dateline: the dateline's day and month is
the latest on or before the stamp, and the text's bare days, weekdays and "yesterday" count
from it (briefing.analysis.dispatch_days, timeline). Fixture text written for the test."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from analysis.builders import make_article

from briefing.analysis import extract_timeline
from briefing.analysis.dispatch_days import dispatch_day
from briefing.analysis.marked_dates import dispatch_end

STAMP = dt.date(2031, 11, 27)


def _placed(language: str, date: dt.date | None, *text: str) -> list[tuple[str, dt.date | None]]:
    article = dataclasses.replace(make_article("a", *text, date=date), language=language)
    return [(e.phrase, e.date) for e in extract_timeline([article]) if e.event]


def test_a_chinese_copy_counts_its_bare_days_from_the_agency_dateline() -> None:
    placed = _placed(
        "zh",
        STAMP,
        "示例社 东京3月19日电 (记者 张三)示例银行19日决定,结束负利率政策。",
        "据报道,示例联合会15日公布了谈判的初步结果。",
    )
    # Not 19 and 15 November (the stamp's month), and the dateline no event in 2032.
    assert placed == [("15日", dt.date(2031, 3, 15)), ("19日", dt.date(2031, 3, 19))]


def test_the_reporters_bracket_belongs_to_the_dateline() -> None:
    text = "示例社 东京3月19日电 (记者 张三)示例银行19日决定,结束负利率政策。"
    article = dataclasses.replace(make_article("a", text, date=STAMP), language="zh")
    assert [e.sentence for e in extract_timeline([article]) if e.event] == [
        "示例银行19日决定,结束负利率政策。"
    ]
    assert dispatch_end("示例社 东京3月19日电 (记者 张三)示例银行决定。", 6, 11) == 20
    # A bracket of prose after the mark stays the lead's.
    assert dispatch_end("示例社 东京3月19日电 (综合报道)示例银行决定。", 6, 11) == 12


def test_a_japanese_dispatch_mark_dates_the_text() -> None:
    placed = _placed("ja", STAMP, "（パリ3月19日発）見本銀行は19日、政策の変更を決めた。")
    assert placed == [("19日", dt.date(2031, 3, 19))]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "MOSCOW, March 19 (Reuters) - The bank raised its rate yesterday, officials said."),
        ("fr", "PARIS, 19 mars (AFP) - La banque a relevé son taux hier, selon ses dirigeants."),
        ("de", "TOKIO, 19. März (Reuters) - Die Bank hob gestern den Leitzins an."),
    ],
)
def test_a_latin_dateline_moves_yesterday_to_the_dispatch(language: str, text: str) -> None:
    assert [day for _, day in _placed(language, STAMP, text)] == [dt.date(2031, 3, 18)]


def test_a_dateline_on_the_stamps_day_changes_nothing() -> None:
    day = dt.date(2031, 3, 19)
    with_line = _placed("zh", day, "示例社 东京3月19日电 示例银行18日决定,结束负利率政策。")
    without = _placed("zh", day, "示例银行18日决定,结束负利率政策。")
    assert with_line == without == [("18日", dt.date(2031, 3, 18))]


def test_a_stamp_a_day_after_the_dateline_keeps_its_year_and_its_anchor() -> None:
    # A normal late post: the dispatch's day is the day before, never a year back, and the
    # stamp stays the anchor (a late post or an update may tell days after the dispatch).
    assert dispatch_day(dt.date(2031, 3, 20), 3, 19) == dt.date(2031, 3, 19)
    text = "MOSCOW, March 19 (Reuters) - The bank raised its rate yesterday, officials said."
    assert _placed("en", dt.date(2031, 3, 20), text) == [("yesterday", dt.date(2031, 3, 19))]
    text = "示例社 东京3月19日电 示例银行19日决定加息,21日起实施。"
    assert _placed("zh", dt.date(2031, 3, 22), text) == [
        ("19日", dt.date(2031, 3, 19)),
        ("21日", dt.date(2031, 3, 21)),
    ]


def test_a_dateline_a_day_ahead_of_the_stamp_is_a_time_zone() -> None:
    assert dispatch_day(dt.date(2031, 3, 19), 3, 20) == dt.date(2031, 3, 20)
    assert dispatch_day(dt.date(2031, 3, 19), 3, 22) == dt.date(2030, 3, 22)


def test_a_dateline_day_is_never_after_the_stamp() -> None:
    assert dispatch_day(STAMP, 3, 19) == dt.date(2031, 3, 19)
    assert dispatch_day(STAMP, 12, 30) == dt.date(2030, 12, 30)
    assert dispatch_day(dt.date(2031, 3, 1), 2, 29) == dt.date(2028, 2, 29)
    assert dispatch_day(STAMP, 3, 19, 2031) == dt.date(2031, 3, 19)
    assert dispatch_day(STAMP, 3, 19, 2032) is None  # a year the page had not reached


def test_no_dateline_or_a_bare_date_line_leaves_the_stamp_the_anchor() -> None:
    assert _placed("zh", STAMP, "示例银行19日决定,结束负利率政策。") == [
        ("19日", dt.date(2031, 11, 19))
    ]
    # A date alone on a line (a page's stamp: no place, no agency) is no dispatch.
    placed = _placed("en", STAMP, "March 19", "The bank raised its rate yesterday, it said.")
    assert placed == [("yesterday", dt.date(2031, 11, 26))]


def test_dispatch_marks_are_not_words_that_begin_with_them() -> None:
    assert dispatch_end("示例社 东京3月19日电 示例银行决定加息。", 6, 11) == 12
    assert dispatch_end("示例社 东京3月19日电视讲话中说。", 6, 11) is None  # a televised speech
    assert dispatch_end("（パリ3月19日発）見本銀行は述べた。", 3, 8) == 9
    assert dispatch_end("見本銀行3月19日発表の政策。", 4, 9) is None  # announced on 19 March
