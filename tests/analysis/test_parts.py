"""Counts of a part are not counts of the whole (:mod:`briefing.analysis.parts`), and a
measure after a number is never a death toll.

Fixtures are written for these tests (no article text): a fire in a made-up estate of eight
towers near Graz, reported in several languages on the same day.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from analysis.builders import make_article

from briefing.analysis import Discrepancy, find_discrepancies
from briefing.analysis.numbers import find_numbers
from briefing.analysis.parts import added_to, part_of_whole
from briefing.model import Article

DAY = dt.date(2031, 3, 12)


def _in(language: str, article_id: str, text: str) -> Article:
    return dataclasses.replace(make_article(article_id, text, date=DAY), language=language)


def _figures(articles: list[Article]) -> list[Discrepancy]:
    return [d for d in find_discrepancies(articles) if d.kind == "figure"]


@pytest.mark.parametrize(
    ("text", "language", "part"),
    [
        ("Smoke covered five of the eight towers.", "en", "five"),
        ("The blaze reached 7 out of 8 blocks.", "en", "7"),
        ("Les flammes ont touché 7 des 8 bâtiments.", "fr", "7"),
        ("El fuego alcanzó cinco de los ocho bloques.", "es", "cinco"),
        ("Огонь охватил 3 из 8 башен.", "ru", "3"),
        ("Ogień objął 5 z 8 wieżowców.", "pl", "5"),
        ("Il fumo ha avvolto cinque degli otto palazzi.", "it", "cinque"),
    ],
)
def test_a_part_of_a_stated_whole_is_found(text: str, language: str, part: str) -> None:
    numbers = find_numbers(text, language)
    index = next(i for i, n in enumerate(numbers) if text[n.start : n.end] == part)
    following = numbers[index + 1]
    assert part_of_whole(text, numbers[index], following, language)
    assert not part_of_whole(text, following, None, language)  # the whole is still a count


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Eight towers of 31 floors stand on the estate.", "en"),  # a whole and its floors
        ("Huit tours de 31 étages.", "fr"),  # a larger number after "de": not "des"
        ("Twelve of them were taken to hospital.", "en"),  # no whole stated
        ("Die Anlage hat 8 Türme mit je 32 Stockwerken.", "de"),
    ],
)
def test_look_alikes_are_no_part(text: str, language: str) -> None:
    numbers = find_numbers(text, language)
    for index, number in enumerate(numbers):
        following = numbers[index + 1] if index + 1 < len(numbers) else None
        assert not part_of_whole(text, number, following, language), text


@pytest.mark.parametrize(
    ("text", "language", "share", "added"),
    [
        ("Four towers are out, while three more are under control.", "en", "Four", True),
        ("Cuatro torres están apagadas y otras tres siguen ardiendo.", "es", "Cuatro", True),
        ("Vier Türme sind gelöscht, weitere drei brennen noch.", "de", "Vier", True),
        ("Четыре башни потушены, ещё три горят.", "ru", "Четыре", True),
        # look-alikes: a hedge is no increment, nor a second number of another thing
        ("Four towers burned and more than 250 people are missing.", "en", "Four", False),
        ("Four towers burned; 12 firefighters were hurt.", "en", "Four", False),
    ],
)
def test_a_share_of_a_breakdown_is_found(text: str, language: str, share: str, added: bool) -> None:
    numbers = find_numbers(text, language)
    index = next(i for i, n in enumerate(numbers) if text[n.start : n.end] == share)
    assert added_to(text, numbers, index, language) is added


def test_parts_of_one_whole_raise_no_flag_but_two_wholes_do() -> None:
    parts = [
        _in("en", "a", "The estate has eight towers, each of 31 floors."),
        _in("en", "b", "Fire crews put out four towers, while three more are under control."),
        _in("fr", "c", "Les flammes ont détruit 7 des 8 tours du complexe."),
        _in("fr", "d", "La fumée a enveloppé cinq des huit tours du complexe."),
    ]
    assert not [d for d in _figures(parts) if "tour" in str(d) or "tower" in str(d)]
    wholes = [
        _in("en", "a", "The estate has eight towers, each of 31 floors."),
        _in("en", "b", "The estate has seven towers, each of 31 floors."),
    ]
    assert _figures(wholes), "two counts of the whole estate still disagree"


def test_years_after_a_number_are_no_death_toll() -> None:
    articles = [
        _in("en", "a", "The death toll from the worst fire in nearly 80 years rose to 128."),
        _in("es", "b", "El número de muertos se eleva a 128."),
        _in("pt", "c", "O número de mortos subiu para 128."),
    ]
    shown = [c.value for d in _figures(articles) for c in d.claims]
    assert not any("80" in value for value in shown), shown
    assert not _figures(articles)  # every text gives 128
    differing = [*articles[:2], _in("pt", "c", "O número de mortos subiu para 140.")]
    assert _figures(differing), "a toll that differs is still flagged"
