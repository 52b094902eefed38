"""How many shots were fired, across languages (:mod:`briefing.analysis.shots`).

Fixtures are written for these tests (no article text). The story: a made-up mayor of a
made-up town is shot at outside a library, reported in seven languages. Each look-alike keeps
every condition of a real disagreement but one (hits, not shots fired; a knife, not a gun;
vaccine shots), so it fails if that one condition is dropped.
"""

from __future__ import annotations

import dataclasses

import pytest
from analysis.builders import make_article

from briefing.analysis import Discrepancy, find_discrepancies
from briefing.analysis.numbers import find_numbers
from briefing.analysis.shots import shots_count
from briefing.model import Article


def _in(language: str, article_id: str, text: str) -> Article:
    return dataclasses.replace(make_article(article_id, text), language=language)


def _figures(articles: list[Article]) -> list[Discrepancy]:
    return [d for d in find_discrepancies(articles) if d.kind == "figure"]


@pytest.mark.parametrize(
    ("text", "language", "written", "noun", "shots"),
    [
        ("The attacker fired six times at the mayor of Brelin.", "en", "six", "times", True),
        ("Six shots were fired outside the Brelin library.", "en", "Six", "shots", True),
        ("Devant la bibliothèque, six coups de feu ont claqué.", "fr", "six", "coups", True),
        ("Der Angreifer gab sechs Schüsse aus einer Pistole ab.", "de", "sechs", "Schüsse", True),
        ("Sono stati sparati sei colpi contro il sindaco.", "it", "sei", "colpi", True),
        ("El agresor disparó seis veces contra el alcalde.", "es", "seis", "veces", True),
        ("Нападавший выстрелил шесть раз в мэра.", "ru", "шесть", "раз", True),
        # The whole that a part of the hits is taken from: the shots fired.
        ("Three of the six bullets struck the mayor.", "en", "six", "bullets", True),
        ("Von sechs Schüssen trafen drei den Bürgermeister.", "de", "sechs", "Schüssen", True),
        # Hits, not shots fired.
        ("The mayor was hit three times in the chest.", "en", "three", "times", False),
        ("He was shot three times in the chest.", "en", "three", "times", False),
        ("Three bullets struck the mayor in the chest.", "en", "Three", "bullets", False),
        ("Il sindaco è stato colpito da tre colpi di pistola.", "it", "tre", "colpi", False),
        ("Le maire a été touché par trois balles de pistolet.", "fr", "trois", "balles", False),
        # Not gunfire: a knife, vaccines, a count with no verb of firing.
        ("Le maire a reçu trois coups de couteau.", "fr", "trois", "coups", False),
        ("The mayor has had three booster shots this year.", "en", "three", "shots", False),
        ("The mayor was stabbed three times.", "en", "three", "times", False),
        ("The mayor visited the library six times.", "en", "six", "times", False),
        # Two shots is the least count read.
        ("Two shots were fired outside the library.", "en", "Two", "shots", True),
    ],
)
def test_a_count_of_shots_fired_is_read_in_every_dev_language(
    text: str, language: str, written: str, noun: str, shots: bool
) -> None:
    number = next(n for n in find_numbers(text, language) if text[n.start : n.end] == written)
    assert (shots_count(text, number, noun, language) is not None) is shots


def test_rival_counts_of_shots_in_several_languages_are_one_flag() -> None:
    articles = [
        _in("en", "a", "The attacker fired six times at the mayor of Brelin."),
        _in("de", "b", "Vor der Bibliothek in Brelin fielen sechs Schüsse aus einer Pistole."),
        _in("fr", "c", "Devant la bibliothèque de Brelin, cinq coups de feu ont claqué."),
        _in("it", "d", "Sono stati sparati cinque colpi contro il sindaco di Brelin."),
    ]
    (found,) = _figures(articles)
    assert found.subject == "how many shots fired"
    assert {c.value: c.article_ids for c in found.claims} == {
        "six times (6)": ("a", "b"),
        "cinq coups (5)": ("c", "d"),
    }


def test_shots_fired_and_hits_are_two_quantities() -> None:
    articles = [
        _in("en", "a", "The attacker fired six times; the mayor was hit three times."),
        _in("fr", "b", "Six coups de feu ont été tirés et le maire a été touché par deux balles."),
        _in("it", "c", "Il sindaco è stato colpito da quattro colpi di pistola."),
    ]
    assert _figures(articles) == []


def test_a_range_or_a_bound_of_shots_is_compatible() -> None:
    articles = [
        _in("ru", "a", "Нападавший выстрелил пять-шесть раз в мэра."),
        _in("en", "b", "The attacker fired six times at the mayor."),
        _in("es", "c", "El agresor disparó al menos cinco veces contra el alcalde."),
    ]
    assert _figures(articles) == []
