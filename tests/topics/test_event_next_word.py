"""The act when the leads' most shared word is a verb the texts never write as a noun
(made-up packet): "hundreds evacuated" and "a landslide", but never "evacuation" — the
landslide names the event, instead of no event at all; a plural the leads share ("mountaineers")
is whom it happened to, not the act."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from topics.helpers import article

from briefing.model import Article
from briefing.topics import extract_topics_named


def _dated(n: int, title: str, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), title=title, date=dt.date(2031, 5, 9))


def test_a_verb_without_its_noun_gives_way_to_the_next_shared_word() -> None:
    articles = [
        _dated(
            0,
            "Hundreds evacuated from Velmora",
            "Hundreds of mountaineers were evacuated from Velmora valley on Friday. A landslide "
            "blocked the road.",
        ),
        _dated(
            1,
            "Families evacuated from Velmora",
            "Rescuers evacuated mountaineers from Velmora. The landslide buried the road.",
        ),
        _dated(
            2,
            "Farmers evacuated in Velmora",
            "Mountaineers in Velmora were evacuated by air on Friday.",
        ),
    ]
    _topics, name = extract_topics_named(articles)
    assert name is not None and name.startswith("Landslide")
