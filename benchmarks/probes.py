"""What runs inside each fresh measurement process, for briefing and for the FTS5 baseline.

Every probe runs in its own interpreter (``python -m benchmarks.probes NAME CORPUS DB``) so
that its peak RSS, taken by the parent from ``os.wait4``, belongs to that job alone, and so
that a reopen really is a cold process finding a warm cache. A probe prints one JSON object
on its last stdout line. Only the public API is used: ``briefing.briefing.Briefing``.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.fts5 import Fts5Index
from benchmarks.queries import QUERIES

#: Each query is timed this many times per mode after one untimed warm-up.
REPEATS = 5


def _rss_mb() -> float:
    """Current resident set (VmRSS) of this process in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"p50_ms": statistics.median(ordered) * 1000, "p95_ms": p95 * 1000}


def _time_queries(search: Callable[[str, bool], int], repeats: int) -> dict[str, Any]:
    """p50/p95 over all queries x repeats, with and without highlights, plus hits per query."""
    out: dict[str, Any] = {"hits": {}}
    for _, q in QUERIES:
        out["hits"][q] = search(q, True)  # warm-up, and the hit count for the report
    for snippets in (False, True):
        samples: list[float] = []
        for _ in range(repeats):
            for _, q in QUERIES:
                start = time.perf_counter()
                search(q, snippets)
                samples.append(time.perf_counter() - start)
        out["highlights" if snippets else "plain"] = _percentiles(samples)
    return out


# --- briefing -----------------------------------------------------------------------------------


#: Set by the runner to build with that many processes (unset: briefing's default, every core).
JOBS_VARIABLE = "BENCH_BRIEFING_JOBS"


def _open(corpus: Path, *, sync: bool = True) -> Any:
    from briefing.briefing import Briefing

    jobs = os.environ.get(JOBS_VARIABLE)
    if jobs:
        return Briefing.open([corpus], sync=sync, jobs=int(jobs))
    return Briefing.open([corpus], sync=sync)  # also what a checkout without ``jobs`` takes


def briefing_build(corpus: Path, _db: Path) -> dict[str, Any]:
    start = time.perf_counter()
    b = _open(corpus)
    seconds = time.perf_counter() - start
    result = {"seconds": seconds, "articles": len(b.articles), "skipped": len(b.skipped)}
    b.close()
    return result


def briefing_reopen(corpus: Path, _db: Path) -> dict[str, Any]:
    start = time.perf_counter()
    import briefing.briefing  # noqa: F401  (the import is part of what a launch pays)

    imported = time.perf_counter()
    b = _open(corpus)  # sync=True, as a launch does: finding nothing to do is the cost
    done = time.perf_counter()
    needs_sync = b.needs_sync
    b.close()
    return {
        "seconds": done - imported,
        "import_seconds": imported - start,
        "needs_sync": needs_sync,
        "articles": len(b.articles),
    }


def briefing_change(corpus: Path, _db: Path) -> dict[str, Any]:
    start = time.perf_counter()
    b = _open(corpus, sync=False)
    opened = time.perf_counter()
    report = b.sync()
    done = time.perf_counter()
    b.close()
    return {
        "seconds": done - start,
        "sync_seconds": done - opened,
        "indexed": report.indexed,
        "rebuilt": report.rebuilt,
    }


def briefing_queries(corpus: Path, _db: Path) -> dict[str, Any]:
    b = _open(corpus)

    def search(q: str, snippets: bool) -> int:
        result = b.search(q, limit=20, snippets=snippets)
        if result.error:
            raise SystemExit(f"query {q!r} failed: {result.error}")
        return int(result.total)

    out = _time_queries(search, REPEATS)
    out["rss_mb"] = _rss_mb()
    b.close()
    return out


# --- FTS5 ---------------------------------------------------------------------------------------


def fts5_build(corpus: Path, db: Path) -> dict[str, Any]:
    db.unlink(missing_ok=True)
    start = time.perf_counter()
    index = Fts5Index(db)
    n = index.build(corpus)
    seconds = time.perf_counter() - start
    index.close()
    return {"seconds": seconds, "articles": n}


def fts5_build_single(corpus: Path, db: Path) -> dict[str, Any]:
    """The build with the stemmed table alone (the leaner baseline)."""
    single = db.with_name(db.stem + "-single.db")
    single.unlink(missing_ok=True)
    start = time.perf_counter()
    index = Fts5Index(single, single=True)
    n = index.build(corpus)
    seconds = time.perf_counter() - start
    index.close()
    single.unlink()
    return {"seconds": seconds, "articles": n}


def fts5_reopen(corpus: Path, db: Path) -> dict[str, Any]:
    start = time.perf_counter()
    index = Fts5Index(db)
    stale = index.stale(corpus)
    seconds = time.perf_counter() - start
    index.close()
    return {"seconds": seconds, "needs_sync": bool(stale)}


def fts5_change(corpus: Path, db: Path) -> dict[str, Any]:
    start = time.perf_counter()
    index = Fts5Index(db)
    n = index.sync(corpus)
    seconds = time.perf_counter() - start
    index.close()
    return {"seconds": seconds, "indexed": n}


def fts5_queries(corpus: Path, db: Path) -> dict[str, Any]:
    index = Fts5Index(db)

    def search(q: str, snippets: bool) -> int:
        total, _rows = index.search(q, limit=20, snippets=snippets)
        return int(total)

    out = _time_queries(search, REPEATS)
    out["rss_mb"] = _rss_mb()
    index.close()
    return out


PROBES: dict[str, Callable[[Path, Path], dict[str, Any]]] = {
    f.__name__: f
    for f in (
        briefing_build,
        briefing_reopen,
        briefing_change,
        briefing_queries,
        fts5_build,
        fts5_build_single,
        fts5_reopen,
        fts5_change,
        fts5_queries,
    )
}


def main(argv: list[str]) -> int:
    name, corpus, db = argv
    result = PROBES[name](Path(corpus), Path(db))
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
