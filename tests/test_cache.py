"""The lean article cache: a reopened briefing holds articles equal to freshly read ones."""

from __future__ import annotations

import copy
import dataclasses
import pickle
from pathlib import Path

import msgpack
import pytest

from briefing import corpus, paths
from briefing.briefing import Briefing
from briefing.model import Article
from briefing.stored_articles import StoredArticle, article_from_row, article_row

# Cache, state, data and config in this test's own tmp_path (fixtures in tests/conftest.py).
pytestmark = pytest.mark.usefixtures("private_dirs")


def _fresh(folder: Path) -> dict[str, Article]:
    found = corpus.discover([folder]).files
    read = [corpus.read_article(item) for item in found]
    return {a.id: a for a in read if isinstance(a, Article)}


def _round_trip(article: Article) -> StoredArticle:
    """Through the bytes, as the cache stores it."""
    row = msgpack.unpackb(msgpack.packb(article_row(article)), use_list=False)
    return article_from_row(row, article.path)


def test_reopened_articles_equal_freshly_read_ones(packet: Path) -> None:
    Briefing.open([packet], sync=False).close()
    fresh = _fresh(packet)
    with Briefing.open([packet], sync=False) as again:
        assert all(isinstance(a, StoredArticle) for a in again.articles)
        for article in again.articles:
            original = fresh[article.id]
            assert article == original and original == article  # both operand orders
            assert article.paragraphs == original.paragraphs
            assert article.text == original.text
            assert article.body_paragraphs == original.body_paragraphs
            assert article.path == original.path
            assert dataclasses.asdict(article) == dataclasses.asdict(original)


def test_a_stored_article_differs_where_its_fields_differ(packet: Path) -> None:
    original = next(iter(_fresh(packet).values()))
    stored = _round_trip(original)
    assert stored == original
    assert stored != dataclasses.replace(original, title="Another title")
    assert dataclasses.replace(original, title="Another title") != stored
    assert stored != dataclasses.replace(original, paragraphs=original.paragraphs[:-1])
    assert stored != "not an article"


def test_a_stored_article_is_immutable_and_pickles_as_a_plain_article(packet: Path) -> None:
    original = next(iter(_fresh(packet).values()))
    stored = _round_trip(original)
    with pytest.raises(dataclasses.FrozenInstanceError):
        stored.title = "changed"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        stored.paragraphs = ()
    restored = pickle.loads(pickle.dumps(stored))
    assert type(restored) is Article and restored == original
    assert type(copy.copy(stored)) is Article
    changed = dataclasses.replace(stored, title="New")
    assert changed.title == "New" and changed.paragraphs == original.paragraphs


def test_rows_round_trip_before_and_after_paragraphs_are_built(packet: Path) -> None:
    original = next(iter(_fresh(packet).values()))
    stored = _round_trip(original)
    unbuilt = article_row(stored)  # written back without building paragraphs
    assert stored.paragraphs == original.paragraphs
    assert article_row(stored) == unbuilt == article_row(original)


def test_a_cache_row_of_another_layout_is_read_again(packet: Path, monkeypatch) -> None:
    from briefing import cache, stored_articles
    from briefing.briefing import articles_fingerprint

    Briefing.open([packet], sync=False).close()
    key = paths.briefing_key([packet])
    cache_file = paths.cache_root() / key / "articles.msgpack"
    fingerprint = articles_fingerprint()
    rows, reason = stored_articles.load_article_rows(cache_file, fingerprint)
    assert rows and reason is None
    payload = {k: ["short", "row"] for k in rows}
    cache.save(cache_file, fingerprint, payload)
    calls: list[Path] = []
    real = corpus.read_article

    def counting(found: corpus.FoundFile) -> object:
        calls.append(found.path)
        return real(found)

    monkeypatch.setattr(corpus, "read_article", counting)
    with Briefing.open([packet], sync=False) as again:
        assert len(again.articles) == 5 and len(calls) == 5
        assert [a.text for a in again.articles] == [
            a.text for a in sorted(_fresh(packet).values(), key=lambda a: a.id)
        ]


def test_a_cache_cut_short_is_rebuilt_and_says_so(packet: Path) -> None:
    Briefing.open([packet], sync=False).close()
    cache_file = paths.cache_root() / paths.briefing_key([packet]) / "articles.msgpack"
    data = cache_file.read_bytes()
    cache_file.write_bytes(data[: len(data) // 2])  # a crash cannot do this (atomic rename),
    with Briefing.open([packet], sync=False) as again:  # but a full disk or a copy can
        assert any("cut short" in n or "damaged" in n for n in again.notices), again.notices
        fresh = sorted(_fresh(packet).values(), key=lambda a: a.id)
        assert list(again.articles) == fresh
