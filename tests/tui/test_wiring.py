"""The issue-7 views are one key away from the main screen and jump back into the reader."""

from __future__ import annotations

from pathlib import Path

import pytest
from tui.apptools import make_app, ready, settle

from briefing import paths
from briefing.notes import BookmarkStore
from briefing.tui.screens.bookmarks import AddBookmarkScreen, BookmarksScreen
from briefing.tui.screens.discrepancies import DiscrepanciesScreen
from briefing.tui.screens.export import ExportDialog
from briefing.tui.screens.main import MainScreen
from briefing.tui.screens.timeline import TimelineScreen
from briefing.tui.widgets.reader import Reader


@pytest.mark.parametrize(
    ("key", "screen"),
    [
        ("T", TimelineScreen),
        ("D", DiscrepanciesScreen),
        ("B", BookmarksScreen),
        ("E", ExportDialog),
        ("a", AddBookmarkScreen),
    ],
)
async def test_each_view_opens_with_one_key_and_escape_returns(
    seeds: Path, key: str, screen: type
) -> None:
    app = make_app([seeds])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press(key)
        await settle(pilot)
        assert isinstance(app.screen, screen)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)


async def test_bookmarking_the_current_hit_keeps_its_sentence_outside_the_briefing(
    seeds: Path,
) -> None:
    app = make_app([seeds])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("slash", *"hydropower")
        await settle(pilot)
        await pilot.press("enter", "enter")  # to the results, then open the first hit
        await settle(pilot)
        reader = app.screen.query_one(Reader)
        mark = reader.current_mark
        assert mark is not None and reader.article is not None
        await pilot.press("a")
        await settle(pilot)
        assert isinstance(app.screen, AddBookmarkScreen)
        await pilot.press("ctrl+s")  # the note dialog's save key
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
    store = BookmarkStore.load(paths.data_root() / paths.briefing_key([seeds]))
    kept = store.all()
    assert len(kept) == 1
    assert kept[0].article_id == reader.article.id and kept[0].paragraph == mark.paragraph
    assert "hydropower" in kept[0].quote.lower()
    assert not any(p.name.startswith("bookmarks") for p in seeds.iterdir())
