"""Issue 12: dates written in figures with unit marks ("9月23日", "2031年5月8日", "2031년 5월
8일"), where CLDR writes dates so; a Chinese wire dateline ("…5月8日电") is an anchor, not an
event; an undated article keeps such days without a year; bare dates at the top on two days
(a list of other pages' stamps) date nothing. Written fixture text only."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from analysis.builders import in_language, make_article

from briefing.analysis import extract_timeline
from briefing.analysis.dates import find_dates
from briefing.analysis.marked_dates import dispatch_end, marked_dates


def _absolute(text: str, language: str) -> list[tuple[int | None, int | None, int | None]]:
    return [(p.year, p.month, p.day) for p in find_dates(text, language) if p.kind == "absolute"]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("zh", "5月8日,维尔莫拉港因风暴关闭。", [(None, 5, 8)]),
        ("zh", "大桥于2031年11月3日凌晨倒塌,12月1日重新开放。", [(2031, 11, 3), (None, 12, 1)]),
        ("ja", "港は5月8日に閉鎖された。", [(None, 5, 8)]),
        ("ja", "橋は2031年 11月 3日に崩落した。", [(2031, 11, 3)]),
        ("ko", "항구는 2031년 5월 8일 폐쇄됐다.", [(2031, 5, 8)]),
        ("zh", "港口于５月８日关闭。", [(None, 5, 8)]),  # full-width figures
    ],
)
def test_a_date_in_figures_and_unit_marks_is_read(
    language: str, text: str, expected: list[object]
) -> None:
    assert _absolute(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh", "他在港口工作了20日,还有9月份的计划。"),  # a day alone, a month alone
        ("zh", "共有120月8日的说法并不存在。"),  # a figure run into the month's digits
        ("zh", "13月5日和5月32日都不是日子。"),  # no such month, no such day
        ("de", "Der Hafen schloss am 8. Mai."),  # no unit marks in German: its own reader
        ("fr", "Le port a fermé le 8 mai."),
    ],
)
def test_look_alikes_are_not_marked_dates(language: str, text: str) -> None:
    assert marked_dates(text, language) == []


def test_a_chinese_wire_dateline_ends_at_its_dispatch_mark() -> None:
    text = "新华社维尔莫拉5月8日电 当地时间5月8日,大桥倒塌。"
    assert dispatch_end(text, 7, 11) == 12
    # a date inside prose, or with sentence punctuation before it, is no dateline
    assert dispatch_end("据报道,当地时间5月8日电力中断。", 8, 12) is None


def test_the_dateline_is_no_event_and_the_days_keep_no_year_without_an_article_date() -> None:
    text = "新华社维尔莫拉5月8日电 当地时间5月8日,大桥倒塌。3月2日,当局曾发出警告。"
    entries = extract_timeline([in_language("zh", "a", text)])
    found = [(e.phrase, e.date, e.month, e.day, e.event) for e in entries]
    assert found == [("5月8日", None, 5, 8, True), ("3月2日", None, 3, 2, True)]
    assert all("电" not in e.sentence for e in entries)  # the dateline is set apart


def test_an_article_date_gives_the_year() -> None:
    article = dataclasses.replace(
        make_article("a", "当地时间5月8日,大桥倒塌。", date=dt.date(2031, 5, 9)), language="zh"
    )
    (entry,) = extract_timeline([article])
    assert (entry.date, entry.resolution) == (dt.date(2031, 5, 8), "year-inferred")


def test_a_dateline_with_its_year_dates_the_article() -> None:
    text = "新华社维尔莫拉2031年5月8日电 当地时间7日晚,大桥倒塌。5月6日,当局曾发出警告。"
    entries = extract_timeline([in_language("zh", "a", text)])
    # the dateline is no event; "7日" (a day alone, bare_days) is in the dateline's month
    assert sorted((e.phrase, e.date) for e in entries) == [
        ("5月6日", dt.date(2031, 5, 6)),
        ("7日", dt.date(2031, 5, 7)),
    ]


def test_stamps_of_other_pages_are_no_events_and_date_nothing() -> None:
    article = in_language(
        "zh", "a", "相关新闻", "- 2031年03月06日 20:15:18", "- 2031年03月04日 11:48:41",
        "3月2日,当局曾发出警告。",
    )  # fmt: skip
    entries = extract_timeline([article])
    assert [(e.phrase, e.date, e.event) for e in entries] == [("3月2日", None, True)]


def test_bare_date_lines_at_the_top_date_nothing_the_reader_did_not_take() -> None:
    # The article's date is the reader's (Article.date), one reading for the source list, the
    # timeline and the brief: a bare date line the reader did not take (a page's "today"
    # header, bmeta63) anchors no weekday, one line or two.
    two = make_article("a", "March 6, 2031", "March 4, 2031", "The harbour closed on Tuesday.")
    (entry,) = extract_timeline([two])
    assert (entry.phrase, entry.date) == ("on Tuesday", None)
    one = make_article("b", "March 6, 2031", "The harbour closed on Tuesday.")
    (entry,) = extract_timeline([one])
    assert entry.date is None
    dated = make_article(
        "c", "March 6, 2031", "The harbour closed on Tuesday.", date=dt.date(2031, 3, 6)
    )
    (entry,) = extract_timeline([dated])
    assert entry.date == dt.date(2031, 3, 4)  # the reader's date: the Tuesday before it


def test_a_short_clause_with_a_full_date_is_a_statement_not_a_dateline() -> None:
    # Han text has no spaces: "大桥倒塌" is a clause, so the sentence is no bare date, and
    # its year dates that sentence only, never the article's other days.
    text = "2031年5月8日,大桥倒塌。5月6日,当局曾发出警告。"
    entries = extract_timeline([in_language("zh", "a", text)])
    assert [(e.phrase, e.date, e.event) for e in entries] == [
        ("2031年5月8日", dt.date(2031, 5, 8), True),
        ("5月6日", None, True),
    ]


@pytest.mark.parametrize(
    ("language", "text", "weekday"),
    [
        ("zh", "2031年5月8日星期四", 3),
        ("zh", "5月8日（周四）,港口关闭。", 3),
        ("ja", "5月8日(木)に港が閉鎖された。", 3),
        ("ja", "5月8日木曜日、港が閉鎖された。", 3),
        ("ko", "2031년 5월 8일 (목) 항구가 폐쇄됐다.", 3),
    ],
)
def test_a_weekday_after_the_date_is_part_of_it(language: str, text: str, weekday: int) -> None:
    (phrase,) = [p for p in find_dates(text, language) if p.kind == "absolute"]
    assert phrase.weekday == weekday
    # a one-character weekday name ("木", also "wood") is one only in brackets
    assert [p.weekday for p in find_dates("5月8日木材が届いた。", "ja")] == [None]


def test_a_month_and_day_take_their_year_from_the_readers_date_not_a_header_line() -> None:
    # 8 May 2031 is a Thursday; the header line alone dates nothing, the reader's date does
    header = in_language("zh", "a", "2031年5月8日星期四", "5月6日,当局曾发出警告。")
    (entry,) = extract_timeline([header])
    assert (entry.phrase, entry.date) == ("5月6日", None)
    dated = dataclasses.replace(header, date=dt.date(2031, 5, 8))
    (entry,) = extract_timeline([dated])
    assert (entry.phrase, entry.date) == ("5月6日", dt.date(2031, 5, 6))


def test_a_weekday_that_is_not_the_days_leaves_the_year_unworked() -> None:
    # 6 May 2031 is a Tuesday, not a Friday: the year worked out does not fit the text
    article = dataclasses.replace(
        make_article("a", "5月6日(金)、港が閉鎖された。", date=dt.date(2031, 5, 8)), language="ja"
    )
    (entry,) = extract_timeline([article])
    assert (entry.date, entry.month, entry.day) == (None, 5, 6)


def test_a_bracketed_wire_dateline_ends_at_its_bracket() -> None:
    text = "【7月20日 AFP】山火事が続くヴェルモラ島の当局は22日、住民を避難させた。"
    assert dispatch_end(text, 1, 6) == 11
    assert dispatch_end("【東京 7月20日 Example News】当局は発表した。", 4, 9) is not None


def test_a_bracket_of_prose_or_a_date_in_text_is_no_dateline() -> None:
    assert dispatch_end("【7月20日に発表】当局は述べた。", 1, 6) is None
    assert dispatch_end("当局は7月20日 AFP】", 3, 8) is None


def test_a_bracketed_dateline_is_no_event() -> None:
    text = "【7月20日 AFP】ヴェルモラ島の当局は22日、住民3万人を避難させたと明らかにした。"
    article = dataclasses.replace(in_language("ja", "a", text), date=dt.date(2031, 7, 22))
    entries = extract_timeline([article])
    assert [e.date for e in entries if e.event] == [dt.date(2031, 7, 22)]
    assert all("AFP" not in e.sentence for e in entries)


def test_a_dashless_wire_dateline_is_no_event_and_lends_no_year() -> None:
    """A dateline "London, May 19 (EXA) The …": an agency's initials in brackets and no dash (the
    reader's datelines take the same shape); an undated article's weekday stays unworked."""
    text = "London, May 19 (EXA) The council closed the harbour on Saturday."
    entries = extract_timeline([make_article("a", text)])
    assert [(e.phrase, e.date) for e in entries] == [("on Saturday", None)]
    assert all("EXA" not in e.sentence for e in entries)


@pytest.mark.parametrize(
    "text",
    [
        "London, May 19 (Friday) The council closed the harbour.",  # a word, no tag
        "London, May 19 (EXA) said the council, closing the harbour.",  # prose runs on
    ],
)
def test_a_bracket_after_a_date_in_prose_stays_a_statement(text: str) -> None:
    entries = extract_timeline([make_article("a", text)])
    assert any(e.phrase == "May 19" and e.event for e in entries)
