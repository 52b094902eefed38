"""Whom a coup deposed or seized is not its owner (made-up texts and names)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from topics.helpers import article

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.event_deposed import UNDERGONE, deposed
from briefing.topics.events import main_event


@pytest.mark.parametrize(
    "leads",
    [
        [
            "Soldiers of the palace guard detained President Ama Okafor on Monday.",
            "Okafor was ousted overnight, the radio said.",
        ],
        [
            "Des soldats ont renversé le président Ama Okafor mardi.",
            "Los militares anunciaron que habían derrocado al presidente Okafor.",
        ],
        [
            "TELVANIA : Ama Okafor renversé par le colonel Brell",
            "El presidente de Telvania, Ama Okafor, fue hoy destituido del poder.",
        ],
        [
            "I soldati hanno rovesciato il regime del presidente Ama Okafor.",
            "Militares derrubaram o presidente Ama Okafor na capital.",
        ],
    ],
)
def test_a_person_deposed_or_seized_in_two_leads_is_the_act_s_victim(leads: list[str]) -> None:
    assert deposed(leads, "Ama Okafor")


def test_cyrillic_leads_count_in_their_own_script() -> None:
    leads = [
        "Военные заявили, что свергли правительство президента Окафора.",
        "Гвардейцы задержали президента Окафора во дворце.",
    ]
    assert deposed(leads, "Окафора")
    assert not deposed(leads, "Ama Okafor")


@pytest.mark.parametrize(
    "leads",
    [
        # The person is the doer: active verbs, "have" and "avoir" before the participle.
        [
            "Okafor ousted his rival from the party.",
            "Okafor has toppled the old guard of the party.",
        ],
        ["Okafor a renversé le gouvernement de Brell.", "Okafor ha derrocado al alcalde Brell."],
        # Another person deposed, the person named elsewhere in the sentence.
        [
            "The army detained protesters after Okafor spoke.",
            "Rebels overthrew Mayor Brell, Okafor said.",
        ],
        # One lead is one writer's wording.
        ["Guards detained President Okafor.", "Okafor spoke on television."],
        # Look-alike words: "derroche" (waste), "gestürzt" (fell) are no deposing.
        ["El derroche del presidente Okafor.", "Präsident Okafor ist gestürzt."],
    ],
)
def test_the_doer_another_victim_or_a_look_alike_is_not_deposed(leads: list[str]) -> None:
    assert not deposed(leads, "Ama Okafor")


def test_an_act_whose_possessive_reads_as_its_victim_keeps_its_person() -> None:
    # "Okafor's arrest", "Okafor's sentence" are right in English; "Okafor's coup" is not.
    assert {"arrest", "sentence", "detention"} <= UNDERGONE
    assert not {"coup", "attack", "visit", "election"} & UNDERGONE


def _dated(n: int, title: str, text: str) -> Article:
    return replace(article(f"{n:03d}", text), title=title, date=dt.date(2031, 3, 4))


def test_the_coup_against_a_president_is_not_named_as_the_president_s() -> None:
    """Before: "Okafor’s coup" (the most named person stood beside the act)."""
    articles = [
        _dated(
            0,
            "Coup in Telvania",
            "Soldiers of the guard detained President Ama Okafor in Dalmere. The coup "
            "was condemned abroad.",
        ),
        _dated(
            1,
            "Telvania coup leaders named",
            "The coup leaders detained President Okafor in Dalmere on Monday, the radio said.",
        ),
        _dated(
            2,
            "Calls to free Okafor after coup",
            "Okafor was ousted in a coup in Dalmere on Monday and is held by soldiers.",
        ),
    ]
    name = main_event(articles, extract_topics(articles))
    assert name is not None and name.casefold().startswith("coup")
    assert "okafor" not in name.casefold()


def test_a_visit_is_still_its_visitor_s() -> None:
    articles = [
        _dated(0, "Okafor visit", "President Ama Okafor began a state visit to Dalmere."),
        _dated(1, "Okafor in Dalmere", "Okafor's state visit to Dalmere opened with talks."),
        _dated(2, "Talks on Okafor visit", "During the state visit Okafor met farmers in Dalmere."),
    ]
    name = main_event(articles, extract_topics(articles))
    assert name is not None and name.startswith("Okafor")
