"""Fixtures for the topic tests: the real seed articles, and small articles written in tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from support.fixtures import SEEDS, read_file
from topics.helpers import article

from briefing.model import Article, Paragraph, Topic
from briefing.topics import extract_topics


@pytest.fixture(scope="session")
def seed_articles() -> tuple[Article, ...]:
    """The bundled seeds, read by the real corpus reader."""
    found = [read_file(path) for path in sorted(SEEDS.glob("*.txt"))]
    assert all(isinstance(a, Article) for a in found)
    return tuple(a for a in found if isinstance(a, Article))


@pytest.fixture(scope="session")
def seed_topics(seed_articles: tuple[Article, ...]) -> tuple[Topic, ...]:
    return extract_topics(seed_articles)


@pytest.fixture
def topics_of() -> Callable[..., tuple[Topic, ...]]:
    """Extract topics from articles given as lists of paragraph texts."""

    def run(*articles: list[str | Paragraph]) -> tuple[Topic, ...]:
        return extract_topics([article(f"{n:03d}", *paras) for n, paras in enumerate(articles)])

    return run
