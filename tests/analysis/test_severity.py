"""Parts of the injured by severity (:mod:`briefing.analysis.severity`).

Every sentence is written for these tests. A made-up ferry accident is reported on one day
in several languages; each look-alike keeps every condition of a real disagreement but one.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from analysis.builders import make_article

from briefing.analysis import Discrepancy, find_discrepancies
from briefing.analysis.severity import LIGHT, SERIOUS, severity
from briefing.model import Article

DAY = dt.date(2031, 5, 4)


def _in(language: str, article_id: str, text: str, date: dt.date | None = DAY) -> Article:
    return dataclasses.replace(make_article(article_id, text, date=date), language=language)


def _figures(*articles: Article) -> list[Discrepancy]:
    return [d for d in find_discrepancies(articles) if d.kind == "figure"]


@pytest.mark.parametrize(
    ("text", "number", "language", "kind"),
    [
        ("Twenty were hurt; five of them are in serious condition.", "five", "en", SERIOUS),
        ("Quatre passagers sont dans un état grave.", "Quatre", "fr", SERIOUS),
        ("Drei Menschen wurden schwer verletzt.", "Drei", "de", SERIOUS),
        ("Cuatro de los heridos están graves.", "Cuatro", "es", SERIOUS),
        ("Tre feriti sono gravi.", "Tre", "it", SERIOUS),
        ("Четверо пострадавших находятся в тяжёлом состоянии.", "Четверо", "ru", SERIOUS),
        ("Trzy osoby są w ciężkim stanie.", "Trzy", "pl", SERIOUS),
        ("Nine others suffered minor injuries.", "Nine", "en", LIGHT),
        ("Otros nueve presentan lesiones leves.", "nueve", "es", LIGHT),
        ("Neun Passagiere wurden leicht verletzt.", "Neun", "de", LIGHT),
        ("Dziewięć, w tym dwoje dzieci, odniosło lżejsze obrażenia.", "Dziewięć", "pl", LIGHT),
        ("Nine, including two children, suffered minor injuries.", "Nine", "en", LIGHT),
        # An aside that is no "including" still ends the clause.
        ("Nine, the police said, suffered minor injuries.", "Nine", "en", None),
        # "Of them N": the part, where "of N" is the whole.
        ("Thirty were hurt, of them seven in critical condition.", "seven", "en", SERIOUS),
        ("Госпіталізовано 40 людей, з них 12 у критичному стані.", "12", "uk", SERIOUS),
        ("Drei Menschen sind in kritischem Zustand.", "Drei", "de", SERIOUS),
        ("Tre persone sono in condizioni critiche.", "Tre", "it", SERIOUS),
        # Look-alikes: the whole a part is taken from, a negated state, damage, a plain count.
        ("Five of the 18 injured are in serious condition.", "18", "en", None),
        ("З 40 госпіталізованих 12 у критичному стані.", "40", "uk", None),
        ("Nessuno dei 12 feriti è in pericolo di vita.", "12", "it", None),
        (
            "Twelve passengers were hurt, but they are not in serious condition.",
            "Twelve",
            "en",
            None,
        ),
        ("Cinque edifici hanno subito gravi danni.", "Cinque", "it", None),
        # A second count of one state is a part of the first: five serious, two of them critical.
        (
            "Seis pasajeros están en estado grave, dos de ellos en estado crítico.",
            "Seis",
            "es",
            SERIOUS,
        ),
        (
            "Seis pasajeros están en estado grave, dos de ellos en estado crítico.",
            "dos",
            "es",
            None,
        ),
        ("Five are in serious condition, and nine have minor injuries.", "nine", "en", LIGHT),
        ("Quatre blessés ont été transportés à l'hôpital.", "Quatre", "fr", None),
        # A phrase of state that starts within the clause's seven words but ends after them.
        (
            "Onze passagers ont été hospitalisés dans un état critique.",
            "Onze",
            "fr",
            SERIOUS,
        ),
        (
            "Eleven passengers were taken to hospital in critical condition.",
            "Eleven",
            "en",
            SERIOUS,
        ),
        # One that starts after them is too far from the number to be its state.
        (
            "Onze passagers ont été évacués par hélicoptère vers le grand hôpital en état grave.",
            "Onze",
            "fr",
            None,
        ),
    ],
)
def test_the_part_is_read_from_its_own_clause(
    text: str, number: str, language: str, kind: str | None
) -> None:
    start = text.index(number)
    assert severity(text, start, start + len(number), language) == kind


def test_the_seriously_injured_of_one_day_are_compared_across_languages() -> None:
    found = _figures(
        _in("en", "a", "Twenty people were hurt in the ferry accident; five of them are in "
            "serious condition."),
        _in("ru", "b", "Трое из пострадавших находятся в тяжёлом состоянии."),
        _in("es", "c", "Cinco de los heridos están graves, informaron las autoridades."),
    )  # fmt: skip
    assert len(found) == 1
    assert {c.value for c in found[0].claims} == {
        "five (5, seriously injured)",
        "Трое (3, seriously injured)",
    }


def test_severity_look_alikes_are_not_compared() -> None:
    # The injured total beside its serious part in one report is not a rival of another's.
    assert (
        _figures(
            _in("en", "a", "Twenty people were injured; five of them are in serious condition."),
            _in("de", "b", "Bei dem Unglück wurden 20 Menschen verletzt."),
        )
        == []
    )
    # Serious against light, and reports of two days (the serious may recover or die).
    assert (
        _figures(
            _in("en", "a", "Five people are in serious condition after the ferry accident."),
            _in("es", "b", "Otros tres presentan lesiones leves tras el accidente."),
        )
        == []
    )
    assert (
        _figures(
            _in("en", "a", "Five people are in serious condition after the ferry accident."),
            _in(
                "ru", "b", "Трое из пострадавших находятся в тяжёлом состоянии.", DAY.replace(day=6)
            ),
        )
        == []
    )


# -- "the other five": the other part of the injured, at any ratio ---------------------------


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (
            ("es", "Cuatro de los heridos están graves y otros cinco presentan lesiones leves."),
            ("en", "Four were in serious condition, while 14 suffered minor injuries."),
        ),
        (
            ("de", "Vier Menschen wurden schwer verletzt, fünf weitere leicht verletzt."),
            ("fr", "Quatre passagers sont dans un état grave et 14 sont légèrement blessés."),
        ),
    ],
)
def test_the_other_part_of_the_injured_is_read_and_compared_at_any_ratio(
    one: tuple[str, str], other: tuple[str, str]
) -> None:
    (found,) = _figures(_in(one[0], "a", one[1]), _in(other[0], "b", other[1]))
    assert {c.article_ids for c in found.claims} == {("a",), ("b",)}
    assert LIGHT in found.subject


def test_another_count_with_no_state_is_still_a_second_thing() -> None:
    # "another five were injured" (no severity): a second count, read as before (not at all)
    a = _in("en", "a", "Four were killed and another five were injured in a second blast.")
    b = _in("en", "b", "Four were killed and 14 were injured.")
    assert _figures(a, b) == []


def test_whole_tolls_far_apart_are_still_two_quantities() -> None:
    a = _in("en", "a", "At the ferry 5 people were injured, officials said.")
    b = _in("en", "b", "At the ferry 14 people were injured, officials said.")
    assert _figures(a, b) == []
