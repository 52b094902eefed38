"""Chinese, Japanese and Korean tolls of undated reports tied to a bare day of the month.

Written fixtures (no article text): a stand collapsed at a stadium in a made-up town on
Thursday 12 March 2026, told by three dated articles in three languages (the main day); an
undated Korean or Japanese rewrite gives the toll "as of the 14th" ("14일 오전 현재",
"14日現在") with no month. Each look-alike keeps every condition of a real disagreement but
one: the main day's own date, a span or an offset of days, two days, a month, a day outside
the story's week, no main day, a lower bound that fits.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from analysis.builders import (
    COLLAPSE_DAY,
    article_in,
    collapse_story,
    toll_flags,
    values_by_article,
)

from briefing.analysis.cjk_tolls import told_monthday
from briefing.analysis.report_days import monthday_report
from briefing.model import Article

THURSDAY = COLLAPSE_DAY
SATURDAY = dt.date(2026, 3, 14)


def _saturday_report() -> Article:
    return article_in("de", "e", "Bei dem Einsturz kamen 70 Menschen ums Leben.", SATURDAY)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("14일 오전 현재 사망자는 61명이다.", 14),
        ("14日現在、61人が死亡した。", 14),
        ("消防当局は14日、61人が死亡したと発表した。", 14),
        # Look-alikes: a month or a year, two days, a span or an offset of days.
        ("3월 14일 현재 사망자는 61명이다.", None),
        ("3月14日,61人死亡。", None),
        ("2026년 14일 현재 사망자는 61명이다.", None),
        ("13일(한국시간 14일) 사망자는 61명이다.", None),
        ("구조 작업은 14일간 이어졌고 사망자는 61명이다.", None),
        ("政府は5日以内に調査を終える。", None),
        ("사고 14일째 사망자는 61명이다.", None),
        ("事故の3日前に点検があった。", None),
    ],
)
def test_a_sentence_dated_by_one_bare_day_of_the_month(text: str, day: int | None) -> None:
    assert told_monthday(text) == day


def test_a_day_of_the_month_is_placed_after_the_main_day_within_its_week() -> None:
    assert monthday_report(14, THURSDAY) == SATURDAY
    assert monthday_report(1, dt.date(2026, 3, 30)) == dt.date(2026, 4, 1)  # next month
    assert monthday_report(12, THURSDAY) is None  # the main day's own date dates the act
    assert monthday_report(25, THURSDAY) is None  # outside the story's week
    assert monthday_report(14, None) is None  # no main day: no week to place it in


def test_an_undated_toll_as_of_a_day_disagrees_with_a_report_of_that_day() -> None:
    korean = article_in("ko", "d", "14일 오전 현재 사망자는 61명이다.")
    (found,) = toll_flags([*collapse_story(), korean, _saturday_report()])
    assert found.subject == "how many dead, reported 14 March 2026"
    assert values_by_article(found) == {"61명": ("d",), "70 Menschen": ("e",)}


def test_the_main_day_s_own_date_dates_the_act_not_the_report() -> None:
    korean = article_in("ko", "d", "12일 오후 붕괴 사고로 사망자는 61명이다.")
    that_day = article_in("de", "e", "Bei dem Einsturz kamen 70 Menschen ums Leben.", THURSDAY)
    assert toll_flags([*collapse_story(), korean, that_day]) == []


def test_two_days_or_another_day_are_other_reports() -> None:
    two = article_in("ko", "d", "13일(한국시간 14일) 사망자는 61명이다.")
    assert toll_flags([*collapse_story(), two, _saturday_report()]) == []
    other = article_in("ja", "d", "13日現在、61人が死亡した。")  # the 13th: not Saturday's report
    assert toll_flags([*collapse_story(), other, _saturday_report()]) == []


def test_without_a_main_day_no_day_of_the_month_is_placed() -> None:
    korean = article_in("ko", "d", "14일 오전 현재 사망자는 61명이다.")
    assert toll_flags([*collapse_story()[:2], korean, _saturday_report()]) == []


def test_a_lower_bound_of_that_day_agrees() -> None:
    japanese = article_in("ja", "d", "14日現在、60人以上が死亡した。")
    assert toll_flags([*collapse_story(), japanese, _saturday_report()]) == []


def test_an_article_of_another_month_reports_another_week() -> None:
    korean = article_in("ko", "d", "14일 오전 현재 사망자는 61명이다.")
    april = dataclasses.replace(korean, date=dt.date(2026, 4, 1), date_precision="month")
    assert toll_flags([*collapse_story(), april, _saturday_report()]) == []
