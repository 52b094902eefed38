"""A page's publication label inside a line of fields (``作者: 发布时间:2031年03月21日 浏览量:327``)
dates the page, not an event of the story; a date of the story after a colon stays an event.
Fixture text written for the test."""

from __future__ import annotations

import dataclasses
import datetime as dt

from analysis.builders import make_article

from briefing.analysis import extract_timeline


def _events(language: str, *paragraphs: str) -> list[tuple[str, dt.date | None]]:
    article = make_article("a", *paragraphs, date=dt.date(2031, 3, 21))
    article = dataclasses.replace(article, language=language)
    return [(e.phrase, e.date) for e in extract_timeline([article]) if e.event]


def test_a_labelled_stamp_in_a_line_of_fields_is_no_event() -> None:
    stamp = "作者: 发布时间:2031年03月21日 浏览量:327 字体大小: A+ A-"
    story = "3月14日,示例银行发布报告称,该行的内部控制存在重大缺陷。"
    assert _events("zh", stamp, story) == [("3月14日", dt.date(2031, 3, 14))]


def test_a_date_after_a_colon_in_a_sentence_stays_an_event() -> None:
    story = "The council gave one date for the vote: 14 March 2031, in the town hall."
    assert _events("en", story) == [("14 March 2031", dt.date(2031, 3, 14))]
