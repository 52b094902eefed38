"""Bounds in opposite directions: "over 30 years" and "up to 25 years" are not a disagreement
unless they bound one thing. Every sentence is written for these tests."""

from __future__ import annotations

import dataclasses
import datetime as dt

from analysis.builders import make_article

from briefing.analysis import find_discrepancies
from briefing.model import Article

DAY = dt.date(2031, 3, 4)


def _in(language: str, article_id: str, text: str, date: dt.date | None = None) -> Article:
    return dataclasses.replace(make_article(article_id, text, date=date), language=language)


def _values(articles: list[Article]) -> list[set[str]]:
    return [{c.value for c in d.claims} for d in find_discrepancies(articles)]


def test_a_lower_bound_and_a_maximum_are_not_a_disagreement() -> None:
    articles = [
        _in("en", "en1", "The officer, who served over 30 years in the force, was charged."),
        _in("en", "en2", "If convicted, the officer faces up to 25 years in prison."),
        _in("de", "de1", "Der Beamte war mehr als 30 Jahre im Dienst."),
        _in("de", "de2", "Dem Beamten drohen bis zu 25 Jahre Haft."),
        _in("fr", "fr1", "Le policier avait plus de 30 ans de carrière."),
        _in("fr", "fr2", "Le policier risque jusqu'à 25 ans de prison."),
    ]
    assert _values(articles) == []


def test_a_lower_and_an_upper_bound_of_a_noun_are_not_a_disagreement() -> None:
    articles = [
        _in("en", "a", "More than 30 volunteers cleaned the beach."),
        _in("en", "b", "Fewer than 20 volunteers stayed for the evening shift."),
        _in("it", "c", "Oltre 30 volontari hanno pulito la spiaggia."),
        _in("it", "d", "Meno di 20 volontari sono rimasti la sera."),
    ]
    assert _values(articles) == []


def test_bounds_that_contradict_are_still_flagged() -> None:
    # A toll of one kind and one report day says what both bounds count.
    articles = [
        _in("en", "a", "The collapse killed more than 30 people, officials said.", DAY),
        _in("en", "b", "The collapse killed fewer than 20 people, officials said.", DAY),
    ]
    assert _values(articles) == [{"more than 30 people", "fewer than 20 people"}]


def test_a_bound_against_a_value_outside_it_is_still_flagged() -> None:
    articles = [
        _in("en", "a", "The officer had more than 30 years of service in the force."),
        _in("en", "b", "The officer had 22 years of service in the force."),
        _in("de", "c", "Die Reise dauerte bis zu 5 Stunden."),
        _in("de", "d", "Die Reise dauerte 7 Stunden."),
    ]
    assert sorted(map(sorted, _values(articles))) == [
        ["22 years", "more than 30 years"],
        ["7 Stunden", "bis zu 5 Stunden"],
    ]


def test_two_lower_bounds_of_one_toll_are_not_a_disagreement() -> None:
    # "at least 26" and "at least 32" on one report day can both be true, in every language
    # whose hedges are listed; the same two figures without a hedge still clash.
    pairs = {
        "ru": ("погибли по меньшей мере 26 человек.", "Не менее 32 человек погибли."),
        "uk": ("загинули щонайменше 26 людей.", "Загинули принаймні 32 людини."),
        "pt": ("morreram pelo menos 26 pessoas.", "Morreram ao menos 32 pessoas."),
        "nl": ("kwamen minstens 26 mensen om.", "Er kwamen ten minste 32 mensen om."),
        "pl": ("zginęło co najmniej 26 osób.", "Zginęło przynajmniej 32 osób."),
        "el": ("σκοτώθηκαν τουλάχιστον 26 άνθρωποι.", "Σκοτώθηκαν τουλάχιστον 32 άνθρωποι."),
    }
    for language, (one, other) in pairs.items():
        articles = [_in(language, "a", one, DAY), _in(language, "b", other, DAY)]
        assert _values(articles) == [], language


def test_a_new_hedge_and_a_figure_outside_it_still_clash() -> None:
    articles = [
        _in("ru", "a", "Поездка длилась не более 5 часов.", DAY),
        _in("ru", "b", "Поездка длилась 7 часов.", DAY),
    ]
    assert _values(articles) == [{"не более 5 часов", "7 часов"}]


def test_a_hedge_is_a_whole_word() -> None:
    from briefing.analysis.numbers import find_numbers

    (number,) = find_numbers("De pruim 30 keer gewogen.", "nl")
    assert number.qualifier is None
    (number,) = find_numbers("Er waren ruim 30 gewonden.", "nl")
    assert (number.value, number.qualifier) == (30, "above")
    (number,) = find_numbers("Zeker 35 mensen kwamen om.", "nl")  # Dutch news: "at least"
    assert (number.value, number.qualifier) == (35, "from")
