"""Sums of money (analysis/money.py, money_judge.py): one thing's price as two sums, or one
amount in two currencies, in any language; conversions, roundings, offers and other sums
stay silent.

Fixtures are written for these tests (a fictional takeover of "Vestra" by "Norland"), no
article text.
"""

from __future__ import annotations

import dataclasses

import pytest
from analysis.builders import make_article

from briefing.analysis import find_discrepancies
from briefing.analysis.model import Quote
from briefing.analysis.money import money_figures, sums_of
from briefing.model import Article, Span


def _in(language: str, article_id: str, text: str) -> Article:
    return dataclasses.replace(make_article(article_id, text), language=language)


def _money(*texts: tuple[str, str]) -> list[dict[str, tuple[str, ...]]]:
    articles = [_in(language, f"a{n}", text) for n, (language, text) in enumerate(texts)]
    return [
        {c.value: c.article_ids for c in d.claims}
        for d in find_discrepancies(articles)
        if d.kind == "figure" and ("price" in d.subject or "currency" in d.subject)
    ]


def _roles(language: str, text: str) -> list[tuple[str, str]]:
    quote = Quote("a", "Outlet a", Span(0, 0, len(text)), text)
    return [(f.what, f.noun) for f in money_figures(text, language, quote)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Norland will buy Vestra for $1.25 billion.", [("price", "USD")]),
        ("de", "Norland übernimmt Vestra für zwei Milliarden Franken.", [("price", "CHF")]),
        ("fr", "Norland rachète Vestra pour 2 milliards d'euros.", [("price", "EUR")]),
        ("it", "Norland acquista Vestra per due miliardi di franchi svizzeri.", [("price", "CHF")]),
        ("ru", "Norland заплатит 0,82 швейцарского франка за акцию.", [("share", "CHF")]),
        ("zh", "诺兰集团以12亿美元收购维斯特拉。", [("price", "USD")]),
        ("ar", "قدمت الحكومة ضمانا بقيمة سبعة مليارات دولار.", [("guarantee", "USD")]),
        ("en", "The state issues a CHF7 billion guarantee.", [("guarantee", "CHF")]),
        (
            "de",
            "Die Notenbank gewährt ein Darlehen von bis zu 60 Milliarden Franken.",
            [("liquidity", "CHF")],
        ),
        ("en", "Norland will assume up to $4.2bn in losses.", [("loss", "USD")]),
        (
            "en",
            "The court ordered him to pay a €100,000 (£87,000) fine.",
            [("fine", "EUR"), ("fine", "GBP")],
        ),
    ],
)
def test_a_sum_is_read_with_its_currency_and_what_it_pays_for(
    language: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _roles(language, text) == expected


def test_a_bracketed_conversion_pays_for_the_same_thing_under_the_same_hedge() -> None:
    text = "Norland is paying more than $2bn (€1.8bn) for Vestra."
    quote = Quote("a", "Outlet a", Span(0, 0, len(text)), text)
    figures = money_figures(text, "en", quote)
    assert [(f.what, f.noun, f.bound) for f in figures] == [
        ("price", "USD", "lower"), ("price", "EUR", "lower")
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Norland raised its offer for Vestra to $0.8 billion."),
        ("ru", "Ранее Norland предлагал выплатить за Vestra $0,5 млрд."),
        ("zh", "诺兰将报价由早前的5亿美元提高至逾8亿美元。"),
        ("en", "Five new cases were found in 2 American hospitals."),
        ("en", "Vestra shares were worth $2 at Friday's close."),
        ("en", "The rate was fixed on Friday (1 dollar = 0.92 francs)."),
        ("ru", "Бумаги кредитного учреждения стоили 1,86 франка."),
    ],
)
def test_offers_stages_and_sums_of_no_stated_thing_are_not_read(language: str, text: str) -> None:
    assert _roles(language, text) == []


def test_sums_in_words_and_with_glued_scales() -> None:
    sums = sums_of("Norland pays three billion francs, CHF9 billion and $2bn.", "en")
    assert [(s.low <= v <= s.high, s.code) for s, v in zip(sums, (3e9, 9e9, 2e9), strict=True)] == [
        (True, "CHF"), (True, "CHF"), (True, "USD")
    ]  # fmt: skip


def test_one_price_given_as_two_sums_in_one_currency_disagrees_across_languages() -> None:
    found = _money(
        ("en", "Norland will buy Vestra for $1.25 billion."),
        ("ru", "Norland купит Vestra за 1,25 миллиарда долларов."),
        ("it", "Norland acquista Vestra per 1,45 miliardi di dollari."),
    )
    assert found == [{"$1.25 billion": ("a0", "a1"), "1,45 miliardi di dollari": ("a2",)}]


def test_a_price_per_share_given_as_two_sums_disagrees() -> None:
    found = _money(
        ("ru", "Norland заплатит 0,82 швейцарского франка за акцию."),
        ("zh", "维斯特拉股东将获得每股0.82瑞士法郎。"),
        ("zh", "维斯特拉股东将获得每股0.6瑞士法郎。"),
    )
    assert len(found) == 1 and set(found[0].values()) == {("a0", "a1"), ("a2",)}


def test_one_amount_in_two_currencies_disagrees() -> None:
    found = _money(
        ("fr", "Le gouvernement donne une garantie de 7 milliards de francs."),
        ("de", "Die Regierung sichert eine Garantie von sieben Milliarden Franken zu."),
        ("ar", "قدمت الحكومة ضمانا بقيمة سبعة مليارات دولار."),
    )
    assert len(found) == 1
    assert sorted(found[0].values()) == [("a0", "a1"), ("a2",)]


@pytest.mark.parametrize(
    "texts",
    [
        # A conversion, in brackets or alone, is the same sum.
        (
            ("en", "Norland will buy Vestra for 2 billion francs ($2.2 billion)."),
            ("ru", "Norland купит Vestra за $2,2 млрд."),
            ("de", "Norland übernimmt Vestra für zwei Milliarden Franken."),
        ),
        # A rounding next to a precise sum.
        (
            ("en", "Norland will buy Vestra for more than $1 billion."),
            ("fr", "Norland rachète Vestra pour 1,25 milliard de dollars."),
        ),
        # An offer before the deal.
        (
            ("en", "Norland raised its offer for Vestra to $0.8 billion."),
            ("en", "Norland will buy Vestra for $1.25 billion."),
        ),
        # Different sums: a loan is not a price, two loans are not one.
        (
            ("en", "Norland will buy Vestra for $1.25 billion."),
            ("en", "The central bank gives Vestra a loan of $1.5 billion."),
        ),
        (
            ("en", "The central bank gives Vestra a loan of $40 billion."),
            ("en", "The central bank provides $25 billion in liquidity."),
        ),
        # One amount for two things in two currencies.
        (
            ("fr", "Le gouvernement donne une garantie de 7 milliards de francs."),
            ("en", "Norland may assume up to $7 billion in losses."),
        ),
        # Sums each told by one source only: several purchases as likely as one.
        (
            ("en", "She had paid $4,500 to travel on the boat."),
            ("en", "He said he paid $6,000 for his place on the boat."),
        ),
        # A fine is not a price.
        (
            ("en", "The court ordered him to pay a €100,000 fine."),
            ("en", "He must also pay a €100,000 fine, the court said."),
            ("de", "Er zahlt 80.000 Euro für die Villa."),
            ("it", "Paga 80.000 euro per la villa."),
        ),
        # A source giving the amount in both currencies.
        (
            ("en", "The bank provides 50 billion francs in liquidity, or 50 billion dollars."),
            ("de", "Die Notenbank gewährt ein Darlehen von 50 Milliarden Franken."),
        ),
    ],
)
def test_conversions_roundings_stages_and_different_sums_stay_silent(
    texts: tuple[tuple[str, str], ...],
) -> None:
    assert _money(*texts) == []
