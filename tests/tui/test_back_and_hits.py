"""Issue 13, points 1–2 and 4: back means back, and hits across the packet.

A newsboat/lnav user expects q to close the view in front and Esc to return to the list an
article was opened from, at the same item; ``n`` to go on from one article's last hit to the
next article's first. Driven with Pilot over the real app and the real façade (a copy of the
seeds, or a two-article packet written here whose word counts are known).
"""

from __future__ import annotations

from pathlib import Path

from tui.apptools import Recorder, make_app, ready, settle

from briefing.tui.screens.discrepancies import ClaimList, DiscrepanciesScreen
from briefing.tui.screens.main import MainScreen
from briefing.tui.screens.timeline import TimelineScreen
from briefing.tui.widgets.navlist import NavList
from briefing.tui.widgets.reader import Reader
from briefing.tui.widgets.search import SearchInput, SearchPane


def _two_articles(root: Path) -> Path:
    """Two articles, neither a seed: "quokka" twice in the first, three times in the second."""
    folder = root / "packet"
    folder.mkdir()
    (folder / "a.md").write_text(
        "---\ntitle: Island survey\nsource: Coast Gazette\ndate: 2024-03-01\n---\n\n"
        "A quokka was counted near the jetty.\n\nRangers saw a second quokka later.\n",
        encoding="utf-8",
    )
    (folder / "b.md").write_text(
        "---\ntitle: Ferry notes\nsource: Harbour Times\ndate: 2024-03-02\n---\n\n"
        "The quokka is small.\n\nEvery quokka on the ferry path was fed.\n\n"
        "No quokka was harmed.\n",
        encoding="utf-8",
    )
    return folder


def _highlighted_id(listing: NavList) -> str | None:
    index = listing.highlighted
    return None if index is None else listing.get_option_at_index(index).id


async def test_timeline_jump_then_esc_and_q_return_to_the_same_statement(seeds: Path) -> None:
    app = make_app([seeds])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("T")
        await settle(pilot)
        assert isinstance(app.screen, TimelineScreen)
        await pilot.press("j", "j", "j")
        listing = app.screen.query_one("#timeline", NavList)
        left_at = _highlighted_id(listing)
        await pilot.press("enter")
        await settle(pilot)
        main = app.screen
        assert isinstance(main, MainScreen) and main.pane == "reader"
        assert main.active_bindings["q"].binding.description == "back"  # the footer: q back
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, TimelineScreen)
        assert _highlighted_id(app.screen.query_one("#timeline", NavList)) == left_at
        await pilot.press("enter")  # again, and back with q this time
        await settle(pilot)
        await pilot.press("q")
        await settle(pilot)
        assert isinstance(app.screen, TimelineScreen) and app.is_running
        await pilot.press("q")  # closes the timeline: the top level
        await settle(pilot)
        assert isinstance(app.screen, MainScreen) and app.is_running
        await pilot.press("T")  # reopens where it was left
        await settle(pilot)
        assert _highlighted_id(app.screen.query_one("#timeline", NavList)) == left_at
        await pilot.press("q", "q")
        await pilot.pause()
    assert app.return_code == 0


async def test_discrepancy_quote_jump_then_esc_returns_to_the_quote(seeds: Path) -> None:
    app = make_app([seeds])
    async with app.run_test(size=(120, 36)) as pilot:
        await ready(pilot)
        await pilot.press("D")
        await settle(pilot)
        assert isinstance(app.screen, DiscrepanciesScreen)
        await pilot.press("j", "enter")  # the second discrepancy's quotes
        await settle(pilot)
        assert isinstance(app.screen.focused, ClaimList)
        shown = app.screen.shown
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, DiscrepanciesScreen) and app.screen.shown == shown
        assert isinstance(app.screen.focused, ClaimList)


async def test_esc_returns_to_the_search_result_and_to_the_source_opened(seeds: Path) -> None:
    app = make_app([seeds])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        screen = app.screen
        # From the source list (in front at 80×24): Enter, then Esc back to the same source.
        await pilot.press("j", "j", "enter")
        await settle(pilot)
        assert screen.pane == "reader"
        await pilot.press("escape")
        await settle(pilot)
        sources = screen.query_one("#sources-list", NavList)
        assert screen.pane == "sources" and screen.focused is sources
        assert sources.highlighted == 2
        # From the results: Enter on the third line, then Esc back to that line.
        await pilot.press("slash", *"putin", "enter")
        await settle(pilot)
        await pilot.press("j", "j", "enter")
        await settle(pilot)
        results = screen.query_one("#results", NavList)
        chosen = results.highlighted
        assert screen.focused is screen.query_one(Reader).body
        await pilot.press("escape")
        await settle(pilot)
        assert screen.focused is results and results.highlighted == chosen


async def test_n_goes_on_to_the_next_articles_hits_and_says_when_it_wraps(
    tmp_path: Path,
) -> None:
    recorder = Recorder()
    app = make_app([_two_articles(tmp_path)])
    async with app.run_test(size=(100, 30), message_hook=recorder) as pilot:
        await ready(pilot)
        await pilot.press("slash", *"quokka", "enter", "enter")
        await settle(pilot)
        reader = app.screen.query_one(Reader)
        hits = app.screen.query_one(SearchPane).result.hits
        assert [len(h.spans) for h in hits] in ([2, 3], [3, 2])
        first, second = hits
        assert reader.article is not None and reader.article.id == first.article_id
        assert reader.border_subtitle == f"search hit 1/{len(first.spans)} · 1 of 5 in 2 articles"
        for _ in range(len(first.spans)):
            await pilot.press("n")
            await settle(pilot)
        assert reader.article.id == second.article_id
        assert reader.border_subtitle.startswith(f"search hit 1/{len(second.spans)} · ")
        assert f"hit {len(first.spans) + 1} of 5 · 2 articles" in recorder.said()
        await pilot.press("N")  # back over the edge: the first article's last hit
        await settle(pilot)
        assert reader.article.id == first.article_id
        assert reader.border_subtitle.startswith(f"search hit {len(first.spans)}/")
        for _ in range(len(first.spans) + len(second.spans) - 1):
            await pilot.press("n")
            await settle(pilot)
        await pilot.press("n")  # past the very last hit: back to the first, and said so
        await settle(pilot)
        assert reader.article.id == first.article_id
        assert "Wrapped to the first result: hit 1 of 5 · 2 articles" in recorder.said()


async def test_one_article_in_the_summary_is_singular(tmp_path: Path) -> None:
    app = make_app([_two_articles(tmp_path)])
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await pilot.press("slash", *"jetty")
        await settle(pilot)
        status = str(app.screen.query_one("#search-status").render())
        assert "1 article " in status + " " and "1 articles" not in status


async def test_the_suggestion_leaves_the_cursor_at_the_end(seeds: Path) -> None:
    app = make_app([seeds])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("slash", *"hydropowr")
        await settle(pilot)
        assert app.screen.query_one(SearchPane).result.suggestion == "hydropower"
        await pilot.press("ctrl+y")
        await settle(pilot)
        await pilot.press("x")
        await pilot.pause()
        assert app.screen.query_one(SearchInput).value == "hydropowerx"


async def test_the_search_pane_takes_rows_only_while_in_use(seeds: Path) -> None:
    for size in ((80, 24), (160, 48)):
        async with make_app([seeds]).run_test(size=size) as pilot:
            await ready(pilot)
            pane = pilot.app.screen.query_one("#search")
            assert pane.outer_size.height == 3, size  # the box alone
            await pilot.press("slash", *"putin")
            await settle(pilot)
            assert pane.outer_size.height > 4, size
            await pilot.press("escape")
            await settle(pilot)
            assert pane.outer_size.height >= 4, size  # results still shown: the summary
