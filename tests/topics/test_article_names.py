"""A title's article is part of the name: "Le Parisien", "The Guardian" (written fixtures)."""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article

from briefing.model import Article, Topic
from briefing.topics import extract_topics
from briefing.topics.candidates import Occurrence
from briefing.topics.naming import with_article

FUNCTION = frozenset({"la", "le", "the", "die"})


def _in(language: str, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


def _uses(texts: dict[tuple[str, int], str], word: str) -> list[Occurrence]:
    return [
        Occurrence(a, i, text.index(word), text.index(word) + len(word), word)
        for (a, i), text in texts.items()
    ]


def test_a_capitalised_article_in_mid_sentence_belongs_to_the_name() -> None:
    texts = {
        ("a", 0): "The mayor told the daily La Vedetta that the port would reopen.",
        ("b", 0): "Secondo La Vedetta, il porto riaprirà lunedì.",
        ("c", 0): "По данным La Vedetta, порт откроется в понедельник.",
    }
    assert with_article("Vedetta", _uses(texts, "Vedetta"), texts, FUNCTION) == "La Vedetta"


def test_a_lower_case_or_sentence_opening_article_does_not() -> None:
    lower = {
        ("a", 0): "Visitors crowded the Prado on Sunday.",
        ("b", 0): "Crowds filled the Prado again.",
    }
    assert with_article("Prado", _uses(lower, "Prado"), lower, FUNCTION) == "Prado"
    opening = {
        ("a", 0): "Le Prado a rouvert. Les visiteurs sont venus.",
        ("b", 0): "Le Prado accueille une exposition.",
    }
    assert with_article("Prado", _uses(opening, "Prado"), opening, FUNCTION) == "Prado"


def test_a_newspaper_is_named_with_its_article_across_languages() -> None:
    topics = _topics(
        # Written about once (a newspaper only cited as a source is no topic: test_cited_media).
        _in("en", 0, "The daily La Vedetta closed its office by the port of Genoa on Monday."),
        _in("it", 1, "Secondo La Vedetta, il porto di Genova riaprirà lunedì."),
        _in("ru", 2, "По данным La Vedetta, порт Генуи откроется в понедельник."),
    )
    assert "La Vedetta" in {t.name for t in topics}


def _topics(*articles: Article) -> tuple[Topic, ...]:
    return extract_topics(list(articles))
