"""Measure the search index: build, reopen, queries with snippets (not a test; run by hand).

    .venv/bin/python tests/search/bench_search.py [count]

Articles are 2–8 KB cut from the English prose under /usr/share (see factory.py). Times vary
2–3× on a shared machine, so this prints figures and asserts nothing.
"""

from __future__ import annotations

import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from search.factory import generated_articles, seed_articles

from briefing.search import SearchIndex

T = TypeVar("T")

QUERIES = [
    "software",
    "license AND warranty",
    '"free software"',
    "distribut*",
    "licnese~",
    "copyright NOT gpl",
    "title:license",
    "source:reuters",
    "permission",
    "modify OR change",
    "date:[2025-03-01 TO 2025-04-01]",
    "patent",
    "warranty~2",
    "redistribution conditions",
    "documentation",
    "source code",
    "hydropowr",
    "author*",
    "liability",
    "notice",
]


def _timed(label: str, fn: Callable[[], T]) -> T:
    start, cpu = time.perf_counter(), time.process_time()
    value = fn()
    wall, used = time.perf_counter() - start, time.process_time() - cpu
    print(f"{label}: {wall:.3f} s wall, {used:.3f} s CPU")
    return value


def main(count: int) -> None:
    seeds = seed_articles()
    with tempfile.TemporaryDirectory() as tmp, SearchIndex.open(Path(tmp) / "seeds") as index:
        _timed("build 5 seeds", lambda: index.sync(seeds))
    articles = generated_articles(count)
    size = sum(len(a.text) for a in articles)
    print(f"{count} articles, {size / 1e6:.1f} MB of text")
    by_id = {a.id: a for a in articles}
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp) / "gen"
        with SearchIndex.open(directory) as index:
            _timed(f"build {count}", lambda: index.sync(articles))
        disk = sum(p.stat().st_size for p in (directory / "index").iterdir())
        print(f"index size: {disk / 1e6:.1f} MB")

        def reopen() -> SearchIndex:
            index = SearchIndex.open(directory)
            assert index.sync(articles).indexed == 0
            return index

        index = _timed("reopen + sync unchanged", reopen)
        for snippets in (False, True):
            times = []
            for _ in range(3):
                for query in QUERIES:
                    # CPU time: the machine is shared, and wall time swings 2-3x with load.
                    start = time.process_time()
                    index.search(query, by_id, limit=20, snippets=snippets)
                    times.append((time.process_time() - start) * 1000)
            times.sort()
            p50 = statistics.median(times)
            p95 = times[int(len(times) * 0.95) - 1]
            print(f"query CPU (limit 20, snippets={snippets}): p50 {p50:.1f} ms, p95 {p95:.1f} ms")
        changed = [*articles[:-1]]
        _timed("sync after removing one", lambda: index.sync(changed))
        index.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of this process: {peak:.0f} MB")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
