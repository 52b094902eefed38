"""A number that starts a sum of money counts no noun (analysis/money_counts.py): sums named by
their currency word after the number ("12 مليار دولار", "7 Milliarden Dollar", "600 d'euros")
are never compared as a count of "dollars"; a count whose noun merely follows a sum still is.

Fixtures are written for these tests (a fictional company "Vestra"), no article text.
"""

from __future__ import annotations

import pytest
from analysis.builders import figure_flags, in_language

from briefing.analysis.figure_reading import _figures
from briefing.analysis.model import Quote
from briefing.model import Span


def _nouns(language: str, text: str) -> list[str]:
    """The nouns the sentence's figures count, as written."""
    quote = Quote("a", "Outlet a", Span(0, 0, len(text)), text)
    return [f.noun for f in _figures(text, language, None, quote)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ar", "قدرت ثروة مؤسس فيسترا بأكثر من 12 مليار دولار"),
        ("de", "Vestra schuldet der Bank rund 7 Milliarden Dollar."),
        ("en", "Vestra owed its lenders about 7 billion dollars."),
        ("fr", "Le billet coûtait 600 d'euros."),
        ("ru", "Компания Vestra должна около 7 миллиардов долларов."),
        ("es", "Vestra debe unos 7.500 millones de dólares."),
        ("de", "Vestra schuldet der Bank drei Milliarden Dollar."),
    ],
)
def test_a_sum_named_by_its_currency_is_no_count(language: str, text: str) -> None:
    assert _nouns(language, text) == []


@pytest.mark.parametrize(
    ("language", "text", "noun"),
    [
        # A count after a sum keeps its number: the villages, not the dollars.
        ("en", "Vestra gave 5 million dollars to 30 villages.", "villages"),
        ("de", "Vestra zahlte 5 Millionen Dollar an 30 Dörfer.", "Dörfer"),
        # A noun that is no currency's head is counted as before.
        ("en", "Vestra closed 40 stores in the region.", "stores"),
        # A sum written with a sign never counted its currency: what follows is read as
        # before (a shell variable in a manual, not money; another rule's question).
        ("en", "The assignment to $0 sets the name of the shell.", "sets"),
    ],
)
def test_a_count_beside_a_sum_is_still_read(language: str, text: str, noun: str) -> None:
    assert _nouns(language, text) == [noun]


def test_three_sums_of_one_currency_are_not_one_quantity() -> None:
    """A net worth, a sum sought and a debt, each "dollars" (Arabic and German): silent."""
    flags = figure_flags(
        in_language("ar", "a", "قدرت ثروة مؤسس فيسترا الصافية بأكثر من 12 مليار دولار."),
        in_language("ar", "b", "سعت فيسترا لجمع حوالي 6.2 مليار دولار من المستثمرين."),
        in_language("de", "c", "Vestra hatte ein Vermögen von 12 Milliarden Dollar."),
        in_language("de", "d", "Vestra suchte rund 6,2 Milliarden Dollar bei Investoren."),
    )
    assert flags == []


def test_one_price_in_two_sums_still_disagrees() -> None:
    """What .money compares (a price) is unchanged: the same takeover, two prices, each
    written with the currency's name after the number."""
    flags = figure_flags(
        in_language("en", "a", "Norland will buy Vestra for $1.25 billion."),
        in_language("ru", "b", "Norland купит Vestra за 1,25 миллиарда долларов."),
        in_language("it", "c", "Norland acquista Vestra per 1,45 miliardi di dollari."),
    )
    (price,) = [f for f in flags if "price" in f.subject]
    assert {c.article_ids for c in price.claims} == {("a", "b"), ("c",)}
