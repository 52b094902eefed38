"""How many things were stolen, across languages (:mod:`briefing.analysis.stolen`).

Fixtures are written for these tests (no article text). The story: a made-up museum loses
pieces of a coin collection, reported in seven languages with a different noun in each.
"""

from __future__ import annotations

import pytest
from analysis.builders import in_language

from briefing.analysis import Discrepancy, find_discrepancies
from briefing.analysis.numbers import find_numbers
from briefing.analysis.stolen import stolen_count
from briefing.model import Article


def _figures(articles: list[Article]) -> list[Discrepancy]:
    return [d for d in find_discrepancies(articles) if d.kind == "figure"]


@pytest.mark.parametrize(
    ("text", "language", "written", "noun", "stolen"),
    [
        ("The burglars stole twelve coins from the Ostara museum.", "en", "twelve", "coins", True),
        ("Twelve medals stolen from the Ostara museum.", "en", "Twelve", "medals", True),
        ("Les cambrioleurs ont dérobé douze pièces au musée.", "fr", "douze", "pièces", True),
        ("Die Einbrecher erbeuteten zwölf Münzen.", "de", "zwölf", "Münzen", True),
        ("Воры похитили двенадцать монет из музея.", "ru", "двенадцать", "монет", True),
        ("Los ladrones robaron doce monedas del museo.", "es", "doce", "monedas", True),
        ("Sono state rubate dodici monete dal museo.", "it", "dodici", "monete", True),
        ("Müzeden on iki sikke çalındı.", "tr", "on iki", "sikke", True),
        # Not the loot: the second count of "stole … and …", a sum of money, a count of
        # another clause, a small lot, a count with no verb of stealing.
        ("They stole twelve coins and nine medals.", "en", "nine", "medals", False),
        ("Die Einbrecher erbeuteten 500 Euro.", "de", "500", "Euro", False),
        ("The museum, robbed last year, shows forty coins.", "en", "forty", "coins", False),
        ("The burglars stole two tiaras.", "en", "two", "tiaras", False),
        ("Le musée expose douze pièces.", "fr", "douze", "pièces", False),
    ],
)
def test_a_count_of_loot_is_read_by_its_verb_in_every_dev_language(
    text: str, language: str, written: str, noun: str, stolen: bool
) -> None:
    number = next(n for n in find_numbers(text, language) if text[n.start : n.end] == written)
    assert (stolen_count(text, number, noun, language) is not None) is stolen


def test_rival_counts_of_the_loot_with_different_nouns_are_one_flag() -> None:
    articles = [
        in_language("fr", "a", "Les cambrioleurs ont dérobé douze pièces au musée d'Ostara."),
        in_language("de", "b", "Die Einbrecher erbeuteten zwölf Münzen im Museum von Ostara."),
        in_language("ru", "c", "Воры похитили четырнадцать монет из музея в Остаре."),
    ]
    (found,) = _figures(articles)
    assert found.subject == "how many things stolen"
    assert {c.value: c.article_ids for c in found.claims} == {
        "douze pièces (12)": ("a", "b"),
        "четырнадцать монет (14)": ("c",),
    }


def test_a_bound_or_a_rounded_count_of_the_loot_is_compatible() -> None:
    articles = [
        in_language("fr", "a", "Les cambrioleurs ont dérobé au moins douze pièces au musée."),
        in_language("de", "b", "Die Einbrecher erbeuteten vierzehn Münzen."),
        in_language("en", "c", "The burglars stole about 15 coins."),
    ]
    assert _figures(articles) == []


def test_a_sum_and_a_count_in_one_sentence_are_two_things() -> None:
    articles = [
        in_language("en", "a", "The burglars stole twelve coins worth 14 million dollars."),
        in_language("de", "b", "Die Einbrecher erbeuteten zwölf Münzen."),
    ]
    assert _figures(articles) == []


def test_people_carried_out_of_a_building_are_no_loot() -> None:
    # "вынесли" (carried out) is said of loot and of rescued people alike: not a verb of
    # stealing, so these two counts stay counts of their noun, never one with the loot.
    articles = [
        in_language("ru", "a", "Спасатели вынесли двенадцать человек из здания музея."),
        in_language("de", "b", "Die Einbrecher erbeuteten vierzehn Münzen."),
    ]
    assert _figures(articles) == []
