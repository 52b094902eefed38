"""Turkish writes foreign names with its own letters ("Miçotakis" for Mitsotakis): one
person, never two people who share a name part.

Every text here is written for the test (invented people and events).
"""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article, holding

from briefing.model import Article, Topic
from briefing.topics import extract_topics
from briefing.topics.romanise import turkish_keys


def _in(language: str, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


def _owners(topics: tuple[Topic, ...], *surfaces: str) -> set[str]:
    return {t.id for s in surfaces for t in holding(topics, s)}


def test_turkish_letters_are_respelled_as_other_alphabets_write_the_sound() -> None:
    assert "p:nikos papatsakis" in turkish_keys("Nikos Papaçakis")
    assert "p:nikos papachakis" in turkish_keys("Nikos Papaçakis")
    assert "p:jesika shmit" in turkish_keys("Cesika Şmit")
    assert turkish_keys("Nikos Papadakis") == set()  # nothing to respell


def _briefing(turkish_name: str, *english_names: str) -> tuple[Topic, ...]:
    english = [
        _in("en", n, f"Prime minister {name} visited the flooded valley near Velmora on Monday.")
        for n, name in enumerate(english_names * 2)
    ]
    turkish = [
        _in(
            "tr",
            n,
            f"Başbakan {turkish_name}, pazartesi günü Velmora yakınlarındaki vadiyi ziyaret etti.",
        )
        for n in range(10, 13)
    ]
    return extract_topics(english + turkish)


def test_one_person_in_turkish_and_english_spelling_is_one_topic() -> None:
    topics = _briefing("Nikos Papaçakis", "Nikos Papatsakis")
    assert len(_owners(topics, "Nikos Papaçakis", "Nikos Papatsakis")) == 1


def test_a_relative_or_two_candidates_stay_apart() -> None:
    # Another given name: a sister is not the minister.
    topics = _briefing("Eleni Papaçakis", "Nikos Papatsakis")
    assert len(_owners(topics, "Eleni Papaçakis", "Nikos Papatsakis")) == 2
    # Two English names fit the Turkish one ("ç" as "ts" and as "ch"): no guess.
    topics = _briefing("Nikos Çaçakis", "Nikos Tsatsakis", "Nikos Chachakis")
    turkish = _owners(topics, "Nikos Çaçakis")
    assert turkish and not turkish & _owners(topics, "Nikos Tsatsakis", "Nikos Chachakis")
