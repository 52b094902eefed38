"""What an analyst trying the app keyboard-only ran into (ux60), each pinned by a pilot test.

The seeds are five English articles, so the filter tests type their language code.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, TextArea
from tui.apptools import burst, make_app, ready, screen_text, settle

from briefing.tui.screens.bookmarks import AddBookmarkScreen, BookmarksScreen
from briefing.tui.screens.discrepancies import DiscrepanciesScreen
from briefing.tui.screens.help import HelpScreen
from briefing.tui.screens.timeline import TimelineScreen
from briefing.tui.screens.xref import CrossRefScreen, xref_subtitle
from briefing.tui.widgets.navlist import NavList
from briefing.tui.widgets.sources import SourceList


async def test_the_filter_keeps_the_articles_in_a_typed_language(seeds: Path) -> None:
    app = make_app([seeds])
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        sources = app.screen.query_one(SourceList)
        sources.query_one("#sources-filter", Input).focus()
        await pilot.press("e", "n")
        await pilot.pause()
        assert len(sources.order) == len(sources.articles) == 5


async def test_a_filter_that_matches_nothing_says_so(seeds: Path) -> None:
    app = make_app([seeds])
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        sources = app.screen.query_one(SourceList)
        sources.query_one("#sources-filter", Input).focus()
        await pilot.press(*"qqzx")
        await pilot.pause()
        assert sources.order == []
        listed = sources.query_one("#sources-list", NavList)
        assert listed.option_count == 1
        assert "no article matches “qqzx”" in screen_text(app)
        await pilot.press("backspace", "backspace", "backspace", "backspace")
        await pilot.pause()
        assert "no article matches" not in screen_text(app)


@pytest.mark.parametrize(
    ("key", "screen_type", "title"),
    [
        ("T", TimelineScreen, "Timeline"),
        ("D", DiscrepanciesScreen, "Where the sources disagree"),
        ("B", BookmarksScreen, "Bookmarks"),
    ],
)
async def test_question_mark_opens_help_on_a_sub_screen(
    seeds: Path, key: str, screen_type: type, title: str
) -> None:
    """Help lists ? under "Anywhere"; on the sub-screens it did nothing. It opens there too,
    headed by that screen's own keys, and q goes back to the sub-screen, not further."""
    app = make_app([seeds])
    async with app.run_test(size=(100, 40)) as pilot:
        await ready(pilot)
        await pilot.press(key)
        await settle(pilot)
        assert isinstance(app.screen, screen_type)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = screen_text(app)
        assert f"On this screen: {title}" in text
        assert "enter" in text and "back" in text
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, screen_type)


async def test_question_mark_opens_help_in_the_cross_reference(seeds: Path) -> None:
    app = make_app([seeds])
    async with app.run_test(size=(100, 40)) as pilot:
        await ready(pilot)
        await pilot.press("t")
        await pilot.pause()
        await pilot.press("x")
        await settle(pilot)
        assert isinstance(app.screen, CrossRefScreen)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert "On this screen: Cross-reference" in screen_text(app)


async def test_help_from_the_main_screen_has_no_sub_screen_part(seeds: Path) -> None:
    app = make_app([seeds])
    async with app.run_test(size=(100, 40)) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert "On this screen" not in screen_text(app)


def test_the_cross_reference_counts_articles_and_says_what_enter_does() -> None:
    """Seven pages naming no outlet are seven articles, not one source (ux60, in-amenas:
    "10 passages in 2 sources")."""
    assert xref_subtitle(10, 8) == "10 passages in 8 articles · Enter opens"
    assert xref_subtitle(1, 1) == "1 passage in 1 article · Enter opens"
    assert xref_subtitle(0, 0) == ""


async def test_the_cross_reference_subtitle_on_the_seeds(seeds: Path) -> None:
    app = make_app([seeds])
    async with app.run_test(size=(100, 40)) as pilot:
        await ready(pilot)
        await pilot.press("t")
        await pilot.pause()
        await pilot.press("x")
        await settle(pilot)
        passages = app.screen.query_one("#passages", NavList)
        assert str(passages.border_subtitle).endswith("articles · Enter opens")


async def test_a_note_typed_right_after_a_keeps_every_letter(seeds: Path) -> None:
    """Typed fast, the note's letters reached the main screen before the dialog was in front
    and were all lost (some ran as commands). They now land in the note."""
    app = make_app([seeds])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("r")
        await pilot.pause()
        burst(pilot, "a", *"quick note")
        await settle(pilot)
        assert isinstance(app.screen, AddBookmarkScreen)
        assert app.screen.query_one("#note", TextArea).text == "quick note"


async def test_keys_typed_right_after_t_move_in_the_timeline(seeds: Path) -> None:
    app = make_app([seeds])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        burst(pilot, "T", "j", "j")
        await settle(pilot)
        assert isinstance(app.screen, TimelineScreen)
        listed = app.screen.query_one(NavList)
        first = next(i for i, o in enumerate(listed._options) if not o.disabled)
        assert listed.highlighted is not None and listed.highlighted > first
