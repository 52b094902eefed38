"""Thousands as the press writes them, and a count split in two, read so that two reports of
one evacuation can be compared (:mod:`briefing.analysis.numbers`, :mod:`.parts`).

- A language with a decimal comma groups thousands with a space too ("30 000 personas").
- French, whose group is a space, often meets "30.000": a mark that is neither its decimal nor
  its group before groups of three digits; a count of people is then read whole.
- Arabic "30 ألف شخص": the scale word "ألف" (a thousand) scales the number, no second count;
  Arabic hedges ("أكثر من", "ما يقرب من") bound the figure.
- "16,000 people by land and 3,000 by sea": the first is one share of a split, not a total.

Fixtures are written for these tests: a flood on a made-up island, reported on one day.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from analysis.builders import make_article

from briefing.analysis import Discrepancy, find_discrepancies
from briefing.analysis.numbers import find_numbers
from briefing.analysis.parts import split_share
from briefing.model import Article

DAY = dt.date(2031, 5, 9)


def _in(language: str, article_id: str, text: str) -> Article:
    return dataclasses.replace(make_article(article_id, text, date=DAY), language=language)


def _figures(articles: list[Article]) -> list[Discrepancy]:
    return [d for d in find_discrepancies(articles) if d.kind == "figure"]


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("Las autoridades desalojaron a 30 000 personas.", "es", 30000),
        ("Le autorità hanno spostato 12 500 persone.", "it", 12500),
        ("La préfecture a déplacé 1.250.000 habitants.", "fr", 1250000),
        ("Проверили 4 000 домов.", "ru", 4000),
    ],
)
def test_thousands_in_another_group_mark_are_read(text: str, language: str, value: int) -> None:
    assert [n.value for n in find_numbers(text, language)] == [value]


def test_a_date_and_a_decimal_keep_their_reading() -> None:
    assert [n.value for n in find_numbers("le 14.05.2031, 7.5 km", "fr")] == [7.5]
    assert [n.value for n in find_numbers("The 3 000 figure", "en")] != [3000]


def test_an_arabic_thousand_scales_its_number_and_a_hedge_bounds_it() -> None:
    found = find_numbers("أجلت السلطات أكثر من 30 ألف شخص من الجزيرة.", "ar")
    assert [(n.value, n.qualifier) for n in found] == [(30.0, "above")]


def test_french_counts_with_a_dot_disagree_when_they_cannot_both_be_true() -> None:
    one = _in("fr", "fr1", "La préfecture a évacué 30.000 personnes samedi à Varna.")
    other = _in("fr", "fr2", "Environ 18.000 personnes ont été évacuées samedi à Varna.")
    flags = _figures([one, other])
    assert len(flags) == 1
    assert {c.value for c in flags[0].claims} == {"30.000 personnes", "Environ 18.000 personnes"}


def test_arabic_evacuation_counts_disagree() -> None:
    one = _in("ar", "ar1", "قالت السلطات إنها أجلت أكثر من 30 ألف شخص من جزيرة فارنا.")
    other = _in("ar", "ar2", "وقالت الحكومة إنه تم إجلاء ما يقرب من 18 ألف شخص من فارنا.")
    flags = _figures([one, other])
    assert len(flags) == 1
    assert len(flags[0].claims) == 2


def test_a_share_of_a_split_is_no_total() -> None:
    # 16,000 by land is one share of the 19,000 the other source gives: no disagreement
    one = _in("en", "en1", "Officials said 16,000 people were moved by land and 3,000 by sea.")
    other = _in("en", "en2", "Officials said 19,000 people were moved from the island of Varna.")
    assert _figures([one, other]) == []
    arabic = _in("ar", "ar1", "وقالت إن 16000 شخص تم نقلهم برًا و 3000 عن طريق البحر.")
    whole = _in("ar", "ar2", "وقالت الحكومة إنه تم إجلاء 19000 شخص من فارنا.")
    assert _figures([arabic, whole]) == []


def test_a_part_of_a_count_keeps_the_count() -> None:
    # "and 3 of them": a part of this count, which stays a count
    one = _in("en", "en1", "The flood destroyed 12 houses and 3 of them were new.")
    other = _in("en", "en2", "The flood destroyed 20 houses in the village.")
    assert len(_figures([one, other])) == 1


def test_two_counts_each_with_its_own_state_are_no_split() -> None:
    # "and 14 were injured" has its own state, and "Four were" no noun the other leaves out:
    # two counts, not two shares of one whole.
    for text in (
        "Four were killed and 14 were injured.",
        "Four people were killed and 14 were injured.",
    ):
        numbers = find_numbers(text, "en")
        assert not split_share(text, numbers, 0, "en"), text
    text = "The authorities moved 16,000 people by land and 3,000 by sea."
    numbers = find_numbers(text, "en")
    assert split_share(text, numbers, 0, "en")
