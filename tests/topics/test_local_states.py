"""States and provinces of the packet's countries are places when listed as organisations
(made-up topics)."""

from __future__ import annotations

from briefing.model import Mention, Span, Topic
from briefing.topics.local_towns import towns_as_places


def _topic(name: str, kind: str, articles: int, *aliases: str) -> Topic:
    mentions = tuple(Mention(f"{n:03d}", Span(0, 0, len(name)), name) for n in range(articles))
    return Topic(name.casefold(), name, kind, (name, *aliases), mentions, 1.0)  # type: ignore[arg-type]


def test_an_organisation_named_as_a_state_of_the_packets_country_is_a_place() -> None:
    india = _topic("India", "place", 4, "Inde", "Индия")
    gujarat = _topic("Gujarat", "organisation", 2, "Гуджарат")
    maharashtra = _topic("Maharashtra", "organisation", 2)  # ISO writes "Mahārāshtra"
    found = towns_as_places([india, gujarat, maharashtra], 4)
    assert [(t.name, t.kind) for t in found] == [
        ("India", "place"),
        ("Gujarat", "place"),
        ("Maharashtra", "place"),
    ]
    assert found[1].aliases == ("Gujarat", "Гуджарат")


def test_the_same_in_spain_and_never_for_a_person_or_another_countrys_packet() -> None:
    spain = _topic("Spain", "place", 4, "España")
    andalucia = _topic("Andalucía", "organisation", 2)
    navarra = _topic("Navarra", "person", 2)  # a surname that is a region's name
    found = towns_as_places([spain, andalucia, navarra], 4)
    assert [t.kind for t in found] == ["place", "place", "person"]
    # A packet about Portugal alone: Gujarat is no state of its countries.
    portugal = _topic("Portugal", "place", 4)
    gujarat = _topic("Gujarat", "organisation", 2)
    assert [t.kind for t in towns_as_places([portugal, gujarat], 4)] == ["place", "organisation"]
