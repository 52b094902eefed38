"""Fixtures for the search tests: the seeds as articles, and a real index on disk."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from search.factory import seed_articles

from briefing.model import Article
from briefing.search import SearchIndex


@pytest.fixture(scope="session")
def seeds() -> list[Article]:
    return seed_articles()


@pytest.fixture(scope="session")
def seed_map(seeds: list[Article]) -> dict[str, Article]:
    return {a.id: a for a in seeds}


@pytest.fixture(scope="session")
def seed_index(
    tmp_path_factory: pytest.TempPathFactory, seeds: list[Article]
) -> Iterator[SearchIndex]:
    """One index of the seeds shared by the read-only query tests."""
    index = SearchIndex.open(tmp_path_factory.mktemp("seed-index") / "search")
    index.sync(seeds)
    yield index
    index.close()


@pytest.fixture
def index_dir(tmp_path: Path) -> Path:
    return tmp_path / "cache" / "search"
