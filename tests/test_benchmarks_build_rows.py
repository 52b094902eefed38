"""The build rows measure both sides alike: warm page cache, medians, CPU of the workers too.

No timing is asserted: what is checked is that the helpers pick what they say they pick and
that a child's CPU seconds include the processes it reaped.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # ``benchmarks`` is a top-level folder, not an installed package
    sys.path.insert(0, str(REPO))

from benchmarks import harness  # noqa: E402
from benchmarks.build_rows import median_cpu, median_run, warm_page_cache  # noqa: E402


def _run(seconds: float, cpu: float, wall: float = 99.0) -> harness.ChildRun:
    return harness.ChildRun({"seconds": seconds}, wall, 10.0, 10.0, cpu)


def test_warm_page_cache_reads_every_file_below_the_folder(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_bytes(b"x" * 100)
    (tmp_path / "two.txt").write_bytes(b"y" * 23)
    assert warm_page_cache(tmp_path) == 123


def test_median_run_is_the_middle_by_the_probes_own_seconds_not_its_wall() -> None:
    runs = [_run(3.0, 1.0, wall=1.0), _run(1.0, 2.0, wall=9.0), _run(2.0, 3.0, wall=5.0)]
    assert median_run(runs).result["seconds"] == 2.0
    assert median_cpu(runs) == 2.0


def test_a_childs_cpu_counts_the_workers_it_reaped() -> None:
    # The child spends ~0.3 s of CPU in a worker process and almost none itself.
    spin = "import time\nend = time.process_time() + 0.3\nwhile time.process_time() < end: pass"
    code = f"import subprocess, sys; subprocess.run([sys.executable, '-c', {spin!r}], check=True)"
    run = harness.run_measured([sys.executable, "-c", code], dict(os.environ), ok=(0,))
    assert run.cpu_s >= 0.3
