"""Issue 13, points 5–9: findable commands, the paragraph cursor, legends, focus, the overview.

Pilot over the real app and façade (a copy of the seeds). Each test names the rough edge it
pins: a palette that found nothing from the wrong pane, keys the footer showed that did
nothing, a bookmark of the dateline, a focused pane told only by colour, a packet nobody
described.
"""

from __future__ import annotations

from pathlib import Path

from textual.command import CommandPalette
from tui.apptools import Recorder, make_app, ready, screen_text, settle

from briefing.config import Config
from briefing.tui.screens.bookmarks import AddBookmarkScreen, BookmarksScreen
from briefing.tui.screens.discrepancies import ClaimList, DiscrepanciesScreen
from briefing.tui.screens.export import ExportDialog
from briefing.tui.screens.main import MainScreen
from briefing.tui.screens.overview import OverviewScreen
from briefing.tui.widgets.navlist import NavList
from briefing.tui.widgets.packet import PacketLine
from briefing.tui.widgets.reader import Reader


async def test_the_palette_finds_every_command_from_any_pane_and_says_why_not(
    seeds: Path,
) -> None:
    app = make_app([seeds])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("r", "ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"cross")
        await settle(pilot)
        text = screen_text(app)
        assert "x-ref" in text and "Choose a topic first" in text  # listed, with the reason
        await pilot.press(*["backspace"] * 5, *"fold")
        await settle(pilot)
        assert "fold furniture" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        # From the timeline: its own keys, and the main screen's commands, which run there.
        await pilot.press("T")
        await settle(pilot)
        await pilot.press("ctrl+p", *"search")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        assert app.screen.focused is app.screen.query_one("#query")


async def test_h_and_l_move_between_columns(seeds: Path) -> None:
    app = make_app([seeds])
    async with app.run_test(size=(160, 48)) as pilot:
        await ready(pilot)
        screen = app.screen
        assert screen.focused is screen.query_one("#sources-list")
        await pilot.press("l")
        assert screen.focused is screen.query_one(Reader).body
        await pilot.press("l")
        assert screen.focused is screen.query_one("#topics-list")
        await pilot.press("h", "h")
        assert screen.focused is screen.query_one("#sources-list")
        await pilot.press("D")
        await settle(pilot)
        assert isinstance(app.screen, DiscrepanciesScreen)
        await pilot.press("l")
        await pilot.pause()
        assert isinstance(app.screen.focused, ClaimList)
        await pilot.press("h")
        await pilot.pause()
        assert app.screen.focused is app.screen.query_one("#discrepancies")


async def test_ctrl_f_and_ctrl_b_page_in_the_reader_and_in_lists(seeds: Path) -> None:
    app = make_app([seeds])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("r", "ctrl+f")
        await pilot.pause()
        body = app.screen.query_one(Reader).body
        assert body.scroll_y > 5
        await pilot.press("ctrl+b")
        await pilot.pause()
        assert body.scroll_y == 0
        await pilot.press("t", "ctrl+f")
        await pilot.pause()
        topics = app.screen.query_one("#topics-list", NavList)
        assert (topics.highlighted or 0) > 5


async def test_capital_e_exports_from_the_bookmarks_screen(seeds: Path) -> None:
    app = make_app([seeds])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("B")
        await settle(pilot)
        assert isinstance(app.screen, BookmarksScreen)
        assert "E" in app.screen.active_bindings  # shown in its footer, and it works
        await pilot.press("E")
        await settle(pilot)
        assert isinstance(app.screen, ExportDialog)


async def test_the_paragraph_cursor_chooses_what_a_keeps(seeds: Path) -> None:
    app = make_app([seeds])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("r")
        await settle(pilot)
        reader = app.screen.query_one(Reader)
        assert reader.article is not None
        shown = [i for i, p in enumerate(reader.article.paragraphs) if not p.foldable]
        assert reader.body.cursor == shown[0]
        assert "▌ " in screen_text(app)  # visible without colour
        await pilot.press("right_curly_bracket", "right_curly_bracket")
        await pilot.pause()
        assert reader.body.cursor == shown[2]
        await pilot.press("left_curly_bracket")
        await pilot.pause()
        assert reader.body.cursor == shown[1]
        await pilot.press("a")
        await settle(pilot)
        assert isinstance(app.screen, AddBookmarkScreen)
        assert app.screen.passage.paragraph == shown[1]
        assert app.screen.passage.quote == reader.article.paragraphs[shown[1]].text


async def test_scrolling_carries_the_cursor_past_a_blank_line(seeds: Path) -> None:
    """With a blank line at the top of the view, a kept the paragraph above it (the dateline)."""
    app = make_app([seeds])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("r")
        await settle(pilot)
        body = app.screen.query_one(Reader).body
        blank = next(y for y in range(3, len(body._lines)) if not body._lines[y][1].plain)
        body.scroll_to(y=blank, animate=False, immediate=True)
        await pilot.pause()
        below = body._lines[blank + 1][0]
        assert body.cursor == below


async def test_y_copies_only_when_the_config_allows_it(seeds: Path) -> None:
    recorder = Recorder()
    app = make_app([seeds])
    async with app.run_test(size=(80, 24), message_hook=recorder) as pilot:
        await ready(pilot)
        await pilot.press("r", "y")
        await pilot.pause()
        assert any("Copying is off" in m for m in recorder.said())
        assert app.clipboard == ""
    allowed = make_app([seeds], config=Config(clipboard="osc52"))
    async with allowed.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("r", "right_curly_bracket", "y")
        await pilot.pause()
        reader = allowed.screen.query_one(Reader)
        assert reader.article is not None
        assert allowed.clipboard == reader.article.paragraphs[reader.body.cursor].text


async def test_the_focused_pane_shows_without_colour(seeds: Path) -> None:
    """Under NO_COLOR the borders were grey 241 against grey 239: the shape must differ."""
    app = make_app([seeds], colors="16")
    async with app.run_test(size=(160, 48)) as pilot:
        await ready(pilot)
        lines = screen_text(app).splitlines()
        top = next(x for x in lines if "Sources" in x and "Reader" in x)
        assert "┏━ Sources" in top and "╭─ Reader" in top  # heavy: focused; round: not
        await pilot.press("l")
        await pilot.pause()
        top = next(x for x in screen_text(app).splitlines() if "Sources" in x and "Reader" in x)
        assert "╭─ Sources" in top and "┏━ Reader" in top


async def test_the_packet_line_and_i_say_what_the_packet_is(seeds: Path) -> None:
    app = make_app([seeds])
    async with app.run_test(size=(250, 60)) as pilot:
        await ready(pilot)
        await settle(pilot)
        briefing = app.screen.briefing
        assert briefing is not None
        line = " ".join(screen_text(app).splitlines()[0].split())
        outlets = {a.source for a in briefing.articles if a.source}
        # One seed names no outlet: the others' outlets are "named", not all five's.
        assert any(not a.source for a in briefing.articles)
        assert f"{len(briefing.articles)} articles · {len(outlets)} outlets named" in line
        assert f"{len(briefing.discrepancies())} disagreements (D)" in line
        assert app.screen.topics and app.screen.topics[0].name in line
        assert app.screen.query_one(PacketLine).disagreements == len(briefing.discrepancies())
        await pilot.press("i")
        await pilot.pause()
        assert isinstance(app.screen, OverviewScreen)
        text = screen_text(app)
        for name in outlets:
            assert name in text
        assert "What the marks mean" in text and "5·50" in text and "×8" in text
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)


async def test_help_explains_q_esc_tab_and_every_marker(seeds: Path) -> None:
    from briefing.tui.screens.help import LEGEND, MOVING

    keys = {key for key, _ in MOVING}
    assert {"q", "Q", "esc", "tab", "h / l"} <= keys
    marks = " ".join(mark for mark, _ in LEGEND)
    for marker in ("●", "~", "?", "▌", "5·50", "×8", "search hit", "find", "mention"):
        assert marker in marks, marker
