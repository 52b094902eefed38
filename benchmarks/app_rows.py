"""The app half of the run: topics warm-up, then launches in tmux beside a bare Textual app.

Split from ``run.py`` to keep each module small; ``Runner`` mixes this in, so the methods
share its work folder, options and rows.
"""

from __future__ import annotations

import statistics
from pathlib import Path

from benchmarks import corpus, harness, tui
from benchmarks.probes import JOBS_VARIABLE
from benchmarks.queries import FIRST_QUERY
from benchmarks.report import Row, judged

#: Targets from issue 6 that concern the app.
FIRST_FRAME_RATIO = 1.2
KEY_MS = 50.0
#: At 10,000 articles a key must also stay within this many times the bare app's (issue 15).
KEY_RATIO_AT_10000 = 1.5
#: Search as you type at 10,000 articles: results settled within this (issue 15).
SETTLED_MS_AT_10000 = 150.0
#: A first analysis of the topics at 10,000 articles (issue 15).
TOPICS_SECONDS_AT_10000 = 20.0
#: A first analysis of the disagreements at 10,000 articles (issue 15: the packet line says
#: "disagreements…" until it is done).
DISAGREEMENTS_SECONDS_AT_10000 = 60.0
BROWSE_MB = 200.0


class AppMeasures:
    """Measurements of the running app; ``Runner`` provides the state and ``guarded``."""

    work: Path
    quick: bool
    rows: list[Row]

    def guarded(self, measure: str, size: int, unit: str, step: object) -> None:
        raise NotImplementedError

    def app(self, size: int) -> None:
        info = corpus.generate(size, work=self.work)
        path = Path(info.path)
        n = info.articles + info.seeds
        self.guarded("topics, first analysis", n, "s", lambda: self._topics(size, n, path))
        self.guarded(
            "disagreements, first analysis", n, "s", lambda: self._disagreements(size, n, path)
        )
        self.guarded("first full frame", n, "s", lambda: self._app(size, n, path))

    def _topics(self, size: int, n: int, path: Path) -> None:
        """Warm the topic cache the way a user would, so app launches find it warm; first
        the same analysis in one process (``--jobs 1``), for the split between cores."""
        env = harness.briefing_env(self.work, size)
        command = [*harness.BRIEFING, "topics", str(path), "--json"]
        alone = harness.run_measured([*command, "--jobs", "1"], env)
        self.rows.append(
            judged(
                "topics, first analysis, one process",
                n,
                alone.wall,
                None,
                "s",
                note="as the row below, with `--jobs 1` (no worker processes).",
            )
        )
        for cached in Path(env["BRIEFING_CACHE_DIR"]).glob("*/topics.msgpack"):
            cached.unlink()  # the next run must find no topic cache either
        run = harness.run_measured(command, env)
        self.rows.append(
            judged(
                "topics, first analysis",
                n,
                run.wall,
                None,
                "s",
                value_max=TOPICS_SECONDS_AT_10000 if size >= 10000 else None,
                note=f"`briefing topics --json` with a warm index and no topic cache (no "
                f"baseline), every core (its first pass in worker processes); peak RSS "
                f"{run.peak_rss_mb:.0f} MB. Later launches read the cache.",
            )
        )

    def _disagreements(self, size: int, n: int, path: Path) -> None:
        """The timeline and disagreements worked out again (index and topics cached, as the
        app's child process finds them after the topics row), on every core and in one
        process, beside reading every sentence once (``benchmarks/disagreements.py``)."""
        env = harness.briefing_env(self.work, size)
        command = [str(harness.PYTHON), "-m", "benchmarks.disagreements", "probe", str(path)]
        base = harness.run_measured([*command, "--baseline"], env, ok=(0,))
        alone = harness.run_measured(command, {**env, JOBS_VARIABLE: "1"}, ok=(0,))
        run = harness.run_measured(command, env, ok=(0,))
        found = run.result
        self.rows.append(
            judged(
                "disagreements, first analysis",
                n,
                found["seconds"],
                base.result["seconds"],
                "s",
                baseline_name="every sentence read once",
                value_max=DISAGREEMENTS_SECONDS_AT_10000 if size >= 10000 else None,
                note=f"`Briefing.timeline()` and `discrepancies()` with their caches removed "
                f"(index and topics cached), on up to {found['jobs']} processes: "
                f"{found['disagreements']} disagreements, of which the timeline "
                f"{found['timeline_seconds']:.1f} s; peak RSS {run.peak_rss_mb:.0f} MB. "
                f"One process: {alone.result['seconds']:.1f} s. The baseline decodes every "
                "article from the cache and splits it into sentences "
                f"({base.result['sentences']:,}), in one process.",
            )
        )

    def _app(self, size: int, n: int, path: Path) -> None:
        env = tui.terminal_env(harness.briefing_env(self.work, size))
        # The sources pane's title once every article is listed ("Sources 10005/10005", which
        # a narrow pane truncates to "Sources 10005/100…").
        loaded = f"Sources {n}/"
        runs = 1 if self.quick else 3
        bare = [
            tui.run_session(
                self.work / "tmux",
                "bare",
                [str(harness.PYTHON), "-m", "benchmarks.bare_app", str(path)],
                env,
                ["BARE-READY"],
                focus_key=None,
                typed=FIRST_QUERY,
            )
            for _ in range(runs)
        ]
        ours = [
            tui.run_session(
                self.work / "tmux",
                "briefing",
                [*harness.BRIEFING, str(path)],
                env,
                [loaded],
                focus_key="/",
                typed=FIRST_QUERY,
                browse_keys=("Down", "Down", "Enter"),
                fatal=("Could not open",),
            )
            for _ in range(runs)
        ]
        frame = statistics.median(s.first_frame for s in ours)
        bare_frame = statistics.median(s.first_frame for s in bare)
        self.rows.append(
            judged(
                "first full frame",
                n,
                frame,
                bare_frame,
                "s",
                baseline_name="bare Textual",
                ratio_max=FIRST_FRAME_RATIO,
                note=f"Spawn in tmux {tui.WIDTH}x{tui.HEIGHT} until the footer and "
                f"'{loaded}' (every article listed) are on screen; the bare "
                f"app until its list and footer are; warm cache, median of "
                f"{runs}.",
            )
        )
        echo = tui.p50_p95([t for s in ours for t in s.key_echo])
        bare_echo = tui.p50_p95([t for s in bare for t in s.key_echo])
        self.rows.append(
            judged(
                "key to screen p95",
                n,
                echo[1],
                bare_echo[1],
                "ms",
                baseline_name="bare Textual",
                value_max=KEY_MS,
                ratio_max=KEY_RATIO_AT_10000 if size >= 10000 else None,
                note=f"Typing '{FIRST_QUERY}' into the search box as soon as the first frame "
                f"is up, each key after the screen settled; p50 {echo[0]:.0f} ms (bare "
                f"{bare_echo[0]:.0f} ms); first key after launch, median "
                f"{1000 * statistics.median(s.key_echo[0] for s in ours):.0f} ms; later keys p95 "
                f"{tui.p50_p95([t for s in ours for t in s.key_echo[1:]])[1]:.0f} ms.",
            )
        )
        effect = tui.p50_p95([t for s in ours for t in s.key_effect])
        self.rows.append(
            judged(
                "key to results settled p95",
                n,
                effect[1],
                bare_echo[1],
                "ms",
                baseline_name="bare echo",
                value_max=SETTLED_MS_AT_10000 if size >= 10000 else None,
                note=f"Search as you type: until the screen stops changing; "
                f"p50 {effect[0]:.0f} ms.",
            )
        )
        peak = max(s.peak_rss_mb for s in ours)
        self.rows.append(
            judged(
                "RSS while browsing (peak)",
                n,
                peak,
                max(s.peak_rss_mb for s in bare),
                "MB",
                baseline_name="bare Textual",
                value_max=BROWSE_MB if size >= 10000 else None,
            )
        )
