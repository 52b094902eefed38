"""Index build cost at one size, split into reading the files and building the Whoosh index.

    .venv/bin/python -m benchmarks.index_build [--size 1000] [--runs 3] [--corpus DIR] [--jobs N]

``benchmarks/run.py`` measures the whole ``Briefing.open`` beside FTS5; this is the focused
probe for comparing two versions of the code in one session (issue 10 allows at most 1.3x
today's build at 1,000 articles). Point ``PYTHONPATH`` at another checkout to measure that
one: the corpus is generated once and shared, and every run is a fresh process, with the
median of ``--runs`` reported as JSON on the last line. ``--jobs N`` reads and builds with N
processes (a checkout without parallel reading and building runs in one process whatever N).
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import corpus


def _read(found: list[Any], jobs: int | None) -> list[Any]:
    from briefing.model import Article

    try:
        from briefing.reading import read_articles
    except ImportError:  # a checkout that reads in one process
        from briefing.corpus.reader import read_article

        return [a for a in map(read_article, found) if isinstance(a, Article)]
    with tempfile.TemporaryDirectory() as tmp:
        articles, _ = read_articles(found, Path(tmp) / "articles.msgpack", None, [], jobs or 1)
    return list(articles)


def _children_cpu() -> float:
    """User + system seconds of the worker processes this process has reaped so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _once(corpus_dir: Path, jobs: int | None) -> dict[str, float]:
    """One cold build in this process: read every file, then build an index from nothing.
    ``*_cpu_s`` count this process; ``workers_cpu_s`` its workers (all phases together)."""
    from briefing.corpus import discover
    from briefing.search import SearchIndex

    workers = _children_cpu()
    started, cpu = time.perf_counter(), time.process_time()
    found = discover([corpus_dir])
    articles = _read(list(found.files), jobs)
    read, read_cpu = time.perf_counter() - started, time.process_time() - cpu
    with tempfile.TemporaryDirectory() as tmp:
        started, cpu = time.perf_counter(), time.process_time()
        try:
            index = SearchIndex.open(Path(tmp), jobs=jobs or 1)
        except TypeError:  # a checkout that builds in one process
            index = SearchIndex.open(Path(tmp))
        index.sync(articles)
        index.close()
        build, build_cpu = time.perf_counter() - started, time.process_time() - cpu
    return {
        "articles": len(articles),
        "read_s": read,
        "index_s": build,
        "total_s": read + build,
        # CPU seconds of this process: steadier than wall time on a shared machine
        "read_cpu_s": read_cpu,
        "index_cpu_s": build_cpu,
        "total_cpu_s": read_cpu + build_cpu,
        "workers_cpu_s": _children_cpu() - workers,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--corpus", type=Path, help="an existing folder instead of a generated one")
    parser.add_argument("--jobs", type=int, help="processes for reading and building")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(_once(args.child, args.jobs)))
        return 0
    folder = args.corpus or Path(corpus.generate(args.size).path)
    runs = []
    for _ in range(args.runs):
        out = subprocess.run(
            [sys.executable, "-m", "benchmarks.index_build", "--child", str(folder)]
            + (["--jobs", str(args.jobs)] if args.jobs else []),
            capture_output=True,
            text=True,
            check=True,
        )
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
        print(runs[-1], file=sys.stderr)
    median = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
    print(json.dumps({"folder": str(folder), "runs": len(runs), **median}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
