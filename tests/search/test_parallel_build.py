"""A rebuild on several processes makes the index a one-process rebuild makes.

The build cuts the articles into runs, one Whoosh segment per worker process, and lists the
segments in one table of contents (``building.py``). These tests hold it to: exactly the
documents given, and every search — hits, order, scores, totals, highlights, suggestions,
date sorting, more-like-this — the same as a ``jobs=1`` build of the same written corpus. A
worker that fails or dies gives a clear error and leaves no partial index behind.
"""

from __future__ import annotations

import contextlib
import dataclasses
import threading
from pathlib import Path

import pytest
from search.written_corpus import written_articles

from briefing import worker_process
from briefing.model import Article
from briefing.search import SearchIndex, building, store

QUERIES = [
    "ferry",
    "bridge OR railway",
    "harbour AND flooded",
    '"night bus"',
    '"ferry terminal"',
    "title:ferry",
    "source:gazette",
    "termin*",
    "brigde~",
    "pont",
    "мост",
    "терминала",
    "council NOT budget",
    "photo",
    "date:[20250301 TO 20250630]",
]


@pytest.fixture(scope="module")
def corpus() -> list[Article]:
    return written_articles(48)


@pytest.fixture
def many_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    """Let even a small corpus be cut into one run per job."""
    monkeypatch.setattr(building, "MIN_ARTICLES_PER_JOB", 1)


def _answers(index: SearchIndex, articles: list[Article]) -> list[object]:
    by_id = {a.id: a for a in articles}
    out: list[object] = []
    for query in QUERIES:
        for sort in ("relevance", "newest"):
            result = index.search(query, by_id, limit=100, sort=sort)
            assert result.error is None, (query, result.error)
            out.append(
                (
                    query,
                    sort,
                    result.total,
                    [h.article_id for h in result.hits],
                    [h.score for h in result.hits],
                    [(h.title, h.source, h.date, h.spans, h.snippets) for h in result.hits],
                    result.suggestion,
                )
            )
    out.append([index.related(a.id, articles=by_id) for a in articles[:10]])
    return out


def _segments(index: SearchIndex) -> int:
    assert index._live is not None
    return len(index._live.ix._segments())


def test_a_three_process_build_answers_every_query_as_a_one_process_build(
    tmp_path: Path, corpus: list[Article], many_parts: None
) -> None:
    one = SearchIndex.open(tmp_path / "one", jobs=1)
    three = SearchIndex.open(tmp_path / "three", jobs=3)
    assert one.rebuild(corpus).error is None
    assert three.rebuild(corpus).error is None
    assert (_segments(one), _segments(three)) == (1, 3)  # really built in three parts
    expected, got = _answers(one, corpus), _answers(three, corpus)
    assert sum(len(a[3]) for a in expected if isinstance(a, tuple)) > 50  # queries do match
    for want, have in zip(expected, got, strict=True):
        if isinstance(want, tuple):
            assert isinstance(have, tuple)
            assert have[:4] == want[:4]
            assert have[4] == pytest.approx(want[4], rel=1e-9)
            assert have[5:] == want[5:]
        else:
            assert have == want
    assert three._vocabulary(three._live).counts == one._vocabulary(one._live).counts  # type: ignore[arg-type]
    one.close()
    three.close()


def test_the_parallel_index_holds_exactly_the_documents_given(
    tmp_path: Path, corpus: list[Article], many_parts: None
) -> None:
    index = SearchIndex.open(tmp_path / "search", jobs=4)
    report = index.rebuild(corpus)
    assert report.error is None and report.rebuilt
    assert index._live is not None
    searcher = index._live.searcher
    stored = [fields["id"] for fields in searcher.all_stored_fields()]
    assert stored == [a.id for a in corpus]  # each once, numbered in article order
    assert searcher.doc_count() == len(corpus)
    assert _segments(index) == 4
    assert not index.needs_sync(corpus)
    # the staging folder and the parts are gone, only the live index remains
    assert sorted(p.name for p in index.directory.iterdir()) == [store.INDEX_DIR, store.LOCK_NAME]
    assert not any(p.is_dir() for p in (index.directory / store.INDEX_DIR).iterdir())
    index.close()


def test_a_parallel_index_reopens_and_takes_an_update(
    tmp_path: Path, corpus: list[Article], many_parts: None
) -> None:
    index = SearchIndex.open(tmp_path / "search", jobs=3)
    index.rebuild(corpus)
    index.close()
    again = SearchIndex.open(tmp_path / "search", jobs=3)
    assert not again.notices  # opened as it is, not rebuilt
    changed = dataclasses.replace(
        corpus[40], paragraphs=corpus[3].paragraphs[:1], mtime_ns=99, content_hash="changed"
    )
    report = again.sync([*corpus[:40], changed])  # one changed, seven removed
    assert (report.rebuilt, len(report.changed), len(report.removed)) == (False, 1, 7)
    assert again._live is not None
    assert again._live.searcher.doc_count() == 41
    phrase = " ".join(corpus[3].paragraphs[0].text.split()[:3])
    hits = again.search(f'"{phrase}"', {a.id: a for a in [*corpus[:40], changed]})
    assert changed.id in {h.article_id for h in hits.hits}
    again.close()


def _failing(article: Article) -> Article:
    """An article whose date cannot be read back from its cache row: indexing it raises."""
    broken = dataclasses.replace(article)
    object.__setattr__(broken, "date", "the 32nd of Smarch")
    return broken


def test_a_failing_document_in_a_worker_is_a_clear_error_and_the_old_index_stays(
    tmp_path: Path, corpus: list[Article], many_parts: None
) -> None:
    index = SearchIndex.open(tmp_path / "search", jobs=3)
    index.rebuild(corpus[:10])
    report = index.rebuild([*corpus[:-1], _failing(corpus[-1])])  # the last run: a worker's
    assert report.error is not None
    assert "an indexing worker process failed" in report.error
    assert "CodecError" in report.error  # what the worker raised, named
    assert not list(index.directory.glob(f"{store.STAGING_DIR}*"))
    hits = index.search("ferry OR pont OR мост", {a.id: a for a in corpus})
    assert hits.error is None and {h.article_id for h in hits.hits} <= {a.id for a in corpus[:10]}
    assert index._live is not None and index._live.searcher.doc_count() == 10
    index.close()


def test_a_worker_that_dies_is_a_clear_error_and_leaves_no_partial_index(
    tmp_path: Path, corpus: list[Article], many_parts: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    index = SearchIndex.open(tmp_path / "search", jobs=2)
    monkeypatch.setattr(
        worker_process, "_BOOT", "import os, signal\nos.kill(os.getpid(), signal.SIGKILL)"
    )
    report = index.rebuild(corpus)
    assert report.error is not None
    assert "stopped unexpectedly (killed by SIGKILL)" in report.error
    assert not list(index.directory.glob(f"{store.STAGING_DIR}*"))
    assert not (index.directory / store.INDEX_DIR).exists()  # there was none before either
    assert index.search("ferry", {}).error  # nothing half-built is searched
    monkeypatch.undo()
    monkeypatch.setattr(building, "MIN_ARTICLES_PER_JOB", 1)
    assert index.sync(corpus).error is None  # the next sync builds it
    assert index._live is not None and index._live.searcher.doc_count() == len(corpus)
    index.close()


def test_runs_are_contiguous_balanced_by_size_and_cover_every_article(
    corpus: list[Article],
) -> None:
    for parts in (1, 2, 3, 5, 48, 60):
        cut = building.runs(corpus, parts)
        assert [a for run in cut for a in run] == corpus
        assert len(cut) == min(parts, len(corpus))
    halves = building.runs(corpus, 2)
    sizes = [sum(a.size for a in run) for run in halves]
    assert abs(sizes[0] - sizes[1]) <= max(a.size for a in corpus)


def test_a_small_briefing_is_built_in_one_process(corpus: list[Article]) -> None:
    assert building.job_count(len(corpus), 8) == 1
    assert building.job_count(10 * building.MIN_ARTICLES_PER_JOB, 2) == 2
    assert building.job_count(10 * building.MIN_ARTICLES_PER_JOB, 1) == 1


def _postings(index: SearchIndex) -> list[tuple[object, ...]]:
    assert index._live is not None
    return list(index._live.searcher.reader().iter_postings())


def test_spilling_postings_in_batches_writes_the_index_the_stock_pool_writes(
    tmp_path: Path, corpus: list[Article], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(building, "BUILD_POOL_MB", 0.02)  # a few KB: spill again and again
    monkeypatch.setattr(building, "LEAN", False)  # the lean writer keeps postings by term
    spilled: list[int] = []

    class Counting(building.BatchedPool):
        def _write_run(self, f: object, items: object) -> None:
            spilled.append(1)
            super()._write_run(f, items)

    monkeypatch.setattr(building, "BatchedPool", Counting)
    batched = SearchIndex.open(tmp_path / "batched", jobs=1)
    batched.rebuild(corpus)
    assert len(spilled) > 5
    monkeypatch.setattr(building, "BatchedPool", building.PostingPool)  # Whoosh's own
    stock = SearchIndex.open(tmp_path / "stock", jobs=1)
    stock.rebuild(corpus)
    assert len(_postings(batched)) > 1000
    assert _postings(batched) == _postings(stock)
    assert _answers(batched, corpus) == _answers(stock, corpus)
    batched.close()
    stock.close()


def test_a_killed_rebuilds_folder_still_being_written_does_not_stop_the_next(
    tmp_path: Path, corpus: list[Article], many_parts: None
) -> None:
    """After ``kill -9`` during a rebuild, its workers can write into its staging folder for a
    moment more: the next rebuild must neither fail on that folder nor share it."""
    directory = tmp_path / "search"
    directory.mkdir()
    (directory / store.STAGING_DIR / "part-1").mkdir(parents=True)  # an older version's name
    orphan = directory / f"{store.STAGING_DIR}-1-deadbeef" / "part-1"
    stop = threading.Event()

    def keep_writing() -> None:  # what an orphaned worker does until it notices
        n = 0
        while not stop.is_set():
            # The build removes the folder while this writes: mkdir may lose that race
            # (FileExistsError from a folder gone between its checks), as may the write.
            with contextlib.suppress(OSError):
                orphan.mkdir(parents=True, exist_ok=True)
                (orphan / f"MAIN_{n}.seg").write_bytes(b"x" * 512)
            n += 1

    writer = threading.Thread(target=keep_writing)
    writer.start()
    try:
        index = SearchIndex.open(directory, jobs=3)
        report = index.sync(corpus)
        assert report.error is None and report.indexed == len(corpus)
        hits = index.search("*", {a.id: a for a in corpus}, limit=100, snippets=False)
        assert {h.article_id for h in hits.hits} == {a.id for a in corpus}
    finally:
        stop.set()
        writer.join()
    assert index.rebuild(corpus).error is None  # the orphan has gone: its folder goes too
    assert not list(directory.glob(f"{store.STAGING_DIR}*"))
    index.close()
