"""One surface in one script is one topic: a lone "Mars" the sky-body guards did not take is
the planet they found, not a body of the same spelling (own text). Lone words no place of
the packet is spelled as stay names of their own (:mod:`tests.topics.test_longer_forms`)."""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article, holding

from briefing.model import Article
from briefing.topics import extract_topics


def _in(language: str, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


def test_a_lone_word_spelled_as_the_packets_place_is_that_place() -> None:
    articles = [
        _in("en", 0, "The rocket is meant to carry people to the Moon and Mars one day."),
        _in("en", 1, "Its goal is to take astronauts to the moon, Mars and beyond."),
        _in("fr", 2, "La fusée doit servir à des voyages vers la Lune et Mars, a explosé."),
        _in("es", 3, "El cohete quiere llevar humanos a la Luna y a Marte en el futuro."),
        _in("de", 4, "Die Rakete soll eines Tages Menschen zum Mond und zum Mars bringen."),
    ]
    topics = extract_topics(articles)
    mars = holding(topics, "Mars")
    assert len(mars) == 1 and mars[0].kind == "place", mars
    assert not [t for t in topics if t.name == "Mars" and t.kind != "place"]
