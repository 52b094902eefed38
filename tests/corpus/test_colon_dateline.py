"""An agency after a dash and before a colon (``Lisboa – Lusa: …``), and the Ukrainian house
formula "Про це інформує X"; every text is made up for the test, with the look-alikes that
must not name an outlet."""

from __future__ import annotations

import pytest

from briefing.corpus.selfref import self_reference
from briefing.corpus.sources import find_source


@pytest.mark.parametrize(
    ("paragraphs", "outlet"),
    [
        (["Madrid – Kvarna: El alcalde anunció ayer un plan.", "Más texto."], "Kvarna"),
        (["Wien — Tolvex: Die Stadt hat gestern entschieden.", "Weiter."], "Tolvex"),
        (["Lisboa - Lusa: O Governo aprovou o plano.", "Mais texto."], "Lusa"),  # a known wire
        (["Warszawa – Zentrix: Rząd przyjął plan.", "Dalej."], "Zentrix"),
    ],
)
def test_a_city_a_dash_an_agency_and_a_colon_name_the_wire(
    paragraphs: list[str], outlet: str
) -> None:
    assert find_source(paragraphs) == outlet


@pytest.mark.parametrize(
    "paragraphs",
    [
        # a person quoted in a headline is named again in the story
        ["Kyiv – Marenko: We will rebuild the bridge.", "Marenko told reporters on Monday …"],
        # a given name and a surname: a person, even when not named again
        ["Berlin – Anna Kolbe: Wir bauen neu.", "Der Plan wurde gestern vorgestellt."],
        # a weekday or a common word is prose, not an agency
        ["Berlin – Montag: Die Regierung tagt.", "Weiter."],
        ["Paris – Update: La mairie a confirmé.", "Suite."],
        # not a city GeoNames knows
        ["Nowhereville – Kvarna: The mayor said.", "More."],
        # no colon: a dash inside a sentence
        ["Madrid – Kvarna dijo que el plan sigue.", "Más."],
    ],
)
def test_look_alikes_name_no_outlet(paragraphs: list[str]) -> None:
    assert find_source(paragraphs) is None


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Про це інформує Тиждень.Медіа із посиланням на Reuters.", "Тиждень.Медіа"),
        ("Про це інформують Новини Полісся.", None),  # also how others are cited
        ("Про це повідомили з посиланням на Ранок.UA.", None),  # a citation, not the house
    ],
)
def test_the_ukrainian_informs_formula_names_the_outlet(text: str, outlet: str | None) -> None:
    assert self_reference(text) == outlet


def test_informing_someone_is_not_a_self_reference() -> None:
    assert self_reference("Міністерство інформує громадян про зміни в розкладі.") is None
