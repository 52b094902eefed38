"""The app as a whole: opening off the UI thread, layout at every size, quitting, config, state."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from textual.widgets import Input
from tui.apptools import Recorder, gated_opener, make_app, ready, screen_text, settle

from briefing import paths
from briefing.config import Config
from briefing.state import STATE_FILE
from briefing.tui.app import BriefingApp
from briefing.tui.screens.help import HelpScreen
from briefing.tui.screens.main import MainScreen
from briefing.tui.widgets.reader import Reader


def _tree(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
    }


async def test_first_frame_appears_before_the_briefing_opens(seeds: Path) -> None:
    opener, gate = gated_opener()
    app = make_app([seeds], opener=opener)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "Opening…" in screen_text(app)
        await pilot.press("question_mark")  # the UI answers while the briefing is still opening
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        gate.set()
        await ready(pilot)
        assert "Opening…" not in screen_text(app)
        assert app.screen.query_one(Reader).article is not None


async def test_q_quits_with_status_zero_and_saves_position(seeds: Path) -> None:
    app = make_app([seeds])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        reader = app.screen.query_one(Reader)
        assert reader.article is not None
        opened = reader.article.id
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0
    key = paths.briefing_key([seeds])
    document = json.loads((paths.state_root() / key / STATE_FILE).read_text())
    assert document["position"]["article"] == opened


async def test_position_is_restored_at_launch(seeds: Path) -> None:
    app = make_app([seeds])
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await pilot.press("u")  # next unread: a different article than the first
        await settle(pilot)
        reader = app.screen.query_one(Reader)
        assert reader.article is not None
        chosen = reader.article.id
        await pilot.press("space", "space")
        await pilot.pause()
        scrolled = reader.body.scroll_y
        await pilot.press("q")
    assert scrolled > 0
    again = make_app([seeds])
    async with again.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await pilot.pause()
        # The list is in front at launch (issue 13); the reader has the article, scrolled.
        assert again.screen.pane == "sources"
        await pilot.press("r")
        await pilot.pause()
        reader = again.screen.query_one(Reader)
        assert reader.article is not None and reader.article.id == chosen
        assert reader.body.scroll_y == scrolled


async def test_q_types_into_a_text_box_and_escape_leaves_it(seeds: Path) -> None:
    app = make_app([seeds])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("slash", "q")
        await pilot.pause()
        focused = app.screen.focused
        assert isinstance(focused, Input) and focused.value == "q"
        assert app.is_running
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen.focused, Input)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


async def test_wide_terminal_shows_all_panes_with_width(seeds: Path) -> None:
    app = make_app([seeds])
    async with app.run_test(size=(160, 48)) as pilot:
        await ready(pilot)
        for pane in ("#sources", "#reader", "#topics", "#search"):
            widget = app.screen.query_one(pane)
            assert widget.region.width >= 20, pane


async def test_80x24_collapses_side_panels_each_one_key_away(seeds: Path) -> None:
    app = make_app([seeds])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        screen = app.screen
        assert screen.has_class("-narrow")
        # The first screen is the source list (issue 13), the focused one.
        assert screen.query_one("#sources").region.width >= 60
        assert screen.query_one("#reader").region.width == 0
        assert screen.query_one("#topics").region.width == 0
        assert screen.focused is screen.query_one("#sources-list")
        assert "Sources" in screen_text(app)
        await pilot.press("r")
        await pilot.pause()
        assert screen.query_one("#reader").region.width >= 60
        await pilot.press("s")
        await pilot.pause()
        assert screen.query_one("#sources").region.width >= 60
        await pilot.press("t")
        await pilot.pause()
        assert screen.query_one("#topics").region.width >= 60
        await pilot.press("r")
        await pilot.pause()
        assert screen.query_one("#reader").region.width >= 60


async def test_too_small_message_and_back(seeds: Path) -> None:
    app = make_app([seeds])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.resize_terminal(30, 10)
        await pilot.pause()
        assert "Terminal too small" in screen_text(app)
        assert app.screen.query_one("#main").region.width == 0
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert "Terminal too small" not in screen_text(app)
        assert app.screen.query_one("#sources").region.width > 0
        await pilot.press("q")
    assert app.return_code == 0


async def test_nothing_is_written_into_the_briefing_folder(seeds: Path) -> None:
    before = _tree(seeds)
    app = make_app([seeds])
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("u", "m", "slash", *"putin", "enter")
        await settle(pilot)
        await pilot.press("q")
    assert _tree(seeds) == before


async def test_open_failure_is_one_line_and_exit_status_two(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    app = make_app([empty])
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        text = " ".join(screen_text(app).split())
        assert "Could not open: No readable articles" in text and "press q to quit" in text
        assert "Traceback" not in text
        await pilot.press("q")
    assert app.return_code == 2


async def test_remapped_keys_from_config(seeds: Path) -> None:
    app = make_app([seeds], config=Config(keys={"quit": "Q", "help": "h"}))
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("q")
        await pilot.pause()
        assert app.is_running  # q no longer quits
        await pilot.press("h")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert "Q" in screen_text(app)
        await pilot.press("Q")
        await pilot.pause()
    assert app.return_code == 0


async def test_broken_config_file_is_reported_and_app_runs(seeds: Path) -> None:
    config_dir = paths.config_dir()
    config_dir.mkdir(parents=True)
    (config_dir / "config.toml").write_text("[keys\nquit = 'x'")
    app = app_reading_config_from_disk([seeds])
    recorder = Recorder()  # every notification, also one that expired while the app opened
    async with app.run_test(size=(100, 30), message_hook=recorder) as pilot:
        await ready(pilot)
        assert any("not valid TOML" in m for m in recorder.said()), recorder.said()
        await pilot.press("q")
    assert app.return_code == 0


async def test_corrupt_reading_state_is_reported_and_set_aside(seeds: Path) -> None:
    state_dir = paths.state_root() / paths.briefing_key([seeds])
    state_dir.mkdir(parents=True)
    (state_dir / STATE_FILE).write_text("{{{ definitely not json")
    app = make_app([seeds])
    recorder = Recorder()
    async with app.run_test(size=(100, 30), message_hook=recorder) as pilot:
        await ready(pilot)
        assert any("set aside" in m for m in recorder.said()), recorder.said()
        await pilot.press("q")
    assert (state_dir / "state.json.corrupt").read_text() == "{{{ definitely not json"
    assert json.loads((state_dir / STATE_FILE).read_text())["version"] == 1


async def test_colours_16_uses_the_ansi_theme(seeds: Path) -> None:
    app = make_app([seeds], colors="16")
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        assert app.theme == "ansi-dark"
        assert isinstance(app.screen, MainScreen)


def app_reading_config_from_disk(briefing_paths: list[Path]) -> BriefingApp:
    """The app with its config read from BRIEFING_CONFIG_DIR, as in production."""

    return BriefingApp(briefing_paths, animations=False)


def test_importing_the_package_does_not_import_textual() -> None:
    import subprocess
    import sys

    code = "import sys, briefing.tui; print('textual' in sys.modules)"
    env = dict(os.environ)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert out.stdout.strip() == "False", out.stderr


async def test_briefing_notices_are_shown(
    seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("the cache root is a file")
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(blocker))
    app = make_app([seeds])
    recorder = Recorder()
    async with app.run_test(size=(100, 30), message_hook=recorder) as pilot:
        await ready(pilot)
        assert any("not writable" in m for m in recorder.said()), recorder.said()
        assert app.screen.query_one(Reader).article is not None


async def test_palette_lists_every_command_and_why_some_cannot_run_now(seeds: Path) -> None:
    from textual.command import CommandPalette

    from briefing.tui.app import CommandsProvider

    app = make_app([seeds])
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        screen = app.screen
        provider = CommandsProvider(screen)
        entries = {label.split("  ")[0]: why for label, _, why, _ in provider._entries()}
        assert entries["search"] is None and entries["quit"] is None
        assert entries["all topics"] is not None  # no topic chosen yet: listed, with why
        assert entries["did you mean"] is not None
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"sort", "enter")
        await settle(pilot)
        assert screen.query_one("#sources").sort_key == "outlet"


async def test_q_closes_the_help_screen_and_capital_q_quits(seeds: Path) -> None:
    app = make_app([seeds])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen) and app.is_running
        await pilot.press("question_mark")
        await pilot.pause()
        await pilot.press("Q")
        await pilot.pause()
    assert app.return_code == 0


async def test_slash_and_f_are_typed_inside_text_boxes(seeds: Path) -> None:
    app = make_app([seeds])
    async with app.run_test(size=(160, 48)) as pilot:
        await ready(pilot)
        box = app.screen.query_one("#sources-filter", Input)
        box.focus()
        await pilot.pause()
        await pilot.press(*"a/f")
        await pilot.pause()
        assert box.value == "a/f" and app.screen.focused is box
        await pilot.press("escape", "slash", *"fast")  # outside a box: / focuses the search
        await pilot.pause()
        query = app.screen.query_one("#query", Input)
        assert app.screen.focused is query and query.value == "fast"


async def test_restoring_does_not_overwrite_the_saved_scroll_before_it_is_applied(
    seeds: Path,
) -> None:
    app = make_app([seeds])
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await pilot.press("space", "space")
        await pilot.pause()
        reader = app.screen.query_one(Reader)
        assert reader.article is not None
        chosen, scrolled = reader.article.id, reader.body.scroll_y
        await pilot.press("q")
    again = make_app([seeds])
    async with again.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        # Before anyone quits, the file on disk still holds the position (a crash keeps it).
        state = json.loads(
            (paths.state_root() / paths.briefing_key([seeds]) / STATE_FILE).read_text()
        )
        assert state["position"] == {"article": chosen, "scroll_y": scrolled}
