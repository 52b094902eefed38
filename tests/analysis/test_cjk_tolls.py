"""Tolls in Chinese, Japanese and Korean (:mod:`briefing.analysis.cjk_tolls`).

Fixtures are written for these tests (no article text). The story: a stand collapses at a
stadium in a made-up town on 4 May 2031, reported in Chinese, Japanese, Korean and German. Each
look-alike keeps every condition of a real disagreement but one.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from analysis.builders import claim_values, make_article

from briefing.analysis import Discrepancy, find_discrepancies
from briefing.analysis.cjk_tolls import cjk_tolls
from briefing.analysis.model import Quote
from briefing.model import Article, Span

DAY = dt.date(2031, 5, 4)


def _in(language: str, article_id: str, text: str, date: dt.date | None = DAY) -> Article:
    return dataclasses.replace(make_article(article_id, text, date=date), language=language)


def _flags(*articles: Article) -> list[Discrepancy]:
    return [d for d in find_discrepancies(articles) if d.kind == "figure"]


def _tolls(text: str, language: str) -> list[tuple[str, float, float, str]]:
    quote = Quote("a", "s", Span(0, 0, len(text)), text)
    return [(f.key[1], f.low, f.high, f.bound) for f in cjk_tolls(text, language, None, quote, DAY)]


@pytest.mark.parametrize(
    ("text", "language", "read"),
    [
        ("看台倒塌,當中61人死亡。", "zh", ("casualties dead", 61, 61, "")),
        ("死亡人數達1,361人。", "zh", ("casualties dead", 1361, 1361, "")),
        ("累计死亡超过1373例。", "zh", ("casualties dead", 1373, float("inf"), "lower")),
        ("事故で60人以上が死亡した。", "ja", ("casualties dead", 60, float("inf"), "lower")),
        ("이번 사고로 관중 12명이 다쳤다.", "ko", ("casualties injured", 12, 12, "")),
        ("사고로 최소 3명이 숨졌다.", "ko", ("casualties dead", 3, float("inf"), "lower")),
        ("警方表示,共有4人被捕。", "zh", ("casualties arrested", 4, 4, "")),
    ],
)
def test_a_toll_is_read_with_its_kind(
    text: str, language: str, read: tuple[str, float, float, str]
) -> None:
    assert _tolls(text, language)[-1] == read


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("造成1,180人受伤当中61人死亡。", "zh"),  # two counts, one clause: which is the toll?
        ("事故で死者と負傷者が60人に上った。", "ja"),  # two kinds: two quantities
        ("又有12人死亡。", "zh"),  # an increment
        ("新たに5人が死亡した。", "ja"),  # likewise
        ("意大利已有827人死亡。", "zh"),  # another place's toll
        ("イタリアでは827人が死亡した。", "ja"),  # likewise
        ("中国以外已有827人死亡。", "zh"),  # a part of the world
        ("2003年的非典造成774人死亡。", "zh"),  # another year's event
        ("看台上有300人。", "zh"),  # no casualty word
        ("警方逮捕了4名嫌疑人。", "zh"),  # a group (suspects), not people of any kind
        ("事故で4人の子どもが死亡した。", "ja"),  # a part (children)
    ],
)
def test_what_is_not_one_toll_of_its_report_is_not_read(text: str, language: str) -> None:
    assert _tolls(text, language) == []


def test_a_report_of_no_day_whose_sentence_dates_nothing_is_not_read() -> None:
    text = "當中61人死亡。"
    quote = Quote("a", "s", Span(0, 0, len(text)), text)
    assert cjk_tolls(text, "zh", None, quote, None) == []


def test_a_cjk_toll_disagrees_with_a_german_one_of_the_same_day() -> None:
    flags = _flags(
        _in("zh", "a", "看台倒塌,當中61人死亡。"),
        _in("de", "b", "Bei dem Unglück kamen 70 Menschen ums Leben."),
    )
    assert [claim_values(f) for f in flags] == [{"61人", "70 Menschen"}]


def test_a_toll_rising_over_two_days_is_no_disagreement() -> None:
    assert not _flags(
        _in("zh", "a", "看台倒塌,當中61人死亡。"),
        _in("ja", "b", "事故で70人が死亡した。", date=DAY + dt.timedelta(days=1)),
    )


def test_a_lower_bound_fits_every_higher_toll() -> None:
    assert not _flags(
        _in("zh", "a", "看台倒塌,當中61人死亡。"),
        _in("ja", "b", "事故で40人以上が死亡した。"),
        _in("de", "c", "Mehr als 50 Menschen kamen ums Leben."),
    )


def test_a_toll_still_rising_is_no_disagreement() -> None:
    """ "More than 1,373" a little above another report's plain 1,361 of the day: the same toll
    a few hours on (:func:`.figures._still_rising`)."""
    assert not _flags(
        _in("zh", "a", "死亡人數達1,361人。"),
        _in("zh", "b", "累计死亡超过1373例。"),
    )


def test_another_place_s_toll_is_not_set_against_the_world_s() -> None:
    assert not _flags(
        _in("zh", "a", "全球死亡人數達4,300人。"),
        _in("zh", "b", "意大利死亡人数达4,100人。"),
    )


@pytest.mark.parametrize(
    ("text", "language", "read"),
    [
        ("当局は計3人の死亡が確認されたと発表した。", "ja", ("casualties dead", 3, 3, "")),
        ("이번 사고로 12명의 부상자가 나왔다.", "ko", ("casualties injured", 12, 12, "")),
    ],
)
def test_a_genitive_then_a_casualty_word_is_the_toll(
    text: str, language: str, read: tuple[str, float, float, str]
) -> None:
    assert _tolls(text, language) == [read]


def test_a_genitive_then_a_group_is_no_toll() -> None:
    # "4人の子ども": children, a group; their deaths are a part of the toll, not all of it.
    assert _tolls("事故で4人の子どもが死亡した。", "ja") == []
