"""Drive a real program in a private tmux server and read what a user would see.

Pilot (``App.run_test``) cannot see TERM and colour detection, the locale, Escape timing, a real
pty or ssh, so a few tests run the installed program in tmux instead. Facts this module relies
on (all checked with tmux 3.3a, see /work/shared/TESTING.md):

* A private server (``-L``) with its own config (``-f``) so the user's tmux and ``~/.tmux.conf``
  never leak in; ``escape-time 10`` so a lone Escape is not held back for 500 ms.
* The pane's environment is set with ``env -i`` inside the command, because the server inherits
  whatever started it and forces TERM to its own default.
* tmux loses the last output of a process that exits at once, so every command runs as
  ``CMD; echo "[exit $?]"; exec sleep 600``: the status stays readable and the pane stays alive
  until the test kills its session.
* ``exit-empty off`` keeps the server up between tests (else it exits with its last session
  and the next test's ``new-session`` races its shutdown); ``set-clipboard on`` makes tmux
  keep whatever a program sends by OSC 52 as a paste buffer, so a leak is visible.
* Every key is followed by polling the screen for its visible effect (every 20 ms, bounded).
  There are no bare sleeps: a slow machine only makes a test slower, never flaky.
"""

from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import shlex
import struct
import subprocess
import termios
import time
import uuid
from collections.abc import Callable, Mapping
from pathlib import Path

POLL_SECONDS = 0.02
TIMEOUT_SECONDS = 15.0
#: Seconds allowed for one tmux client command; a hung tmux must fail the test, not hang it.
_TMUX_CALL_TIMEOUT = 10.0

TMUX_CONF = """\
set -g remain-on-exit on
set -g status off
set -s escape-time 10
set -g default-shell /bin/sh
set -g history-limit 2000
set -s set-clipboard on
set -s exit-empty off
"""

#: A shell's terminal as tmux reports it: main screen, no mouse reporting, cursor shown.
RESTORED_MODES = {
    "alternate_on": "0",
    "mouse_any_flag": "0",
    "mouse_sgr_flag": "0",
    "cursor_flag": "1",
}

EXIT_LINE = re.compile(r"\[exit (\d+)\]")

#: What ``Pane.wait_for`` accepts: a substring, a regex, or a predicate on the screen text.
Expectation = str | re.Pattern[str] | Callable[[str], bool]


class ScreenTimeout(AssertionError):
    """The expected text never appeared; the message carries the last screen for the report."""


def matches(expect: Expectation, screen: str) -> bool:
    """Whether ``screen`` shows what ``expect`` describes."""
    if isinstance(expect, str):
        return expect in screen
    if isinstance(expect, re.Pattern):
        return expect.search(screen) is not None
    return expect(screen)


def _describe(expect: Expectation) -> str:
    if isinstance(expect, str):
        return repr(expect)
    if isinstance(expect, re.Pattern):
        return f"/{expect.pattern}/"
    return getattr(expect, "__name__", "a condition")


def poll(condition: Callable[[], bool], what: str, *, timeout: float = TIMEOUT_SECONDS) -> None:
    """Wait until ``condition()`` holds, checking every POLL_SECONDS for at most ``timeout``."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() >= deadline:
            raise ScreenTimeout(f"waited {timeout:.0f}s for {what}")
        time.sleep(POLL_SECONDS)


def shell_command(argv: list[str], env: Mapping[str, str]) -> str:
    """``env -i K=V… argv…; echo "[exit $?]"; exec sleep 600`` for a tmux pane, safely quoted."""
    assignments = " ".join(shlex.quote(f"{k}={v}") for k, v in env.items())
    program = " ".join(shlex.quote(a) for a in argv)
    return f'env -i {assignments} {program}; echo "[exit $?]"; exec sleep 600'


class Tmux:
    """One private tmux server (its own socket name and config), killed by ``close``."""

    def __init__(self, workdir: Path) -> None:
        self.socket = f"briefing-e2e-{uuid.uuid4().hex[:12]}"
        self.conf = workdir / "tmux.conf"
        self.conf.write_text(TMUX_CONF, encoding="utf-8")

    def __call__(self, *args: str, check: bool = True) -> str:
        """Run one tmux client command against this server and return its stdout."""
        done = subprocess.run(
            ["tmux", "-L", self.socket, "-f", str(self.conf), *args],
            capture_output=True,
            text=True,
            timeout=_TMUX_CALL_TIMEOUT,
            check=False,
        )
        if check and done.returncode != 0:
            raise RuntimeError(f"tmux {' '.join(args)} failed: {done.stderr.strip()}")
        return done.stdout

    def spawn(
        self, command: str, *, size: tuple[int, int] = (120, 40), cwd: Path | None = None
    ) -> Pane:
        """Start ``command`` (a /bin/sh command line) in a new detached session of that size."""
        name = f"t{uuid.uuid4().hex[:10]}"
        width, height = size
        where = ["-c", str(cwd)] if cwd is not None else []
        self("new-session", "-d", "-s", name, "-x", str(width), "-y", str(height), *where, command)
        return Pane(self, name)

    def close(self) -> None:
        """Kill this server only (by its private socket), and every pane in it."""
        self("kill-server", check=False)


class Pane:
    """The single pane of one tmux session: send keys, read the screen, wait for effects."""

    def __init__(self, tmux: Tmux, session: str) -> None:
        self.tmux = tmux
        self.session = session
        self.target = f"{session}:0.0"

    # -- input ---------------------------------------------------------------------------
    def keys(self, *names: str) -> None:
        """Send tmux key names (``Enter``, ``Escape``, ``C-z``, ``q``…)."""
        self.tmux("send-keys", "-t", self.target, *names)

    def text(self, literal: str) -> None:
        """Type ``literal`` exactly as given (no key-name lookup)."""
        self.tmux("send-keys", "-t", self.target, "-l", literal)

    def press(self, key: str, expect: Expectation, *, timeout: float = TIMEOUT_SECONDS) -> str:
        """Send one key and wait for its visible effect; returns the screen that showed it."""
        self.keys(key)
        return self.wait_for(expect, timeout=timeout)

    def type(self, literal: str, expect: Expectation, *, timeout: float = TIMEOUT_SECONDS) -> str:
        """Type literal text and wait for its visible effect."""
        self.text(literal)
        return self.wait_for(expect, timeout=timeout)

    # -- output --------------------------------------------------------------------------
    def screen(self, *, colours: bool = False) -> str:
        """The visible screen as text (``colours`` keeps the escape sequences as sent)."""
        args = ["capture-pane", "-p", "-t", self.target]
        if colours:
            args.insert(2, "-e")
        return self.tmux(*args)

    def display(self, fmt: str) -> str:
        """A tmux format for this pane, e.g. ``#{alternate_on}`` or ``#{pane_title}``."""
        return self.tmux("display-message", "-p", "-t", self.target, fmt).rstrip("\n")

    @property
    def alternate_screen(self) -> bool:
        """True while the program in the pane is on the alternate screen (drawing full-screen)."""
        return self.display("#{alternate_on}") == "1"

    def modes(self) -> dict[str, str]:
        """The terminal modes a full-screen program switches (and must switch back)."""
        values = self.display(" ".join(f"#{{{name}}}" for name in RESTORED_MODES)).split()
        return dict(zip(RESTORED_MODES, values, strict=True))

    @property
    def size(self) -> tuple[int, int]:
        """(columns, rows) of the pane as tmux sees it."""
        width, height = self.display("#{pane_width} #{pane_height}").split()
        return int(width), int(height)

    def wait_for(
        self, expect: Expectation, *, timeout: float = TIMEOUT_SECONDS, colours: bool = False
    ) -> str:
        """Poll the screen until ``expect`` holds; raise ``ScreenTimeout`` with the last screen."""
        deadline = time.monotonic() + timeout
        while True:
            screen = self.screen(colours=colours)
            if matches(expect, screen):
                return screen
            if time.monotonic() >= deadline:
                raise ScreenTimeout(
                    f"waited {timeout:.0f}s for {_describe(expect)}; the screen was:\n{screen}"
                )
            time.sleep(POLL_SECONDS)

    def wait_until(
        self, condition: Callable[[], bool], what: str, *, timeout: float = TIMEOUT_SECONDS
    ) -> None:
        """Poll any condition (a tmux format, a process state) with the same bounded patience."""
        try:
            poll(condition, what, timeout=timeout)
        except ScreenTimeout as timed_out:
            screen = self.tmux("capture-pane", "-p", "-t", self.target, check=False)
            raise ScreenTimeout(f"{timed_out}; the screen was:\n{screen}") from None

    def exit_status(self, *, timeout: float = TIMEOUT_SECONDS) -> int:
        """Wait for the ``[exit N]`` line the wrapper prints and return N."""
        match = EXIT_LINE.search(self.wait_for(EXIT_LINE, timeout=timeout))
        assert match is not None
        return int(match.group(1))

    # -- window --------------------------------------------------------------------------
    def resize(self, width: int, height: int) -> str:
        """Resize the window (the pane is alone in it) and wait until tmux reports the size."""
        self.tmux("resize-window", "-t", self.session, "-x", str(width), "-y", str(height))
        self.wait_until(lambda: self.size == (width, height), f"a {width}x{height} pane")
        return self.screen()

    def kill(self) -> None:
        """Kill this session by name (its processes get SIGHUP from tmux)."""
        self.tmux("kill-session", "-t", self.session, check=False)


def run_on_pty(
    argv: list[str],
    env: Mapping[str, str],
    *,
    timeout: float = 60.0,
    size: tuple[int, int] = (100, 30),
) -> tuple[int, bytes]:
    """Run ``argv`` with stdin/stdout/stderr on a fresh pty; return (status, every byte it wrote).

    tmux re-renders what a program sends, so only a pty of our own shows the raw bytes: the
    test can then say "no escape sequence from the article left the program".
    """
    controller, terminal = pty.openpty()
    width, height = size
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", height, width, 0, 0))
    try:
        process = subprocess.Popen(
            argv, stdin=terminal, stdout=terminal, stderr=terminal, env=dict(env),
            start_new_session=True, close_fds=True,
        )  # fmt: skip
    finally:
        os.close(terminal)
    output = bytearray()
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([controller], [], [], POLL_SECONDS * 5)
            if not ready:
                if process.poll() is not None and not _has_pending(controller):
                    break
                continue
            try:
                chunk = os.read(controller, 65536)
            except OSError:  # EIO: every writer has closed the terminal
                break
            if not chunk:
                break
            output.extend(chunk)
        else:
            process.kill()
            raise ScreenTimeout(f"{argv} still running after {timeout:.0f}s: {bytes(output)!r}")
        return process.wait(timeout=timeout), bytes(output)
    finally:
        os.close(controller)


def _has_pending(fd: int) -> bool:
    ready, _, _ = select.select([fd], [], [], 0)
    return bool(ready)
