"""Running measurements in fresh processes, and describing the machine they ran on.

Peak memory comes from ``os.wait4``: the kernel's ``ru_maxrss`` for exactly that child, so
nothing the harness itself holds is counted — for a child that starts worker processes that is
the largest single process, so the summed resident memory of the child and its workers is also
sampled (every 0.25 s, from ``/proc``) while a build runs. Every child gets the cache, state,
data and config roots under ``benchmarks/.work`` through the ``BRIEFING_*_DIR`` variables, so
the benchmarks never touch the user's own caches.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import threading
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
    #: The highest sampled sum of the child's and its descendants' resident memory.
    tree_rss_mb: float = 0.0
    #: User + system CPU seconds of the child and every descendant it reaped (its workers):
    #: steadier than wall time on a shared machine.
    cpu_s: float = 0.0


class ProbeFailed(RuntimeError):
    """A child exited non-zero; the message carries the tail of its stderr."""


def run_probe(name: str, corpus: Path, db: Path, env: dict[str, str]) -> ChildRun:
    """``benchmarks.probes NAME`` in a fresh interpreter, with its peak RSS from wait4."""
    argv = [str(PYTHON), "-m", "benchmarks.probes", name, str(corpus), str(db)]
    return run_measured(argv, env, ok=(0,), tree="build" in name)


def run_measured(
    argv: list[str],
    env: dict[str, str],
    *,
    ok: tuple[int, ...] = (0, 1),
    timeout: float = 1800,
    tree: bool = False,
) -> ChildRun:
    """Like ``run_child`` but reaps with ``os.wait4`` to read that child's own ``ru_maxrss``;
    with ``tree``, also samples the memory of the child and its workers (which costs ~2 % of
    a core: reading ``/proc`` every quarter second)."""
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
        sampler = _TreeSampler(proc.pid) if tree else None
        try:
            out, err = _drain(proc, timeout)
        finally:
            if sampler is not None:
                sampler.stop()
            _, status, usage = os.wait4(proc.pid, 0)
            proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - start
    if proc.returncode not in ok:
        tail = " / ".join(err.strip().splitlines()[-3:])
        raise ProbeFailed(f"{' '.join(argv[3:5])} exited {proc.returncode}: {tail}")
    peak = usage.ru_maxrss / 1024
    cpu = usage.ru_utime + usage.ru_stime
    return ChildRun(_last_json(out), wall, peak, sampler.peak_mb if sampler else peak, cpu)


_PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024 if hasattr(os, "sysconf") else 4


class _TreeSampler:
    """Samples the summed VmRSS of a process and its descendants until stopped."""

    def __init__(self, pid: int, every: float = 0.25) -> None:
        self.pid = pid
        self.peak_mb = 0.0
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(every,), daemon=True)
        self._thread.start()

    def _run(self, every: float) -> None:
        while not self._done.wait(every):
            self.peak_mb = max(self.peak_mb, _tree_rss_mb(self.pid))

    def stop(self) -> None:
        self._done.set()
        self._thread.join()


def _tree_rss_mb(root: int) -> float:
    """Resident MB of ``root`` and every process descended from it (0 without ``/proc``)."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in Path("/proc").iterdir() if Path("/proc/self").exists() else ():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):  # gone meanwhile
            continue
        pid = int(entry.name)
        parents[pid] = int(fields[1])  # ppid
        rss[pid] = int(fields[21]) * _PAGE_KB  # rss, in pages
    total, stack = 0, [root]
    children: dict[int, list[int]] = {}
    for pid, parent in parents.items():
        children.setdefault(parent, []).append(pid)
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack.extend(children.get(pid, ()))
    return total / 1024


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
