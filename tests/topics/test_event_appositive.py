"""Who a person is, written before the name, is never the main event's act (made-up texts
and names)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from topics.helpers import article

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.event_appositive import described
from briefing.topics.events import main_event

_STOP = {"the", "a", "an", "by", "of", "on", "was", "for"}


@pytest.mark.parametrize(
    ("text", "names", "words"),
    [
        ("Ruritanian speed skater Ilsa Marov was given a ban.", ["Ilsa Marov"], {"skater"}),
        ("French President Macron’s visit to Oslo.", ["Emmanuel Macron", "Macron"], {"president"}),
        ("Striker Tomas Brell’s transfer to Lyon was agreed.", ["Tomas Brell"], {"striker"}),
    ],
)
def test_the_words_before_a_person_s_name_describe_the_person(
    text: str, names: list[str], words: set[str]
) -> None:
    assert words <= described([text], names, _STOP)


@pytest.mark.parametrize(
    "text",
    [
        "The ban on Ilsa Marov was upheld.",  # a function word ends the run
        "After the ban, Ilsa Marov appealed.",  # so does a punctuation mark
        "Four-year ban\nIlsa Marov appealed on Monday.",  # and a headline's end
        "Ilsa Marov’s ban was upheld.",  # the act after the name
    ],
)
def test_an_act_written_apart_from_the_name_describes_no_one(text: str) -> None:
    assert "ban" not in described([text], ["Ilsa Marov", "Marov"], _STOP)


def _dated(n: int, title: str, text: str) -> Article:
    return replace(article(f"{n:03d}", text), title=title, date=dt.date(2031, 3, 4))


def test_the_person_s_description_is_not_named_as_the_event() -> None:
    """Before: "Marov’s speed skater" (the description every lead shares was the act)."""
    articles = [
        _dated(
            0,
            "Speed skater Ilsa Marov banned",
            "Ruritanian speed skater Ilsa Marov was given a four-year ban on Monday by the "
            "sports court.",
        ),
        _dated(
            1,
            "Court rules on Marov",
            "Ruritanian speed skater Ilsa Marov has received a four-year ban from the sports "
            "court in Geneva.",
        ),
        _dated(
            2,
            "Marov appeal fails",
            "The sports court in Geneva said speed skater Ilsa Marov broke the rules.",
        ),
    ]
    name = main_event(articles, extract_topics(articles))
    assert name is None or "skater" not in name.casefold()


def test_a_title_before_a_name_leaves_the_act_named() -> None:
    """Look-alike: "President Okafor’s visit" keeps its act, the visit."""
    articles = [
        _dated(
            0,
            "President Ama Okafor visits Oslo",
            "President Ama Okafor began a state visit to Oslo on Monday.",
        ),
        _dated(
            1,
            "Okafor in Norway",
            "Ruritanian President Ama Okafor arrived in Oslo for a state visit on Monday.",
        ),
        _dated(
            2,
            "State visit begins",
            "The state visit of President Ama Okafor to Oslo opened with a dinner.",
        ),
    ]
    name = main_event(articles, extract_topics(articles))
    assert name is not None and "visit" in name and "president" not in name.casefold()


def test_a_word_before_a_name_that_names_no_person_describes_no_one() -> None:
    """A participle before the name: the act stays ("prisoner swap including Ana Ruiz")."""
    found = described(["A prisoner swap including Ana Ruiz was completed."], ["Ana Ruiz"], _STOP)
    assert not found & {"swap", "prisoner", "including"}
    # Nor does a verb before a title: "assassinate" is the act, "governor" who she is.
    texts = ["He tried to assassinate Governor Ana Ruiz.", "He wanted to assassinate her."]
    found = described(texts, ["Ana Ruiz"], _STOP | {"to", "he"})
    assert found == {"governor"}
    # A French infinitive is no agent noun.
    assert not described(["Il veut assassiner Ana Ruiz."], ["Ana Ruiz"], {"il"}, "fr")


def test_a_french_description_is_read_in_french() -> None:
    found = described(["La patineuse Ilsa Marov a été suspendue."], ["Ilsa Marov"], {"la"}, "fr")
    assert found == {"patineuse"}
