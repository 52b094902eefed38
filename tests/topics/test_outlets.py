"""A subject several outlets discuss outranks one that a single outlet reports again and again.

Every text here is written for the test (invented places and people).
"""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article, by_name

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.candidates import Occurrence
from briefing.topics.scoring import outlets_of, score


def _from(outlet: str | None, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), source=outlet)


def test_an_outlet_counts_once_however_many_articles_it_sends() -> None:
    arts = [_from("Daily Lantern", 0, "x"), _from(" daily  LANTERN", 1, "x"), _from(None, 2, "x")]
    outlets = outlets_of(arts)
    assert outlets["000"] == outlets["001"]  # one outlet, spelled twice
    assert outlets["002"] not in (outlets["000"], "s:")  # no source: its own
    one_outlet = [Occurrence(a, 0, 0, 4, "Brno") for a in ("000", "001")]
    two_outlets = [Occurrence(a, 0, 0, 4, "Brno") for a in ("000", "002")]
    assert score("place", two_outlets, outlets=outlets) > score(
        "place", one_outlet, outlets=outlets
    )
    # Without outlets every article is a source, as before.
    assert score("place", one_outlet) == score("place", two_outlets)


def test_three_outlets_outrank_three_reports_of_one() -> None:
    side = "The harbour master Tobias Wrenfield said the Kestrel Pier would stay closed."
    main = "Flooding hit the town of Varnholm overnight, officials said."
    topics = extract_topics(
        [
            _from("Harbour Gazette", 0, side),
            _from("Harbour Gazette", 1, side),
            _from("Harbour Gazette", 2, side),
            _from("North Courier", 3, main),
            _from("Evening Ledger", 4, main),
            _from("Coast Radio", 5, main),
        ]
    )
    names = [t.name for t in topics]
    assert names.index(by_name(topics, "Varnholm").name) < names.index(
        by_name(topics, "Tobias Wrenfield").name
    )
