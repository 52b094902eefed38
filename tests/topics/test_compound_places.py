"""A hyphenated adjective before a place names the place ("het Noord-Velmoraanse Ostrana").
Every text is written for the test; Velmora and Ostrana are invented places."""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article, holding

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.compound_places import compound_place

_PLACES = {"Ostrana": "Ostrana", "Florence": "Florence", "India": "India"}


def _place(compound: str, word: str) -> str | None:
    return compound_place(compound, word, _PLACES.get, lambda text: text in ("Saint-Velmora",))


def test_a_hyphenated_adjective_of_place_qualifies_the_place() -> None:
    assert _place("Noord-Velmoraanse", "Ostrana") == "Ostrana"
    assert _place("Franco-German", "Ostrana") == "Ostrana"
    assert _place("North-Western", "Ostrana") == "Ostrana"


def test_look_alikes_stay_one_name() -> None:
    assert _place("Mercedes-Benz", "India") is None  # a company: no adjective ending
    assert _place("Saint-Velmora", "Ostrana") is None  # the compound is a place itself
    assert _place("Franco-German", "Florence") is None  # the place is a given name too
    assert _place("Velmoraanse", "Ostrana") is None  # no hyphen: another rule's run
    assert _place("Noord-Velmoraanse", "Zentro") is None  # no known place after it


def _in(language: str, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


def test_the_place_keeps_the_article_that_qualifies_it() -> None:
    articles = [
        _in("nl", 0, "De burgemeester van het Noord-Italiaanse Milaan sprak maandag met de pers."),
        _in("en", 1, "Milan received help on Monday, officials said."),
        _in("en", 2, "Rain fell over the harbour all day, and the roads were shut."),
    ]
    topics = extract_topics(articles)
    assert not holding(topics, "Noord-Italiaanse Milaan")
    milan = holding(topics, "Milaan")
    assert len(milan) == 1 and milan[0].kind == "place"
    assert {m.article_id for m in milan[0].mentions} == {"000", "001"}
