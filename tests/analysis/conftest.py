"""Fixtures for the analysis tests: the article builder and the seeds read by the real reader."""

from __future__ import annotations

import pytest
from analysis.builders import MakeArticle, make_article

from briefing.corpus import discover, read_article
from briefing.model import Article
from briefing.paths import bundled_seeds


@pytest.fixture
def article() -> MakeArticle:
    """The article builder, as a fixture."""
    return make_article


@pytest.fixture(scope="session")
def seeds() -> tuple[Article, ...]:
    """The five bundled seed articles, read by the real corpus reader."""
    found = discover([bundled_seeds()])
    articles = tuple(a for f in found.files if isinstance(a := read_article(f), Article))
    assert len(articles) == 5
    return articles
