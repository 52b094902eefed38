"""Incremental sync against the manifest, and rebuilds when the index's maker changes."""

from __future__ import annotations

import dataclasses
import json
import tempfile
import threading
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from search.factory import make_article, seed_articles
from whoosh import index as wix

from briefing.model import Article
from briefing.search import SearchIndex
from briefing.search.store import INDEX_DIR, META_FILE


def index_files(index_dir: Path) -> dict[str, tuple[int, int]]:
    """Name → (size, mtime_ns) of every file in the live index folder."""
    live = index_dir / INDEX_DIR
    return {p.name: (p.stat().st_size, p.stat().st_mtime_ns) for p in live.iterdir()}


def generation(index_dir: Path) -> int:
    return int(wix.open_dir(str(index_dir / INDEX_DIR)).latest_generation())


def edited(article: Article, extra: str) -> Article:
    from briefing.model import Paragraph

    return dataclasses.replace(
        article,
        paragraphs=(*article.paragraphs, Paragraph(extra)),
        size=article.size + len(extra),
        mtime_ns=article.mtime_ns + 1,
        content_hash=article.content_hash[::-1],
    )


def test_first_sync_builds_and_reopening_unchanged_writes_nothing(index_dir: Path) -> None:
    seeds = seed_articles()
    with SearchIndex.open(index_dir) as index:
        first = index.sync(seeds)
    assert first.rebuilt and first.indexed == 5
    before_files, before_gen = index_files(index_dir), generation(index_dir)
    with SearchIndex.open(index_dir) as index:
        assert index.notices == []
        assert not index.needs_sync(seeds)
        report = index.sync(seeds)
        assert index.search("Dushanbe", {a.id: a for a in seeds}).total == 5
    assert (report.indexed, report.unchanged, report.rebuilt, report.removed) == (0, 5, False, ())
    assert generation(index_dir) == before_gen
    assert index_files(index_dir) == before_files


def test_changing_one_article_reindexes_only_it(index_dir: Path) -> None:
    seeds = seed_articles()
    with SearchIndex.open(index_dir) as index:
        index.sync(seeds)
    changed = [*seeds[:2], edited(seeds[2], "Glaciologists joined the delegation."), *seeds[3:]]
    with SearchIndex.open(index_dir) as index:
        before = index_files(index_dir)
        assert index.needs_sync(changed)
        assert index_files(index_dir) == before  # asking writes nothing
        progress: list[tuple[int, int]] = []
        report = index.sync(changed, lambda done, total: progress.append((done, total)))
        assert report.changed == (seeds[2].id,) and report.added == () and report.unchanged == 4
        assert progress[-1] == (1, 1)
        by_id = {a.id: a for a in changed}
        assert [h.article_id for h in index.search("glaciologists", by_id).hits] == [seeds[2].id]
        assert index.search("Dushanbe", by_id).total == 5
        assert not index.needs_sync(changed)


def test_adding_and_removing_articles(index_dir: Path) -> None:
    seeds = seed_articles()
    extra = make_article("world/new", "Avalanche warnings were issued in the Pamirs.")
    with SearchIndex.open(index_dir) as index:
        index.sync(seeds)
        report = index.sync([*seeds[1:], extra])
        assert report.added == ("world/new",) and report.removed == (seeds[0].id,)
        by_id = {a.id: a for a in [*seeds, extra]}
        assert index.search("avalanche", by_id).total == 1
        assert index.search("hydropower", by_id).total == 0  # only seed 000 had it
    with SearchIndex.open(index_dir) as index:  # and the manifest remembers
        assert index.sync([*seeds[1:], extra]).indexed == 0
        assert index.search("Dushanbe", by_id).total == 4


def test_search_sees_a_sync_from_the_same_object_at_once(index_dir: Path) -> None:
    seeds = seed_articles()
    with SearchIndex.open(index_dir) as index:
        index.sync(seeds[1:])
        by_id = {a.id: a for a in seeds}
        assert index.search("hydropower", by_id).total == 0
        index.sync(seeds)
        assert index.search("hydropower", by_id).total == 1
        index.sync(seeds[1:])  # deletions too, not only additions
        assert index.search("hydropower", by_id).total == 0


def _rewrite_meta(index_dir: Path, **changes: object) -> None:
    path = index_dir / INDEX_DIR / META_FILE
    meta = json.loads(path.read_text())
    meta.update(changes)
    path.write_text(json.dumps(meta))


def test_schema_version_change_rebuilds_with_a_notice(index_dir: Path) -> None:
    seeds = seed_articles()
    with SearchIndex.open(index_dir) as index:
        index.sync(seeds)
    _rewrite_meta(index_dir, schema_version=0)
    with SearchIndex.open(index_dir) as index:
        assert any("version 0" in n for n in index.notices)
        assert index.needs_sync(seeds)
        report = index.sync(seeds)
        assert report.rebuilt and report.indexed == 5 and report.reason
        assert index.search("Dushanbe", {a.id: a for a in seeds}).total == 5
    with SearchIndex.open(index_dir) as index:
        assert index.notices == [] and index.sync(seeds).indexed == 0


def test_index_from_another_whoosh_is_rebuilt(index_dir: Path) -> None:
    seeds = seed_articles()
    with SearchIndex.open(index_dir) as index:
        index.sync(seeds)
    _rewrite_meta(index_dir, distribution="whoosh-ng", version="5.4.0")
    with SearchIndex.open(index_dir) as index:
        assert any("whoosh-ng 5.4.0" in n for n in index.notices)
        assert index.sync(seeds).rebuilt


def test_missing_meta_is_rebuilt(index_dir: Path) -> None:
    seeds = seed_articles()
    with SearchIndex.open(index_dir) as index:
        index.sync(seeds)
    (index_dir / INDEX_DIR / META_FILE).unlink()
    with SearchIndex.open(index_dir) as index:
        assert index.notices and index.sync(seeds).rebuilt


def test_manifest_row_for_a_document_not_in_the_index_is_not_trusted(index_dir: Path) -> None:
    """A crash after the manifest was written but without the commit must re-index."""
    seeds = seed_articles()
    with SearchIndex.open(index_dir) as index:
        index.sync(seeds[:3])
    from briefing.search.store import entry_for, read_manifest, write_manifest

    live = index_dir / INDEX_DIR
    manifest = read_manifest(live)
    rows = {**manifest.articles, **{a.id: entry_for(a) for a in seeds[3:]}}
    write_manifest(live, rows, manifest)  # files vouched for as they are: only rows differ
    assert set(read_manifest(live).articles) == {a.id for a in seeds}
    with SearchIndex.open(index_dir) as index:
        report = index.sync(seeds)
        assert set(report.added) == {a.id for a in seeds[3:]}
        assert index.search("Dushanbe", {a.id: a for a in seeds}).total == 5


def test_explicit_rebuild(index_dir: Path) -> None:
    seeds = seed_articles()
    with SearchIndex.open(index_dir) as index:
        index.sync(seeds)
        report = index.rebuild(seeds)
        assert report.rebuilt and report.indexed == 5
        assert index.search("Dushanbe", {a.id: a for a in seeds}).total == 5
    assert sorted(p.name for p in index_dir.iterdir()) == [INDEX_DIR, "sync.lock"]


def test_search_from_another_thread_during_sync(index_dir: Path) -> None:
    from search.factory import generated_articles

    seeds = seed_articles()
    many = generated_articles(150)
    by_id = {a.id: a for a in [*seeds, *many]}
    errors: list[BaseException] = []
    with SearchIndex.open(index_dir) as index:
        index.sync(seeds)
        started = threading.Event()

        def write() -> None:
            try:
                index.sync([*seeds, *many], lambda done, total: started.set())
            except BaseException as error:  # pragma: no cover - reported below
                errors.append(error)

        worker = threading.Thread(target=write)
        worker.start()
        started.wait(30)
        totals = set()
        while worker.is_alive():
            result = index.search("Dushanbe", by_id)
            assert result.error is None
            totals.add(result.total)
        worker.join()
        assert errors == []
        assert totals == {5}
        assert index.search("license", by_id).total > 0


def test_undecodable_file_names_and_lone_surrogates_in_text(index_dir: Path) -> None:
    """A file name that is not UTF-8 arrives with surrogate escapes; so may decoded text."""
    odd = make_article("caf\udce9/r\ud800port", "Avalanche near the caf\udce9 of Khorog.")
    plain = make_article("plain", "Nothing to see.")
    with SearchIndex.open(index_dir) as index:
        assert index.sync([odd, plain]).indexed == 2
        result = index.search("avalanche", {odd.id: odd, plain.id: plain})
        assert [h.article_id for h in result.hits] == [odd.id]
        span = result.hits[0].spans[0]
        assert odd.paragraphs[span.paragraph].text[span.start : span.end] == "Avalanche"
        assert index.search("khorog", {}).hits[0].article_id == odd.id
    with SearchIndex.open(index_dir) as index:
        assert index.notices == []
        assert index.sync([odd, plain]).indexed == 0
        assert index.sync([plain]).removed == (odd.id,)


@settings(max_examples=25, deadline=None)
@given(
    st.lists(
        st.dictionaries(st.sampled_from("abcdefgh"), st.integers(0, 3), max_size=8),
        min_size=1,
        max_size=4,
    )
)
def test_any_sequence_of_syncs_leaves_exactly_the_current_articles(
    versions: list[dict[str, int]],
) -> None:
    """Each step is a whole briefing: name → version. A version's text carries a unique word,
    so a stale document (an old version left behind) would be found by its old word."""

    def briefing(step: dict[str, int]) -> list[Article]:
        return [
            make_article(name, f"Report {name}{version}x about the border.", mtime_ns=version + 1)
            for name, version in sorted(step.items())
        ]

    with tempfile.TemporaryDirectory() as tmp, SearchIndex.open(Path(tmp)) as index:
        previous: dict[str, int] = {}
        for step in versions:
            articles = briefing(step)
            report = index.sync(articles)
            if not report.rebuilt:
                changed = {k for k in step if k in previous and previous[k] != step[k]}
                assert set(report.changed) == changed
                assert set(report.added) == set(step) - set(previous)
                assert set(report.removed) == set(previous) - set(step)
            by_id = {a.id: a for a in articles}
            every = index.search("*", by_id, limit=100, snippets=False)
            assert {h.article_id for h in every.hits} == set(step)
            for name, version in step.items():
                for old in range(4):
                    found = index.search(f"{name}{old}x", by_id, snippets=False)
                    assert found.total == (1 if old == version else 0)
            previous = step
