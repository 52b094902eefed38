"""The act when the leads' most shared word is a verb the texts never write as a noun
(made-up packet): "hundreds evacuated" and "a landslide", but never "evacuation" — the
landslide names the event, instead of no event at all; and a page title that only repeats
the lead's opening (cut with "…") is no headline whose words count twice."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from topics.helpers import article

from briefing.model import Article
from briefing.topics import extract_topics_named
from briefing.topics.event_action import _headline


def _dated(n: int, title: str, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), title=title, date=dt.date(2031, 5, 9))


def test_a_title_copying_the_lead_is_no_headline() -> None:
    copied = _dated(
        0,
        "VELMORA: Hundreds of hikers and farmers leaving the valley after a…",
        "VELMORA: Hundreds of hikers and farmers leaving the valley after a landslide slept "
        "in the school hall.",
    )
    assert _headline(copied) == ""
    own = _dated(1, "Landslide cuts off the Velmora valley", "Hundreds of hikers left on Friday.")
    assert _headline(own) == own.title


def test_a_verb_without_its_noun_gives_way_to_the_next_shared_word() -> None:
    articles = [
        _dated(
            0,
            "Hundreds evacuated from Velmora",
            "Hundreds of people were evacuated from Velmora valley on Friday. A landslide "
            "blocked the road.",
        ),
        _dated(
            1,
            "Families evacuated from Velmora",
            "Rescuers evacuated families from Velmora. The landslide buried the road.",
        ),
        _dated(
            2,
            "Farmers evacuated in Velmora",
            "Farmers in Velmora were evacuated by air on Friday.",
        ),
    ]
    _topics, name = extract_topics_named(articles)
    assert name is not None and name.startswith("Landslide")
