"""A briefing that cannot be opened, in a real terminal: one clear line, then a clean exit.

Pilot tests see the message; only a real terminal shows that quitting afterwards still gives
the terminal back and that the exit status tells a script the reader failed.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.terminal import RESTORED_MODES

from e2e import app_texts
from e2e.launch import Launcher

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    ("name", "make", "reason"),
    [
        ("missing", False, "No such file or folder"),
        ("empty", True, "No readable articles"),
    ],
)
def test_unopenable_briefing_says_why_and_exits_2(
    launcher: Launcher, briefing_exe: Path, tmp_path: Path, name: str, make: bool, reason: str
) -> None:
    folder = tmp_path / name
    if make:
        folder.mkdir()
    pane = launcher.local([str(briefing_exe), str(folder)]).pane

    screen = pane.wait_for(app_texts.OPEN_FAILED)
    message = app_texts.OPEN_FAILED.search(screen)
    assert message is not None
    said = " ".join(message.group(1).split())
    assert reason in said
    assert folder.name in said
    assert "Traceback" not in screen

    pane.keys("q")
    assert pane.exit_status() == 2
    assert pane.modes() == RESTORED_MODES
    assert folder.exists() == make
    if make:
        assert list(folder.iterdir()) == [], "something was written into the briefing folder"
