"""Hang-ups, termination and job control end or pause the real program cleanly.

The app starts from the warmed seed cache, so the signal arrives at a settled app rather than
in the middle of building the index (the cold start is the flows' business).

A user closes the terminal window (SIGHUP), loses the ssh connection (SIGHUP on the remote
side), a service manager stops the process (SIGTERM), or presses ctrl+z to get a shell and ``fg``
to come back. None of these may leave a traceback, a stray process or a broken terminal.
"""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest
from support.terminal import RESTORED_MODES, poll

from e2e import app_texts, flows
from e2e.launch import Launcher, process_alive, quit_to_shell, suspend_and_resume
from e2e.sshd import PrivateSshd

pytestmark = pytest.mark.e2e


def _no_error_left(launcher: Launcher, screen: str) -> None:
    assert "Traceback" not in screen, screen
    # The CLI writes an unexpected error's traceback here instead of on the screen.
    assert not (launcher.root / "cache" / "last-error.log").exists()


def _wait_gone(pid: int) -> None:
    poll(lambda: not process_alive(pid), f"process {pid} to end")


def test_sighup_ends_the_app(warm_launcher: Launcher, briefing_exe: Path) -> None:
    run = warm_launcher.local([str(briefing_exe)])
    flows.wait_ready(run.pane)
    pid = run.pid()

    os.kill(pid, signal.SIGHUP)

    status = run.pane.exit_status()
    _wait_gone(pid)
    assert status in (0, 128 + signal.SIGHUP), status
    _no_error_left(warm_launcher, run.pane.screen())


def test_sigterm_ends_the_app_and_gives_the_terminal_back(
    warm_launcher: Launcher, briefing_exe: Path
) -> None:
    run = warm_launcher.local([str(briefing_exe)])
    flows.wait_ready(run.pane)
    pid = run.pid()

    os.kill(pid, signal.SIGTERM)

    status = run.pane.exit_status()
    _wait_gone(pid)
    assert status in (0, 128 + signal.SIGTERM), status
    assert run.pane.modes() == RESTORED_MODES
    _no_error_left(warm_launcher, run.pane.screen())


def test_dropped_ssh_connection_ends_the_remote_app(
    warm_launcher: Launcher, sshd: PrivateSshd, briefing_exe: Path
) -> None:
    run = warm_launcher.over_ssh(sshd, [str(briefing_exe)])
    flows.wait_ready(run.pane)
    pid = run.pid()
    assert process_alive(pid)

    # Closing the window: tmux hangs up the ssh client, sshd hangs up the remote pty.
    run.pane.kill()

    _wait_gone(pid)
    assert not (warm_launcher.root / "cache" / "last-error.log").exists()


def test_ctrl_z_suspends_and_fg_resumes(warm_launcher: Launcher, briefing_exe: Path) -> None:
    pane = warm_launcher.shell()
    suspend_and_resume(pane, str(briefing_exe), app_texts.SEEDS_LISTED)
    # It takes keys again after resuming.
    pane.press("?", app_texts.HELP_SHOWN)
    pane.press(app_texts.HELP_CLOSE_KEY, lambda s: app_texts.HELP_SHOWN not in s)
    assert quit_to_shell(pane) == 0
    assert "Traceback" not in pane.screen()
