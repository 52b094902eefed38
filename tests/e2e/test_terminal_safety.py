"""Issue 5 in a real terminal: an article full of escape sequences and markup does nothing.

The detectors are tmux's own: ``#{pane_title}`` (OSC 0), its paste buffers (OSC 52, with
``set-clipboard on``), the other panes still being drawn (CSI 2J) and the app still running
(``[@click=app.quit]``). The first test proves that these detectors do fire when the same bytes
reach the terminal raw, so a pass of the second one means something.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from e2e import app_texts, hostile
from e2e.flows import footer, quit_cleanly, wait_ready
from e2e.launch import Launcher

pytestmark = pytest.mark.e2e


def _tree(folder: Path) -> dict[str, tuple[int, int]]:
    """Every entry under ``folder`` with its size and mtime, to prove nothing was written."""
    return {
        str(path.relative_to(folder)): (path.stat().st_size, path.stat().st_mtime_ns)
        for path in sorted(folder.rglob("*"))
    }


def _clipboard(launcher: Launcher) -> str:
    return launcher.tmux("list-buffers", "-F", "#{buffer_sample}")


def test_the_detectors_fire_when_the_bytes_reach_the_terminal_raw(
    launcher: Launcher, tmp_path: Path
) -> None:
    folder = hostile.write_hostile_folder(tmp_path)
    pane = launcher.local(["cat", str(folder / "hostile.txt")]).pane
    try:
        assert pane.exit_status() == 0
        assert pane.display("#{pane_title}") == "PWNED"
        assert "PWNED" in _clipboard(launcher)
    finally:
        # The server is shared: leave no buffer behind for the next test to trip over.
        while _clipboard(launcher).strip():
            launcher.tmux("delete-buffer")


def test_hostile_article_is_shown_literally_and_harmlessly(
    launcher: Launcher, briefing_exe: Path, tmp_path: Path
) -> None:
    folder = hostile.write_hostile_folder(tmp_path)
    before = _tree(folder)
    # What a pane is called when nothing renames it (tmux uses the host name).
    untouched_title = launcher.local(["true"]).pane.display("#{pane_title}")
    # Wide enough for the markup line to fit the reader unwrapped beside the source list.
    pane = launcher.local([str(briefing_exe), str(folder)], size=(200, 40)).pane

    # The only article opens at once; its last paragraph shows the markup as typed.
    screen = wait_ready(pane, "Sources 1/1")
    assert "[@click=app.quit]press here[/]" in screen
    assert "[bold red]shouting[/]" in screen
    assert f"The {hostile.BODY_WORD} report begins here." in screen
    assert hostile.TITLE_WORDS in screen

    # Search runs the same text through snippets: still literal, still harmless.
    pane.press("/", lambda s: app_texts.FOOTER_QUIT not in footer(s))
    pane.type(hostile.BODY_WORD, app_texts.articles_found(1))
    pane.press("Enter", lambda s: app_texts.FOOTER_QUIT in footer(s))
    screen = pane.press("Enter", app_texts.HIT_COUNTER)

    # CSI 2J would have blanked the panes the app does not redraw.
    for title in app_texts.PANES:
        assert app_texts.pane_shown(title, screen), f"{title} is gone:\n{screen}"
    # OSC 0 would have renamed the window; OSC 52 would have filled a tmux buffer.
    assert pane.display("#{pane_title}") == untouched_title
    assert "PWNED" not in _clipboard(launcher)
    # [@click=app.quit] is text, not a button: the app is still running.
    assert pane.alternate_screen
    assert "[exit" not in screen

    assert quit_cleanly(pane) == 0
    # Index, reading state and position live elsewhere: the briefing folder is untouched.
    assert _tree(folder) == before
