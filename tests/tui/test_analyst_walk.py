"""What an analyst trying the app keyboard-only ran into (ux60), each pinned by a pilot test.

The seeds are five English articles, so the filter tests type their language code.
"""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input
from tui.apptools import make_app, ready, screen_text

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
