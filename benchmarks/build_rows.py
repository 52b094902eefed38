"""The index build rows: briefing's cold build beside FTS5's, measured the same way.

Split from ``run.py`` to keep each module small; ``Runner`` mixes this in.

The ratio to one stemmed FTS5 table (issue 15) divides a ~25 s build by a ~2 s one, so a
single noisy baseline run moves it by a fifth. Both sides are therefore measured alike:

- the corpus is read once before the first probe, so every build (FTS5's and ours) starts
  with the same warm page cache;
- the rounds alternate — FTS5 with both tables, FTS5 with the stemmed table alone, then
  briefing on every core from an empty cache — so a burst of load from other users of the
  machine falls on both sides rather than on one;
- every side is the median of the same number of rounds (``BUILD_RUNS``), by the probe's
  own seconds (from opening to the last commit, the interpreter's start not counted);
- the CPU seconds of each child and its workers (``wait4``'s usage: the user and system time
  of the process and of every process it reaped) are kept beside the walls, median of the
  same rounds, and the note gives their ratio too: on a shared machine that is the steadier
  figure (it counts briefing's two processes' work, so it is the harder of the two ratios).

What the baseline does (``fts5.py``): read and decode every file, split title from body,
and index both with ``porter unicode61`` — Unicode word splitting, case folding and Porter's
English stemmer, the stemmer briefing's English analysis uses (``whoosh.lang.porter``); the
corpus is English prose. It does no language identification, no stop words, no paragraph
classification and stores no metadata: the ratio is a ceiling on what briefing's extra work
may cost, not a like-for-like race.
"""

from __future__ import annotations

import os
import shutil
import statistics
from pathlib import Path

from benchmarks import harness
from benchmarks.report import Row, judged

#: Issue 6: the build at 1,000 articles against FTS5 with both tables; at 10,000, in seconds.
BUILD_RATIO_AT_1000 = 25.0
BUILD_SECONDS_AT_10000 = 60.0
#: Issue 15: the build against a single stemmed FTS5 table, at 10,000 articles.
BUILD_RATIO_ONE_TABLE_AT_10000 = 12.0
#: Alternating rounds of the three builds compared (each side the median of them).
BUILD_RUNS = 3


def warm_page_cache(folder: Path) -> int:
    """Read every file under ``folder`` once, so no build pays the disk; returns bytes read."""
    total = 0
    for root, _, files in os.walk(folder):
        for name in files:
            with open(os.path.join(root, name), "rb") as handle:
                total += len(handle.read())
    return total


def median_run(runs: list[harness.ChildRun]) -> harness.ChildRun:
    """The run with the median seconds (the probe's own, else its wall)."""
    ordered = sorted(runs, key=lambda r: r.result.get("seconds", r.wall))
    return ordered[len(ordered) // 2]


def median_cpu(runs: list[harness.ChildRun]) -> float:
    return statistics.median(r.cpu_s for r in runs)


class BuildMeasures:
    """The build rows; ``Runner`` provides ``probe``, the work folder and the rows."""

    work: Path
    quick: bool
    rows: list[Row]

    def probe(
        self, name: str, size: int | str, corpus_dir: Path, runs: int = 1, jobs: int | None = None
    ) -> harness.ChildRun:
        raise NotImplementedError

    def _briefing_build(
        self, size: int | str, n: int, path: Path, jobs: int | None
    ) -> harness.ChildRun:
        """One cold build from an empty cache (``jobs`` None: every core, the default)."""
        shutil.rmtree(self.work / f"home-{size}", ignore_errors=True)
        run = self.probe("briefing_build", size, path, jobs=jobs)
        if run.result.get("articles") != n:
            got = run.result.get("articles")
            raise ValueError(f"briefing opened {got} of {n} articles")
        return run

    def _build(self, size: int | str, n: int, path: Path, label: str = "") -> None:
        """Cold builds (read every file, index everything) beside FTS5, alternating rounds
        (see the module's docstring); then one build per other job count. The last default
        build leaves the cache warm for the rows that follow."""
        cores = os.cpu_count() or 1
        runs = 1 if self.quick else BUILD_RUNS
        warm_page_cache(path)
        builds: dict[int | None, harness.ChildRun] = {}
        for count in (1, 2) if cores > 2 else (1,):
            builds[count] = self._briefing_build(size, n, path, count)
        both: list[harness.ChildRun] = []
        singles: list[harness.ChildRun] = []
        ours_runs: list[harness.ChildRun] = []
        for _ in range(runs):
            both.append(self.probe("fts5_build", size, path))
            singles.append(self.probe("fts5_build_single", size, path))
            ours_runs.append(self._briefing_build(size, n, path, None))
        base, single, ours = median_run(both), median_run(singles), median_run(ours_runs)
        builds[None] = ours
        secs, base_secs, one_table = (
            ours.result["seconds"],
            base.result["seconds"],
            single.result["seconds"],
        )
        ours_cpu, single_cpu = median_cpu(ours_runs), median_cpu(singles)
        name = f"index build{label}"
        alike = (
            f"Each side is the median of {runs} alternating rounds, every build with a warm "
            "page cache"
        )
        self.rows.append(
            judged(
                name,
                n,
                secs,
                base_secs,
                "s",
                baseline_name="FTS5",
                note=f"on every core ({cores}), briefing's default. {alike}.",
                value_max=BUILD_SECONDS_AT_10000 if size == 10000 else None,
                ratio_max=BUILD_RATIO_AT_1000 if size == 1000 else None,
            )
        )
        self.rows.append(
            judged(
                f"{name} vs one FTS5 table",
                n,
                secs,
                one_table,
                "s",
                baseline_name="FTS5, stemmed only",
                ratio_max=BUILD_RATIO_ONE_TABLE_AT_10000 if size == 10000 else None,
                note="The same build beside FTS5 building its stemmed table alone (`porter "
                "unicode61`: Porter's English stemmer, as briefing's English analysis; the "
                "FTS5 baseline above also builds an unstemmed copy for fuzzy and prefix "
                f"queries). {alike}. CPU of the process and its workers, same rounds' "
                f"median: {ours_cpu:.1f} s against {single_cpu:.2f} s "
                f"({ours_cpu / single_cpu:.1f}×); walls of the rounds: briefing "
                + ", ".join(f"{r.result['seconds']:.1f}" for r in ours_runs)
                + " s, FTS5 "
                + ", ".join(f"{r.result['seconds']:.2f}" for r in singles)
                + " s.",
            )
        )
        for jobs, run in builds.items():
            if jobs is None:
                continue
            processes = "1 process" if jobs == 1 else f"{jobs} processes"
            self.rows.append(
                judged(
                    f"{name}, {processes}",
                    n,
                    run.result["seconds"],
                    one_table,
                    "s",
                    baseline_name="FTS5, stemmed only",
                    note=f"`--jobs {jobs}`, one run; the build on every core took "
                    f"{secs / run.result['seconds']:.2f}× as long.",
                )
            )
        self.rows.append(
            judged(
                f"{name} peak RSS",
                n,
                ours.peak_rss_mb,
                base.peak_rss_mb,
                "MB",
                baseline_name="FTS5",
                note="The largest single process; all processes together peaked at "
                f"{ours.tree_rss_mb:.0f} MB (sampled), one process alone at "
                f"{builds[1].peak_rss_mb:.0f} MB.",
            )
        )
