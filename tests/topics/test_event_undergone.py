"""The noun of an act a person underwent, written only as a passive verb (made-up texts and
names)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from topics.helpers import article

from briefing.model import Article, Mention, Span, Topic
from briefing.topics import extract_topics
from briefing.topics.event_undergone import undergone_noun, underwent
from briefing.topics.events import main_event


def _person(name: str) -> Topic:
    mentions = (Mention("a0", Span(0, 0, 1), name),)
    return Topic("p", name, "person", (name,), mentions)


_OKAFOR = [_person("Ama Okafor")]


@pytest.mark.parametrize(
    ("verb", "leads", "noun"),
    [
        (
            "assassinated",
            [
                "Governor Ama Okafor has been assassinated in Brenvik.",
                "Okafor was assassinated at her office on Monday.",
            ],
            "assassination",
        ),
        (
            "abducted",
            [
                "Governor Ama Okafor abducted in Brenvik\nGunmen seized the car.",
                "Ama Okafor was abducted on Monday, police said.",
            ],
            "abduction",
        ),
        (
            "kidnapped",
            ["Okafor was kidnapped near the port.", "Okafor had been kidnapped at dawn."],
            "kidnapping",
        ),
        (
            "killed",
            ["Mayor Okafor was killed on Monday.", "Okafor has been killed, officials said."],
            "killing",
        ),
    ],
)
def test_a_person_written_as_a_passive_s_subject_names_the_act_by_its_noun(
    verb: str, leads: list[str], noun: str
) -> None:
    assert undergone_noun(verb, leads, _OKAFOR) == noun
    assert underwent([verb], leads, "Okafor")


@pytest.mark.parametrize(
    ("verb", "leads"),
    [
        # The person did it: an active verb, in a lead or a headline in the present.
        (
            "visited",
            [
                "Okafor visited Brenvik\nShe arrived on Monday.",
                "Okafor visited the port\nShe left.",
            ],
        ),
        ("visited", ["\nOkafor visited on Monday.", "\nGovernor Ama Okafor visited at dawn."]),
        # The subject is no listed person: a house, thousands.
        (
            "stormed",
            ["The house was stormed at night.", "Her office was stormed by gunmen."],
        ),
        ("evacuated", ["Thousands were evacuated.", "Thousands have been evacuated."]),
        # One lead only says so.
        ("abducted", ["Okafor was abducted on Monday.", "Gunmen seized a car in Brenvik."]),
        # English has no common noun of the verb's own (the gerund "arresting" is no noun).
        ("arrested", ["Okafor was arrested on Monday.", "Okafor has been arrested."]),
        # "-ed" after a name in a body line is the person's own past act, not a headline.
        ("resigned", ["Talks end\nOkafor resigned on Monday.", "Vote held\nOkafor resigned."]),
    ],
)
def test_no_noun_for_an_act_the_person_did_or_a_subject_that_is_no_person(
    verb: str, leads: list[str]
) -> None:
    assert undergone_noun(verb, leads, _OKAFOR) is None


def test_a_passive_of_another_person_does_not_make_okafor_its_target() -> None:
    leads = ["Brell was abducted on Monday.", "Brell has been abducted, Okafor said."]
    assert not underwent(["abducted"], leads, "Okafor")
    assert underwent(["abducted"], leads, "Tomas Brell")


def _dated(n: int, title: str, text: str) -> Article:
    return replace(article(f"{n:03d}", text), title=title, date=dt.date(2031, 3, 3))


def test_the_event_is_named_by_the_noun_with_the_person_as_its_object() -> None:
    """No text writes "abduction": before, the act was the next shared word ("Ama Okafor’s
    attack"), the person written as its owner."""
    articles = [
        _dated(
            0,
            "Governor Ama Okafor abducted in Brenvik",
            "Governor Ama Okafor was abducted in Brenvik during an attack on her convoy.",
        ),
        _dated(
            1,
            "Brenvik governor abducted",
            "Ama Okafor has been abducted in an attack on her convoy, officials said.",
        ),
        _dated(
            2,
            "Attack on convoy in Brenvik",
            "Ama Okafor was abducted in an attack on her convoy on Monday.",
        ),
    ]
    name = main_event(articles, extract_topics(articles))
    assert name is not None
    assert name.startswith(("Abduction of Okafor", "Abduction of Ama Okafor")), name
    assert "’s" not in name
