"""Real processes: a ``kill -9`` in the middle of indexing, and two indexers at once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from search.factory import generated_articles, seed_articles

from briefing.search import SearchIndex

ROOT = Path(__file__).resolve().parents[2]

#: argv: index dir, number of generated articles, lock timeout. Prints one line per document
#: indexed ("progress done total"), then the report as "report indexed rebuilt reason".
_INDEXER = """
import sys
from pathlib import Path
from search.factory import generated_articles, seed_articles
from briefing.search import SearchIndex

directory, count, timeout = Path(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])
articles = seed_articles() + generated_articles(count)
index = SearchIndex.open(directory, lock_timeout=timeout)
print("opened", flush=True)
report = index.sync(articles, lambda done, total: print("progress", done, total, flush=True))
print("report", report.indexed, report.rebuilt, report.reason, flush=True)
index.close()
"""


def _start(directory: Path, count: int, timeout: float = 600.0) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "tests")])}
    return subprocess.Popen(
        [sys.executable, "-c", _INDEXER, str(directory), str(count), str(timeout)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _kill_after_progress(proc: subprocess.Popen[str], documents: int) -> None:
    """Read the child's progress and SIGKILL it once ``documents`` are written."""
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("progress") and int(line.split()[1]) >= documents:
            os.kill(proc.pid, signal.SIGKILL)
            break
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL, proc.stderr.read() if proc.stderr else ""


@pytest.mark.parametrize("existing", [False, True], ids=["first-build", "incremental"])
def test_kill_9_while_indexing_is_recovered(index_dir: Path, existing: bool) -> None:
    count = 400
    seeds = seed_articles()
    if existing:
        with SearchIndex.open(index_dir) as index:
            index.sync(seeds)
    proc = _start(index_dir, count)
    _kill_after_progress(proc, documents=60)
    articles = seeds + generated_articles(count)
    by_id = {a.id: a for a in articles}
    with SearchIndex.open(index_dir) as index:
        if existing:  # the last committed generation is intact and searchable at once
            assert index.search("Dushanbe", by_id).total == 5
        report = index.sync(articles)
        assert report.indexed + report.unchanged == len(articles)
        result = index.search("*", by_id, limit=1000, snippets=False)
        assert result.error is None
        assert {h.article_id for h in result.hits} == set(by_id)
        assert index.search("Dushanbe", by_id).total == 5
    with SearchIndex.open(index_dir) as index:
        assert index.sync(articles).indexed == 0


def test_two_processes_indexing_the_same_directory(index_dir: Path) -> None:
    count = 200
    first, second = _start(index_dir, count), _start(index_dir, count)
    outputs = [p.communicate(timeout=600) for p in (first, second)]
    for proc, (_out, err) in zip((first, second), outputs, strict=True):
        assert proc.returncode == 0, err
        assert "Traceback" not in err
    reports = [
        next(line for line in out.splitlines() if line.startswith("report")).split()
        for out, _ in outputs
    ]
    indexed = sorted(int(r[1]) for r in reports)
    assert indexed == [0, count + 5]  # the loser waited, then found nothing left to do
    articles = seed_articles() + generated_articles(count)
    with SearchIndex.open(index_dir) as index:
        assert index.sync(articles).indexed == 0
        total = index.search("*", {a.id: a for a in articles}, snippets=False).total
        assert total == len(articles)


def test_a_process_that_cannot_wait_skips_with_a_notice(index_dir: Path) -> None:
    proc = _start(index_dir, 600)
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("progress") and int(line.split()[1]) >= 5:
            break
    try:
        with SearchIndex.open(index_dir, lock_timeout=0.2) as index:
            report = index.sync(seed_articles())
            assert report.indexed == 0 and report.reason
            assert any("Another briefing process" in n for n in index.notices)
    finally:
        rest, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err
    assert "report 605 True" in rest


def test_search_follows_a_sync_made_by_another_process(index_dir: Path) -> None:
    seeds = seed_articles()
    articles = seeds + generated_articles(50)
    by_id = {a.id: a for a in articles}

    def other_process_syncs() -> str:
        proc = _start(index_dir, 50)
        out, err = proc.communicate(timeout=600)
        assert proc.returncode == 0, err
        return out

    with SearchIndex.open(index_dir) as index:
        index.sync(seeds)
        assert index.search("*", by_id, snippets=False).total == 5
        assert "report 50 False" in other_process_syncs()  # an incremental update
        assert index.search("*", by_id, snippets=False).total == len(articles)
        (index_dir / "index" / "briefing-meta.json").unlink()
        assert "report 55 True" in other_process_syncs()  # a rebuild swapped in underneath
        result = index.search("Dushanbe", by_id)
        assert result.error is None and result.total == 5
        assert index.search("*", by_id, snippets=False).total == len(articles)
        assert index.notices == []
