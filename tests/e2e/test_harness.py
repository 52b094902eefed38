"""The harness proves itself on a tiny Textual app before it is trusted with briefing.

If these fail, the briefing e2e failures are about the harness or the machine, not the app.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from e2e.launch import Launcher, quit_to_shell, suspend_and_resume
from e2e.sshd import PrivateSshd

pytestmark = pytest.mark.e2e

TINY = [sys.executable, str(Path(__file__).with_name("tiny_app.py"))]


def test_keys_resize_and_quit_in_tmux(launcher: Launcher) -> None:
    pane = launcher.local(TINY, term="screen-256color", lang="C", size=(100, 30)).pane
    pane.wait_for("tiny ready")
    assert "TERM=screen-256color LANG=C SSH=no" in pane.wait_for("size 100x30")
    assert pane.alternate_screen

    pane.press("+", "count 1")
    pane.press("+", "count 2")
    pane.resize(80, 24)
    pane.wait_for("size 80x24")

    pane.keys("q")
    assert pane.exit_status() == 0
    assert not pane.alternate_screen


def test_over_ssh_only_term_crosses(launcher: Launcher, sshd: PrivateSshd) -> None:
    pane = launcher.over_ssh(sshd, TINY, term="xterm", lang="C.UTF-8", size=(90, 25)).pane
    screen = pane.wait_for("size 90x25")
    # TERM came with the pty request; LANG was set in the remote command; sshd set SSH_*.
    assert "TERM=xterm LANG=C.UTF-8 SSH=yes" in screen

    pane.press("+", "count 1")
    pane.resize(120, 40)
    pane.wait_for("size 120x40")

    pane.keys("q")
    assert pane.exit_status() == 0
    assert not pane.alternate_screen


def test_exit_status_of_a_failing_command_is_readable(launcher: Launcher) -> None:
    pane = launcher.local(["/bin/sh", "-c", "echo bye; exit 3"]).pane
    assert pane.exit_status() == 3
    assert "bye" in pane.screen()


def test_ctrl_z_and_fg_in_a_job_control_shell(launcher: Launcher) -> None:
    pane = launcher.shell()
    suspend_and_resume(pane, " ".join(TINY), "size 120x40")
    pane.press("+", "count 1")
    assert quit_to_shell(pane) == 0
