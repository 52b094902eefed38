"""A sentence told by a clock written with an hour mark ("下午2時", "午後3時", "오후 2시") is
placed on the one day its article names, with no year when the article gives none; hours
counted ("3時間", "3시간") and a "point" ("3点要求") are no time (briefing.analysis.hour_marks,
context_days). Fixture text written for the test."""

from __future__ import annotations

import dataclasses
import datetime as dt

from analysis.builders import make_article

from briefing.analysis import extract_timeline
from briefing.analysis.hour_marks import HOUR_MARK


def _context(language: str, text: str, date: dt.date | None = None) -> list[object]:
    article = dataclasses.replace(make_article("a", text, date=date), language=language)
    return [
        (e.phrase, e.date, e.month, e.day)
        for e in extract_timeline([article])
        if e.resolution == "context"
    ]


def test_an_hour_mark_places_the_sentence_on_the_named_day_without_a_year() -> None:
    zh = "示例省5月20日發生山崩,多人受困。\n\n下午2時,救援部門公布,已有10人獲救,仍在搜索受困者。"
    assert _context("zh", zh) == [("下午2時", None, 5, 20)]


def test_a_dated_article_places_it_on_its_own_day() -> None:
    ko = "예시 정부는 20일 오전 산사태가 났다고 밝혔다.\n\n오후 2시 현재 대원들이 열 명을 구조했다."
    placed = [("오후 2시", dt.date(2031, 5, 20), None, None)]
    assert _context("ko", ko, dt.date(2031, 5, 20)) == placed


def test_counted_hours_and_points_are_no_time() -> None:
    assert HOUR_MARK.search("救援持續了3時間") is None
    assert HOUR_MARK.search("구조는 5시간 동안 이어졌다") is None
    assert HOUR_MARK.search("委員會提出3点要求") is None
    assert [m.group() for m in HOUR_MARK.finditer("午後9時、3点半、오후 2시 20분")] == [
        "午後9時",
        "3点",
        "오후 2시 20분",
    ]
    zh = "示例省5月20日發生山崩,多人受困。\n\n救援部門提出3点要求,仍在搜索受困的多人。"
    assert _context("zh", zh) == []


def test_a_sentence_with_its_own_day_after_a_run_in_dateline_is_not_dated_again() -> None:
    # The dateline is read apart from the lead, whose "9日" dates it: its clock adds no line.
    zh = (
        "示例国9日发生强烈地震,多人受伤。\n\n"
        "【示例台北京时间2031年07月09日讯】示例国9日下午2时发生地震,当局表示,已有10人受伤。"
    )
    entries = extract_timeline(
        [dataclasses.replace(make_article("a", zh, date=dt.date(2031, 7, 9)), language="zh")]
    )
    assert [e.resolution for e in entries if e.event] == ["relative", "relative"]
