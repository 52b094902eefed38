"""App measurements in a real terminal: launch to first full frame, and key to screen.

Both apps — briefing and ``bare_app`` — run in the same private tmux server at the same size,
started the same way, so the tmux and interpreter start-up costs cancel out in the ratio.
A frame is "full" when the app's content marker is on screen and the footer row is drawn.
A key's latency is the time from ``send-keys`` until ``capture-pane`` first differs from the
screen before it; the screen is left to settle (no change for ``SETTLE`` seconds) before the
next key, so every change is the key's own. The last change before settling is the time to
the key's full effect (for briefing's search-as-you-type: the results list).

Polling ``capture-pane`` costs a few milliseconds per poll; that resolution applies equally
to both apps.
"""

from __future__ import annotations

import itertools
import os
import shlex
import statistics
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

WIDTH, HEIGHT = 120, 36
#: How long the screen must stay unchanged before we call a key's effect complete.
SETTLE = 0.4


class TuiTimeout(RuntimeError):
    """The app never showed what we waited for (or tmux failed); the message says what."""


class Tmux:
    """One private tmux server (``-L``) with its own config, holding one session."""

    _count = itertools.count()

    def __init__(self, work: Path, name: str) -> None:
        # One server per session: a killed server may still hold its socket for a moment.
        self.socket = f"bench-{name}-{os.getpid()}-{next(self._count)}"
        self.conf = work / "tmux.conf"
        work.mkdir(parents=True, exist_ok=True)
        self.conf.write_text(
            "set -g remain-on-exit on\nset -g status off\nset -sg escape-time 10\n"
            "set -g default-shell /bin/sh\n",
            encoding="utf-8",
        )

    def _tmux(self, *args: str) -> str:
        argv = ["tmux", "-L", self.socket, "-f", str(self.conf), *args]
        done = subprocess.run(argv, capture_output=True, text=True, check=False)
        if done.returncode:
            raise TuiTimeout(f"tmux {args[0]} failed: {done.stderr.strip()}")
        return done.stdout

    def start(self, command: str) -> float:
        """Start ``command`` in a fresh session; returns the perf_counter time just before."""
        start = time.perf_counter()
        self._tmux("new-session", "-d", "-s", "bench", "-x", str(WIDTH), "-y", str(HEIGHT), command)
        return start

    def capture(self) -> str:
        return self._tmux("capture-pane", "-p", "-t", "bench")

    def send(self, key: str) -> None:
        self._tmux("send-keys", "-t", "bench", key)

    def pane_pid(self) -> int:
        return int(self._tmux("display-message", "-p", "-t", "bench", "#{pane_pid}").strip())

    def kill(self) -> None:
        subprocess.run(["tmux", "-L", self.socket, "kill-server"], capture_output=True, check=False)

    def dead(self) -> bool:
        return self._tmux("display-message", "-p", "-t", "bench", "#{pane_dead}").strip() == "1"

    def wait(
        self,
        ready: Callable[[str], bool],
        start: float,
        timeout: float,
        fatal: Sequence[str] = (),
    ) -> tuple[float, str]:
        """Seconds from ``start`` until ``ready(screen)``; raises TuiTimeout with the screen.

        Gives up early when the app has exited or shows one of the ``fatal`` texts.
        """
        screen = ""
        polls = 0
        while time.perf_counter() - start < timeout:
            screen = self.capture()
            if ready(screen):
                return time.perf_counter() - start, screen
            polls += 1
            if any(f in screen for f in fatal) or (polls % 50 == 0 and self.dead()):
                break
            time.sleep(0.003)
        shown = " ".join(screen.split())[:300]
        raise TuiTimeout(f"no full frame after {time.perf_counter() - start:.1f} s: {shown}")

    def settle(self, screen: str, start: float, timeout: float = 10.0) -> tuple[float, str]:
        """Seconds from ``start`` to the last change before the screen holds still for SETTLE."""
        last_change = time.perf_counter()
        changed_at = last_change - start
        while time.perf_counter() - last_change < SETTLE and time.perf_counter() - start < timeout:
            now = self.capture()
            if now != screen:
                screen, last_change = now, time.perf_counter()
                changed_at = last_change - start
            time.sleep(0.003)
        return changed_at, screen


def app_command(argv: Sequence[str], env: dict[str, str]) -> str:
    """A shell command that runs ``argv`` with exactly ``env`` (tmux forces its own TERM)."""
    pairs = [f"{k}={v}" for k, v in env.items()]
    return "exec env -i " + " ".join(shlex.quote(x) for x in [*pairs, *argv])


def terminal_env(base: dict[str, str]) -> dict[str, str]:
    """The variables a user's terminal would give the app, plus the benchmark's cache roots."""
    keep = {k: v for k, v in base.items() if k.startswith("BRIEFING_") or k == "PYTHONPATH"}
    return {
        "PATH": base.get("PATH", "/usr/bin:/bin"),
        "HOME": base.get("HOME", "/tmp"),
        "TERM": "xterm-256color",
        "LANG": "C.UTF-8",
        **keep,
    }


def full_frame(markers: Sequence[str]) -> Callable[[str], bool]:
    """A frame is full when any content marker shows and the bottom (footer) row is drawn."""

    def ready(screen: str) -> bool:
        lines = screen.rstrip("\n").split("\n")
        footer = len(lines) >= HEIGHT and lines[HEIGHT - 1].strip() != ""
        return footer and any(m in screen for m in markers)

    return ready


def _changed_from(before: str) -> Callable[[str], bool]:
    return lambda screen: screen != before


@dataclass(frozen=True, slots=True)
class Session:
    """What one launch measured."""

    first_frame: float
    key_echo: tuple[float, ...]
    key_effect: tuple[float, ...]
    rss_mb: float
    peak_rss_mb: float


def _memory(pid: int) -> tuple[float, float]:
    values = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(("VmRSS:", "VmHWM:")):
            values[line.split(":")[0]] = int(line.split()[1]) / 1024
    return values.get("VmRSS", 0.0), values.get("VmHWM", 0.0)


def run_session(
    work: Path,
    name: str,
    argv: Sequence[str],
    env: dict[str, str],
    markers: Sequence[str],
    *,
    focus_key: str | None,
    typed: str,
    browse_keys: Sequence[str] = (),
    fatal: Sequence[str] = (),
    timeout: float = 120.0,
) -> Session:
    """Launch, wait for the first full frame, type ``typed`` key by key, browse, read memory."""
    tmux = Tmux(work, name)
    try:
        start = tmux.start(app_command(argv, env))
        first, screen = tmux.wait(full_frame(markers), start, timeout, fatal)
        _, screen = tmux.settle(screen, time.perf_counter())
        if focus_key:
            sent = time.perf_counter()
            tmux.send(focus_key)
            _, screen = tmux.settle(screen, sent)
        echo, effect = [], []
        for key in typed:
            sent = time.perf_counter()
            tmux.send(key)
            took, after = tmux.wait(_changed_from(screen), sent, 10.0)
            done, screen = tmux.settle(after, sent)
            echo.append(took)
            effect.append(done)
        for key in browse_keys:  # not timed: they only have to exercise the app
            tmux.send(key)
            _, screen = tmux.settle(screen, time.perf_counter())
        rss, peak = _memory(tmux.pane_pid())
        return Session(first, tuple(echo), tuple(effect), rss, peak)
    finally:
        tmux.kill()


def p50_p95(samples: Sequence[float]) -> tuple[float, float]:
    """Median and 95th percentile (nearest rank) in milliseconds."""
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered) * 1000, p95 * 1000
