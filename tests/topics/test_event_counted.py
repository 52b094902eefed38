"""A counted plural is what the act was done to (made-up packet): "the 12 remaining
miners" "were released", so the event is the verb's noun ("their release") of the miners,
not "miners"; a plural no lead counts ("floods killed") stays the act."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import replace

from topics.helpers import article

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.event_counted import counted_plural, done_verb
from briefing.topics.events import main_event


def _dated(n: int, title: str, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), title=title, date=dt.date(2031, 3, 4))


def test_a_plural_two_leads_count_is_counted() -> None:
    leads = [
        "Rescuers freed the 12 remaining trapped miners on Tuesday.",
        "All twelve miners were freed after four days.",
        "The miners were freed.",
    ]
    assert counted_plural("miners", leads, frozenset({"twelve"}), frozenset({"the", "on"}))
    leads = ["Flash floods killed 40 people.", "The floods swept cars away.", "4-2 on floods"]
    assert not counted_plural("floods", leads, frozenset(), frozenset({"the", "on"}))


def test_the_verb_most_articles_use_is_the_act() -> None:
    articles = [
        article("a", "The miners were freed and carried out."),
        article("b", "Twelve miners were freed."),
        article("c", "They were carried to hospital."),
        article("d", "All were freed by noon."),
    ]
    assert done_verb(Counter({"freed": 2, "carried": 3, "miners": 4}), articles) == "freed"


def test_the_event_is_named_by_the_act_of_the_counted_things() -> None:
    articles = [
        _dated(
            0,
            "Rescuers free 12 trapped miners",
            "Rescuers released the 12 remaining trapped miners on Tuesday after four days.",
        ),
        _dated(
            1,
            "All twelve miners released",
            "All twelve miners were released from the Velra shaft, officials said.",
        ),
        _dated(
            2,
            "Miners released after four days",
            "The 12 miners were released on Tuesday; after their release they went to hospital.",
        ),
    ]
    name = main_event(articles, extract_topics(articles))
    assert name is not None and name.startswith("Release of miners"), name
