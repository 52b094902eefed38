"""Without a better act, the main event's name is still not wrong: no fragment of a name,
no modifier as the act (made-up packets, not the seeds)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from topics.helpers import article

from briefing.model import Article, Mention, Span, Topic
from briefing.topics.event_noun import act_noun
from briefing.topics.event_whose import written_alone
from briefing.topics.events import main_event


def _dated(n: int, language: str, title: str, *paragraphs: str) -> Article:
    found = replace(article(f"{n:03d}", *paragraphs), title=title, date=dt.date(2031, 6, 2))
    return replace(found, language=language)


def _listed(name: str, kind: str, ids: list[str], *aliases: str) -> Topic:
    mentions = tuple(Mention(i, Span(0, 0, 1), name) for i in ids)
    return Topic(name.casefold(), name, kind, (name, *aliases), mentions)  # type: ignore[arg-type]


def _collapse(alone: str = "") -> list[Article]:
    return [
        _dated(
            0,
            "en",
            "Nordic Varde collapse shakes markets",
            "The Nordic Varde collapse shook markets in Oslo on Monday.",
        ),
        _dated(1, "en", "Shares fall", "After the collapse of Nordic Varde in Oslo, shares fell."),
        _dated(2, "en", "Savers stunned", f"The collapse of Nordic Varde stunned Oslo.{alone}"),
        _dated(3, "fr", "Effondrement", "La Varde, la Nordic Varde s'est effondrée à Oslo."),
    ]


def test_a_bodys_last_word_read_as_a_surname_is_written_whole() -> None:
    """A bank read as a person: its last word alone is only written after a function word
    ("la Varde"), so the name keeps it whole; a lead that writes it alone makes it a
    surname again."""
    ids = ["000", "001", "002", "003"]
    topics = [_listed("Nordic Varde", "person", ids, "Varde"), _listed("Oslo", "place", ids)]
    name = main_event(_collapse(), topics)
    assert name is not None and name.startswith("Nordic Varde’s collapse"), name
    name = main_event(_collapse(" Varde said sorry."), topics)
    assert name is not None and name.startswith("Varde’s collapse"), name


def test_a_surname_is_written_alone_after_no_function_word() -> None:
    function = {"la", "le", "the"}
    assert not written_alone(
        ["Credit Suisse fell", "pour la Suisse"], "Credit Suisse", "Suisse", function
    )
    assert written_alone(
        ["Robert Fico was shot.", "Fico survived."], "Robert Fico", "Fico", function
    )


def test_an_ing_word_written_only_before_another_noun_is_no_act() -> None:
    modifier = [
        "UBS is buying Tellaro to halt a banking crisis.",
        "Turmoil in the global banking system.",
        "It was famed for its banking prominence.",
    ]
    assert act_noun("banking", modifier) is None
    act = ["Severe flooding in Valencia killed dozens.", "The flooding hit the coast."]
    assert act_noun("flooding", act) == "flooding"
    assert act_noun("bombing", ["The bombing.", "The bombing shook Kabul."]) == "bombing"
