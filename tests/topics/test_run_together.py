"""Two bodies written back to back are no third body (made-up topics)."""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article

from briefing.model import Article, Mention, Span, Topic
from briefing.topics.run_together import codes_with_their_noun, without_run_together


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


def _article(n: int, language: str, text: str) -> Article:
    return replace(article(f"{n:03d}", text), language=language)


def test_a_common_noun_and_a_listed_code_are_the_code() -> None:
    articles = [
        _article(0, "en", "Flight NA302 left Tarsk; the flight carried 90 people."),
        _article(1, "fr", "Le Vol NA302 a quitté Tarsk; le vol transportait 90 personnes."),
        _article(2, "en", "NA302 was a Nordair service."),
    ]
    code = _topic("NA302", "organisation", 3)
    flight = _topic("Flight NA302", "organisation", 1)
    vol = _topic("Vol NA302", "organisation", 2)
    found = codes_with_their_noun([code, flight, vol], articles)
    assert [t.name for t in found] == ["NA302"]
    assert set(found[0].aliases) == {"NA302", "Flight NA302", "Vol NA302"}


def test_a_name_before_a_listed_name_without_a_digit_or_never_written_lower_stays() -> None:
    articles = [
        _article(0, "en", "Air India flights resumed; the air was clear over India."),
        _article(1, "en", "Nordline A10 trucks used the A10 motorway."),
    ]
    topics = [
        _topic("India", "place", 5),
        _topic("Air India", "organisation", 4),  # no code: a name of its own
        _topic("A10", "organisation", 3),
        _topic("Nordline A10", "organisation", 1),  # "nordline" is never a common word
    ]
    assert [t.name for t in codes_with_their_noun(topics, articles)] == [t.name for t in topics]
