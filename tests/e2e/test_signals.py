"""Hang-ups, termination and job control end or pause the real program cleanly.

A user closes the terminal window (SIGHUP), loses the ssh connection (SIGHUP on the remote
side), a service manager stops the process (SIGTERM), or presses ctrl+z to get a shell and ``fg``
to come back. None of these may leave a traceback, a stray process or a broken terminal.
"""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest
from support.terminal import shell_command

from e2e import app_texts
from e2e.launch import Launcher, clean_env, process_alive
from e2e.sshd import PrivateSshd

pytestmark = pytest.mark.e2e


def _no_error_left(launcher: Launcher, screen: str) -> None:
    assert "Traceback" not in screen, screen
    # The CLI writes an unexpected error's traceback here instead of on the screen.
    assert not (launcher.root / "cache" / "last-error.log").exists()


def _wait_gone(launcher: Launcher, pid: int) -> None:
    launcher.panes[0].wait_until(lambda: not process_alive(pid), f"process {pid} to end")


def test_sighup_ends_the_app(launcher: Launcher, briefing_exe: Path) -> None:
    run = launcher.local([str(briefing_exe)])
    run.pane.wait_for(app_texts.SEEDS_LISTED)
    pid = run.pid()

    os.kill(pid, signal.SIGHUP)

    status = run.pane.exit_status()
    _wait_gone(launcher, pid)
    assert status in (0, 128 + signal.SIGHUP), status
    _no_error_left(launcher, run.pane.screen())


def test_sigterm_ends_the_app_and_restores_the_terminal(
    launcher: Launcher, briefing_exe: Path
) -> None:
    run = launcher.local([str(briefing_exe)])
    run.pane.wait_for(app_texts.SEEDS_LISTED)
    pid = run.pid()

    os.kill(pid, signal.SIGTERM)

    status = run.pane.exit_status()
    _wait_gone(launcher, pid)
    assert status in (0, 128 + signal.SIGTERM), status
    assert not run.pane.alternate_screen, "SIGTERM left the terminal on the alternate screen"
    _no_error_left(launcher, run.pane.screen())


def test_dropped_ssh_connection_ends_the_remote_app(
    launcher: Launcher, sshd: PrivateSshd, briefing_exe: Path
) -> None:
    run = launcher.over_ssh(sshd, [str(briefing_exe)])
    run.pane.wait_for(app_texts.SEEDS_LISTED)
    pid = run.pid()
    assert process_alive(pid)

    # Closing the window: tmux hangs up the ssh client, sshd hangs up the remote pty.
    run.pane.kill()

    _wait_gone(launcher, pid)
    assert not (launcher.root / "cache" / "last-error.log").exists()


def test_ctrl_z_suspends_and_fg_resumes(launcher: Launcher, briefing_exe: Path) -> None:
    env = {**clean_env(launcher.root), "PS1": "e2e$ "}
    pane = launcher.tmux.spawn(shell_command(["/bin/sh", "-i"], env), cwd=launcher.root)
    launcher.panes.append(pane)
    pane.wait_for("e2e$")
    pane.type(str(briefing_exe), str(briefing_exe))
    pane.keys("Enter")
    pane.wait_for(app_texts.SEEDS_LISTED)

    pane.keys("C-z")
    pane.wait_until(lambda: not pane.alternate_screen, "the shell's normal screen")
    assert "Stopped" in pane.wait_for("Stopped")

    pane.type("fg", "e2e$ fg")
    pane.keys("Enter")
    pane.wait_until(lambda: pane.alternate_screen, "the app back on the alternate screen")
    pane.wait_for(app_texts.SEEDS_LISTED)
    # It takes keys again after resuming.
    pane.press("?", app_texts.HELP_SHOWN)
    pane.press(app_texts.HELP_CLOSE_KEY, lambda s: app_texts.HELP_SHOWN not in s)

    pane.keys("q")
    pane.wait_until(lambda: not pane.alternate_screen, "the shell after quitting")
    pane.type('echo "[exit $?]"', 'echo "[exit $?]"')
    pane.keys("Enter")
    assert pane.exit_status() == 0
    assert "Traceback" not in pane.screen()
