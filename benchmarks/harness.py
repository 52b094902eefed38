"""Running measurements in fresh processes, and describing the machine they ran on.

Peak memory comes from ``os.wait4``: the kernel's ``ru_maxrss`` for exactly that child, so
nothing the harness itself holds is counted. Every child gets the cache, state, data and
config roots under ``benchmarks/.work`` through the ``BRIEFING_*_DIR`` variables, so the
benchmarks never touch the user's own caches.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
REPO = BENCH_DIR.parent
PYTHON = Path(sys.executable)
#: The installed console script when there is one, else the module: the same entry point.
BRIEFING = (
    [str(PYTHON.parent / "briefing")]
    if (PYTHON.parent / "briefing").is_file()
    else [str(PYTHON), "-m", "briefing"]
)


def briefing_env(work: Path, size: int | str) -> dict[str, str]:
    """Environment for a briefing child: its own cache/state/data/config roots per corpus."""
    env = dict(os.environ)
    root = work / f"home-{size}"
    for name in ("CACHE", "STATE", "DATA", "CONFIG"):
        env[f"BRIEFING_{name}_DIR"] = str(root / name.lower())
    env["PYTHONPATH"] = str(REPO)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


@dataclass(frozen=True, slots=True)
class ChildRun:
    """One finished child: what it printed last, its wall time and its peak RSS."""

    result: dict[str, Any]
    wall: float
    peak_rss_mb: float


class ProbeFailed(RuntimeError):
    """A child exited non-zero; the message carries the tail of its stderr."""


def run_probe(name: str, corpus: Path, db: Path, env: dict[str, str]) -> ChildRun:
    """``benchmarks.probes NAME`` in a fresh interpreter, with its peak RSS from wait4."""
    argv = [str(PYTHON), "-m", "benchmarks.probes", name, str(corpus), str(db)]
    return run_measured(argv, env, ok=(0,))


def run_measured(
    argv: list[str], env: dict[str, str], *, ok: tuple[int, ...] = (0, 1), timeout: float = 1800
) -> ChildRun:
    """Like ``run_child`` but reaps with ``os.wait4`` to read that child's own ``ru_maxrss``."""
    start = time.perf_counter()
    with (
        open(os.devnull, "rb") as devnull,
        subprocess.Popen(
            argv,
            cwd=REPO,
            env=env,
            stdin=devnull,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        ) as proc,
    ):
        try:
            out, err = _drain(proc, timeout)
        finally:
            _, status, usage = os.wait4(proc.pid, 0)
            proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - start
    if proc.returncode not in ok:
        tail = " / ".join(err.strip().splitlines()[-3:])
        raise ProbeFailed(f"{' '.join(argv[3:5])} exited {proc.returncode}: {tail}")
    return ChildRun(_last_json(out), wall, usage.ru_maxrss / 1024)


def _last_json(out: str) -> dict[str, Any]:
    """The JSON object a child printed: the whole output, or else its last line, or nothing."""
    for text in (out, *out.strip().splitlines()[-1:]):
        try:
            value = json.loads(text)
        except ValueError:
            continue
        return value if isinstance(value, dict) else {"value": value}
    return {}


def _drain(proc: subprocess.Popen[str], timeout: float) -> tuple[str, str]:
    """Read both pipes to EOF without reaping the child (so wait4 still sees it)."""
    import selectors

    assert proc.stdout is not None and proc.stderr is not None
    chunks: dict[int, list[str]] = {proc.stdout.fileno(): [], proc.stderr.fileno(): []}
    sel = selectors.DefaultSelector()
    sel.register(proc.stdout, selectors.EVENT_READ)
    sel.register(proc.stderr, selectors.EVENT_READ)
    deadline = time.monotonic() + timeout
    while sel.get_map():
        if time.monotonic() > deadline:
            proc.kill()
            raise ProbeFailed(f"timed out after {timeout:.0f} s")
        for key, _ in sel.select(timeout=1.0):
            data = os.read(key.fd, 65536)
            if data:
                chunks[key.fd].append(data.decode("utf-8", "replace"))
            else:
                sel.unregister(key.fileobj)
    return "".join(chunks[proc.stdout.fileno()]), "".join(chunks[proc.stderr.fileno()])


def time_to_first_output(argv: list[str], env: dict[str, str], runs: int = 3) -> float:
    """Median seconds from spawning ``argv`` to the first byte on its stdout."""
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.Popen(
            argv,
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            stdin=subprocess.DEVNULL,
        )
        assert proc.stdout is not None
        first = proc.stdout.read(1)
        samples.append(time.perf_counter() - start)
        proc.stdout.read()
        proc.wait()
        if not first or proc.returncode not in (0, 1):
            raise ProbeFailed(f"{' '.join(argv)} printed nothing (exit {proc.returncode})")
    return statistics.median(samples)


# --- the machine ----------------------------------------------------------------------------------


def _first(path: str, prefix: str) -> str:
    try:
        for line in Path(path).read_text().splitlines():
            if line.startswith(prefix):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown"


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "not installed"


def load_average() -> tuple[float, float, float]:
    return os.getloadavg()


def code_version() -> str:
    """Which briefing was measured: the commit, and whether its code had uncommitted edits.

    A snapshot without ``.git`` (``git archive``) names its commit in ``BENCH_COMMIT``.
    """
    if os.environ.get("BENCH_COMMIT"):
        return f"{os.environ['BENCH_COMMIT']} (clean snapshot)"
    git = ["git", "-C", str(REPO)]
    head = subprocess.run([*git, "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    if head.returncode:
        return "unknown"
    dirty = subprocess.run(
        [*git, "status", "--porcelain", "--", "briefing"], capture_output=True, text=True
    ).stdout.strip()
    return head.stdout.strip() + (" + uncommitted edits in briefing/" if dirty else "")


def machine() -> dict[str, str]:
    """What a reader needs to judge the figures: CPU, cores, memory, versions, date, load."""
    import sqlite3

    mem_kb = _first("/proc/meminfo", "MemTotal").split()[0]
    tmux = subprocess.run(["tmux", "-V"], capture_output=True, text=True, check=False).stdout
    return {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "briefing commit": code_version(),
        "cpu": _first("/proc/cpuinfo", "model name"),
        "cores": str(os.cpu_count()),
        "memory": f"{int(mem_kb) / 1024 / 1024:.1f} GB" if mem_kb.isdigit() else "unknown",
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "packages": ", ".join(
            f"{d} {_version(d)}" for d in ("briefing", "whoosh-reloaded", "textual", "rich")
        ),
        "sqlite": sqlite3.sqlite_version,
        "tmux": tmux.strip() or "not installed",
        "load": "{:.2f} {:.2f} {:.2f}".format(*load_average()),
    }
