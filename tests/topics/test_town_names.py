"""A town that is also a given name is a place when the articles use it as one, and its
names in other scripts and spellings are one topic.

Every text here is written for the test (invented events).
"""

from __future__ import annotations

from topics.helpers import article, text_topic

from briefing.model import Topic
from briefing.topics.local_towns import towns_as_places


def _greece(n: int) -> Topic:
    return text_topic("gr", "Greece", "place", ["Greece"] * n)


PLACE_TEXTS = [
    "A bus left the road near Larissa on Monday night. Greece mourns.",
    "Der Bus kam in der Nähe von Larissa von der Straße ab. Greece",
    "Автобус съехал с дороги в районе города Лариса. Greece",
    "Otobüs Larissa kenti yakınlarında yoldan çıktı. Greece",
    "Officials in the nearby city of Larissa said nine were hurt. Greece",
]


def test_a_given_name_used_as_a_town_in_several_articles_is_the_town() -> None:
    articles = [article(f"a{n}", text) for n, text in enumerate(PLACE_TEXTS)]
    topics = [
        _greece(5),
        text_topic("l", "Larissa", "person", PLACE_TEXTS),
        text_topic("c", "Лариса", "person", PLACE_TEXTS),
    ]
    found = towns_as_places(topics, 5, articles)
    assert [t.id for t in found] == ["gr", "l"]  # the Cyrillic spelling joined the Latin one
    assert found[1].kind == "place" and found[1].name == "Larissa"
    assert {"Larissa", "Лариса"} <= set(found[1].aliases)
    assert len(found[1].mentions) == 5


PERSON_TEXTS = [
    "Mrs Larissa opened the bakery near the square in Greece.",
    "Larissa said the new oven came from Greece.",
    "In Greece, Larissa and her brother run the shop.",
    "Larissa told reporters that Greece had changed.",
]


def test_a_given_name_used_as_a_person_stays_a_person() -> None:
    articles = [article(f"a{n}", text) for n, text in enumerate(PERSON_TEXTS)]
    topics = [_greece(4), text_topic("l", "Larissa", "person", PERSON_TEXTS)]
    assert towns_as_places(topics, 4, articles)[1].kind == "person"


def test_one_article_or_a_mixed_use_is_not_enough() -> None:
    once = [PLACE_TEXTS[0], *PERSON_TEXTS[2:]]
    articles = [article(f"a{n}", text) for n, text in enumerate(once)]
    topics = [_greece(3), text_topic("l", "Larissa", "person", once)]
    assert towns_as_places(topics, 3, articles)[1].kind == "person"
    # Two place uses, but one article writes her speaking: a person somewhere, so no town.
    mixed = [PLACE_TEXTS[0], PLACE_TEXTS[1], PERSON_TEXTS[1]]
    articles = [article(f"a{n}", text) for n, text in enumerate(mixed)]
    topics = [_greece(3), text_topic("l", "Larissa", "person", mixed)]
    assert towns_as_places(topics, 3, articles)[1].kind == "person"
    # Without the texts a given name stays what it was.
    topics = [_greece(5), text_topic("l", "Larissa", "person", PLACE_TEXTS)]
    assert towns_as_places(topics, 5)[1].kind == "person"
