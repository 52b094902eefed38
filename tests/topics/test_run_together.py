"""Two bodies written back to back are no third body (made-up topics)."""

from __future__ import annotations

from briefing.model import Mention, Span, Topic
from briefing.topics.run_together import without_run_together


def _topic(name: str, kind: str, mentions: int) -> Topic:
    found = tuple(Mention(f"{n:03d}", Span(0, 0, len(name)), name) for n in range(mentions))
    return Topic(name.casefold().replace(" ", "-"), name, kind, (name,), found, 1.0)  # type: ignore[arg-type]


def test_an_airline_and_its_planes_maker_back_to_back_are_two_names() -> None:
    topics = [
        _topic("Nordair", "organisation", 30),
        _topic("Airbus", "organisation", 25),
        _topic("Nordair Airbus", "organisation", 3),  # "a Nordair Airbus A320"
        _topic("Deutsche Nordflug", "organisation", 12),
        _topic("Deutsche Nordflug Airbus", "organisation", 2),  # "die Deutsche Nordflug Airbus"
    ]
    names = [t.name for t in without_run_together(topics)]
    assert names == ["Nordair", "Airbus", "Deutsche Nordflug"]


def test_a_body_named_by_two_others_or_after_a_place_stays() -> None:
    topics = [
        _topic("Vantor", "organisation", 20),
        _topic("Lumen", "organisation", 18),
        _topic("Vantor Lumen", "organisation", 9),  # written whole whenever it is named
        _topic("CNN", "organisation", 20),
        _topic("Portugal", "place", 40),
        _topic("CNN Portugal", "organisation", 3),  # a place qualifies a body's name
    ]
    assert [t.name for t in without_run_together(topics)] == [t.name for t in topics]
