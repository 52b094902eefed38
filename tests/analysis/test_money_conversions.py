"""One sum converted into one currency as two amounts (analysis/money_conversions.py), and the
mixed numerals of Chinese, Japanese and Korean amounts (analysis/cjk_amounts.py) with the
short currency words of Japanese and Korean (analysis/currencies.py).

Fixtures are written for these tests (a fictional purchase of the "Orvik" ferry line), no
article text.
"""

from __future__ import annotations

import dataclasses

import pytest
from analysis.builders import make_article

from briefing.analysis.cjk_amounts import compound_amounts
from briefing.analysis.money import sums_of
from briefing.analysis.money_conversions import conversion_discrepancies
from briefing.model import Article


def _in(language: str, article_id: str, text: str) -> Article:
    return dataclasses.replace(make_article(article_id, text), language=language)


def _flags(*texts: tuple[str, str]) -> list[dict[str, tuple[str, ...]]]:
    articles = [_in(language, f"a{n}", text) for n, (language, text) in enumerate(texts)]
    return [{c.value: c.article_ids for c in d.claims} for d in conversion_discrepancies(articles)]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Orvik kostet 3億4500万ユーロ", 345_000_000, 1e6),
        ("오르비크 인수가 3억4천5백만 유로", 345_000_000, 1e6),
        ("오르비크 인수가 3억4천500만 유로", 345_000_000, 1e6),
        ("매각액 2억7백만 달러", 207_000_000, 1e6),
        ("부채 6천400만 파운드", 64_000_000, 1e6),
        ("약 4천560억원", 456_000_000_000, 1e9),
        ("총 5천만 유로", 50_000_000, 1e7),
        ("3億5000万ユーロ", 350_000_000, 1e7),
        ("128億4100万円", 12_841_000_000, 1e6),
    ],
)
def test_compound_amounts_read_whole_with_their_precision(
    text: str, value: float, unit: float
) -> None:
    (amount,) = compound_amounts(text)
    assert (amount.value, amount.unit) == (value, unit)


@pytest.mark.parametrize("text", ["2200万ユーロ", "4.5亿欧元", "천 명", "3천 명이"])
def test_single_groups_and_words_are_not_compounds(text: str) -> None:
    assert compound_amounts(text) == []


@pytest.mark.parametrize(
    ("language", "text", "written", "code"),
    [
        ("ko", "인수가는 3억4천5백만 유로로 정해졌다.", "3억4천5백만 유로", "EUR"),
        ("ko", "부채는 6천400만 파운드에 이른다.", "6천400만 파운드", "GBP"),
        ("ko", "오르비크는 4천560억원을 받았다.", "4천560억원", "KRW"),
        ("ja", "買収額は3億4500万ユーロ。", "3億4500万ユーロ", "EUR"),
        ("ja", "負債は6400万ポンドとされる。", "6400万ポンド", "GBP"),
        ("ja", "運賃は150円だった。", "150円", "JPY"),
    ],
)
def test_cjk_sums_with_short_currency_words(
    language: str, text: str, written: str, code: str
) -> None:
    assert [(s.written, s.code) for s in sums_of(text, language)] == [(written, code)]


def test_a_korean_word_starting_like_a_currency_is_no_sum() -> None:
    # "원정" (an expedition) begins with the won's syllable; a particle never follows so
    assert sums_of("선수 3만 원정 응원단이 모였다.", "ko") == []


def test_two_conversions_of_one_sum_disagree() -> None:
    flags = _flags(
        ("en", "Norland paid 345 million euros ($371 million) for the Orvik line."),
        ("en", "The Orvik line went for 345 million euros ($377 million), Norland said."),
    )
    assert flags == [{"$371 million (371 million)": ("a0",), "$377 million (377 million)": ("a1",)}]


def test_conversions_across_languages_and_a_hedged_conversion() -> None:
    flags = _flags(
        ("pt", "A Norland pagou 345 milhões de euros (R$ 1,28 bilhão) pela Orvik."),
        ("pt", "A Orvik foi vendida por 345 milhões de euros (aproximadamente R$ 1,31 bilhão)."),
    )
    assert flags == [
        {
            "R$ 1,28 bilhão (1.28 billion)": ("a0",),
            "aproximadamente R$ 1,31 bilhão (1.31 billion)": ("a1",),
        },
    ]


def test_conversions_in_cjk_numerals() -> None:
    flags = _flags(
        ("ko", "노를란드는 3억4천5백만 유로(약 4천560억원)를 지급했다."),
        ("ko", "오르비크 매각 대금은 3억4천500만 유로(4천710억원)다."),
    )
    assert flags == [{"약 4천560억원 (456 billion)": ("a0",), "4천710억원 (471 billion)": ("a1",)}]


_SUM = "It cost 345 million euros ($371 million)."


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # the same conversion to the digits written
        ("Norland paid 345 million euros ($371 million).", _SUM),
        # a rounder conversion covers the other
        ("Norland paid 345 million euros ($370 million).", _SUM),
        # conversions of two sums: a rounded sum is not the exact one
        ("Norland paid 340 million euros ($366 million).", _SUM),
        # an approximate sum converted
        ("Norland paid about 345 million euros ($360 million).", _SUM),
        # a conversion at another day's rate
        ("Norland paid 345 million euros (then $390 million).", _SUM),
        # one sum in two currencies: no conversion compared
        ("Norland paid 345 million euros.", "It cost $371 million."),
        # not in brackets
        ("Norland paid 345 million euros, or $390 million.", _SUM),
    ],
)
def test_look_alikes_stay_silent(first: str, second: str) -> None:
    assert _flags(("en", first), ("en", second)) == []


def test_one_source_converting_twice_is_left_out() -> None:
    assert (
        _flags(
            (
                "en",
                "Norland paid 345 million euros ($371 million). Today 345 million euros "
                "($390 million) buys less.",
            ),
            ("en", "It cost 345 million euros ($377 million)."),
        )
        == []
    )
