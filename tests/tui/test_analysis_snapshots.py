"""How the analysis views look at 80×24, and the discrepancies side by side at 160×48.

Deterministic: the bundled seeds, private cache and data dirs (conftest), a fixed date for the
export dialog, the cursor blink off and notifications cleared before the screenshot.
Regenerate with ``pytest tests/tui/test_analysis_snapshots.py --snapshot-update`` after a
deliberate change, and look at the SVGs before committing them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from textual.app import App
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Input, TextArea
from tui.apptools import drain

from briefing import paths
from briefing.briefing import Briefing
from briefing.notes import BookmarkStore
from briefing.tui.screens.bookmarks import BookmarksScreen
from briefing.tui.screens.discrepancies import DiscrepanciesScreen
from briefing.tui.screens.export import ExportDialog
from briefing.tui.screens.timeline import TimelineScreen

SnapCompare = Callable[..., bool]


@pytest.fixture
def briefing() -> Iterator[Briefing]:
    opened = Briefing.open([paths.bundled_seeds()], sync=False)
    yield opened
    opened.close()


class Host(App[None]):
    """Pushes one screen over an empty default screen."""

    def __init__(self, make: Callable[[], Screen[Any]]) -> None:
        super().__init__()
        self.make = make

    def on_mount(self) -> None:
        self.push_screen(self.make())


async def _steady(pilot: Pilot[Any]) -> None:
    for _ in range(3):
        await pilot.pause()
        await drain(pilot.app)
    for box in pilot.app.screen.query(Input):
        box.cursor_blink = False
    for area in pilot.app.screen.query(TextArea):
        area.cursor_blink = False
    pilot.app.clear_notifications()
    await pilot.pause()


def test_timeline_80x24(snap_compare: SnapCompare, briefing: Briefing) -> None:
    app = Host(lambda: TimelineScreen(briefing))
    assert snap_compare(app, terminal_size=(80, 24), run_before=_steady)


def test_discrepancies_80x24(snap_compare: SnapCompare, briefing: Briefing) -> None:
    app = Host(lambda: DiscrepanciesScreen(briefing))
    assert snap_compare(app, terminal_size=(80, 24), run_before=_steady)


def test_discrepancies_side_by_side_160x48(snap_compare: SnapCompare, briefing: Briefing) -> None:
    app = Host(lambda: DiscrepanciesScreen(briefing))
    assert snap_compare(app, terminal_size=(160, 48), run_before=_steady)


def test_bookmarks_80x24(snap_compare: SnapCompare, briefing: Briefing, tmp_path: Path) -> None:
    store = BookmarkStore.load(tmp_path / "bookmarks")
    article = briefing.articles[3]
    text = article.paragraphs[2].text
    store.add(article.id, 2, 0, len(text), text, note="Check against TASS.\n[b]Not markup[/b]")
    other = briefing.articles[0]
    store.add(other.id, 1, 0, len(other.paragraphs[1].text), other.paragraphs[1].text)
    app = Host(lambda: BookmarksScreen(briefing, store))
    assert snap_compare(app, terminal_size=(80, 24), run_before=_steady)


def test_export_dialog_80x24(snap_compare: SnapCompare, briefing: Briefing, tmp_path: Path) -> None:
    store = BookmarkStore.load(tmp_path / "bookmarks")
    app = Host(lambda: ExportDialog(briefing, store, today=dt.date(2025, 10, 10)))
    assert snap_compare(app, terminal_size=(80, 24), run_before=_steady)
