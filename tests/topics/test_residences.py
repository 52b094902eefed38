"""A place named only as where someone lives is said in passing (:mod:`briefing.topics.residences`):
"Omar, who lives in Norway, ..." in two articles of fourteen is no key topic; one use written
otherwise keeps it. Every text here is written for the test."""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article

from briefing.model import Article, Topic
from briefing.topics import extract_topics
from briefing.topics.candidates import Occurrence
from briefing.topics.residences import dwelling


def _in(language: str, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


def _labels(topics: tuple[Topic, ...]) -> set[str]:
    return {label for t in topics for label in (t.name, *t.aliases)}


def _use(text: str, word: str) -> tuple[Occurrence, str]:
    start = text.index(word)
    return Occurrence("a", 0, start, start + len(word), word), text


def test_a_verb_of_living_and_its_preposition_before_the_place() -> None:
    for text, word in [
        ("Omar, who lives in Norway, waited at the port.", "Norway"),
        ("Omar, que vive en Noruega desde 2019, esperaba.", "Noruega"),
        ("Omar, der in Lorvik lebt, wartete. Er lebt in der Schweiz.", "Schweiz"),
        ("Omar, qui vit au Canada, attendait.", "Canada"),
        ("Omar, który mieszka w Norwegii, czekał.", "Norwegii"),
        ("Омар, который живёт в Норвегии, ждал.", "Норвегии"),
    ]:
        assert dwelling(*_use(text, word)), text


def test_other_uses_are_no_residence() -> None:
    for text, word in [
        ("The boat left Norway on Monday.", "Norway"),
        ("Omar lives with his brother in Norway.", "Norway"),  # a phrase between
        ("The delivery in Norway was late.", "Norway"),  # "delivery" is no verb of living
        ("Norway's minister said.", "Norway"),
    ]:
        assert not dwelling(*_use(text, word)), text


def _packet(extra: str) -> list[Article]:
    body = "The ferry sank off Lorvik on Tuesday; the coast guard of Lorvik searched all night."
    articles = [
        _in("en", n, body, "Divers from Lorvik found the ferry's hull near Lorvik.")
        for n in range(12)
    ]
    articles.append(_in("en", 12, body, "Omar, who lives in Norway, said his cousin was aboard."))
    articles.append(
        _in(
            "es",
            13,
            "El ferry se hundió cerca de Lorvik.",
            "Omar, que vive en Noruega, buscaba a su primo. " + extra,
        )
    )
    return articles


def test_a_country_only_lived_in_is_no_key_topic() -> None:
    assert not {"Norway", "Noruega"} & _labels(extract_topics(_packet("")))


def test_one_use_written_otherwise_keeps_it() -> None:
    topics = extract_topics(_packet("El gobierno de Noruega envió un avión a Lorvik."))
    assert {"Norway", "Noruega"} & _labels(topics), [t.name for t in topics]
