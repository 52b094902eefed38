"""Search pane, topics panel and the cross-reference screen, and the messages between them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from textual.widgets import Input
from tui.apptools import Recorder, make_app, ready, screen_text, settle

from briefing.model import SearchResult
from briefing.tui.messages import ArticleChosen, SearchRequested, TopicChosen
from briefing.tui.screens import loading
from briefing.tui.screens.help import HelpScreen
from briefing.tui.screens.xref import CrossRefScreen
from briefing.tui.widgets.navlist import NavList
from briefing.tui.widgets.reader import Reader
from briefing.tui.widgets.search import SearchPane
from briefing.tui.widgets.sources import SourceList
from briefing.tui.widgets.topics import TopicsPane


async def _search(pilot: Pilot[Any], query: str) -> None:
    await pilot.press("slash", *query)
    await settle(pilot)


async def test_search_as_you_type_groups_results_and_counts_sources(seeds: Path) -> None:
    recorder = Recorder()
    app = make_app([seeds])
    async with app.run_test(size=(160, 48), message_hook=recorder) as pilot:
        await ready(pilot)
        await _search(pilot, "migration")
        queries = [m.query for m in recorder.of(SearchRequested)]
        assert queries[-1] == "migration"
        assert "migr" in queries  # a search per keystroke
        pane = app.screen.query_one(SearchPane)
        assert pane.result is not None and pane.result.query == "migration"
        assert pane.result.hits
        text = screen_text(app)
        assert f"{pane.result.total} articles" in text
        for hit in pane.result.hits[:2]:
            assert hit.title is not None and hit.title[:20] in text


async def test_enter_opens_the_article_at_the_hit_and_n_walks_hits(seeds: Path) -> None:
    recorder = Recorder()
    app = make_app([seeds])
    async with app.run_test(size=(160, 48), message_hook=recorder) as pilot:
        await ready(pilot)
        await _search(pilot, "migration")
        await pilot.press("enter")  # leave the box for the results
        assert isinstance(app.screen.focused, NavList)
        await pilot.press("enter")  # the first article's header line
        await settle(pilot)
        chosen = recorder.of(ArticleChosen)[-1]
        hit = app.screen.query_one(SearchPane).result.hits[0]
        assert chosen.article_id == hit.article_id
        assert chosen.marks == hit.spans and chosen.span == hit.spans[0]
        reader = app.screen.query_one(Reader)
        assert reader.article is not None and reader.article.id == hit.article_id
        total = len(hit.spans)
        # Labelled as what they count: this article's hits, then the place among all hits.
        assert reader.border_subtitle.startswith(f"search hit 1/{total} · 1 of ")
        if total > 1:
            await pilot.press("n")
            await pilot.pause()
            assert reader.border_subtitle.startswith(f"search hit 2/{total} · 2 of ")
            await pilot.press("N")
            await pilot.pause()
            assert reader.border_subtitle.startswith(f"search hit 1/{total} · 1 of ")


async def test_snippet_line_scrolls_the_reader_to_its_hit(seeds: Path) -> None:
    app = make_app([seeds])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await _search(pilot, "hydropower")
        pane = app.screen.query_one(SearchPane)
        hit = pane.result.hits[0]
        assert hit.snippets
        await pilot.press("enter", "down", "enter")  # header, then its first snippet
        await settle(pilot)
        reader = app.screen.query_one(Reader)
        snippet = hit.snippets[0]
        start = snippet.offset + snippet.highlights[0][0]
        line = reader.body.line_of(snippet.paragraph, start)
        assert line is not None and line > 10  # far enough down that scrolling was needed
        top = reader.body.scroll_y
        assert top <= line < top + reader.body.scrollable_content_region.height


async def test_did_you_mean_is_one_key_away(seeds: Path) -> None:
    app = make_app([seeds])
    async with app.run_test(size=(160, 48)) as pilot:
        await ready(pilot)
        await _search(pilot, "hydropowr")
        assert "Did you mean hydropower?" in screen_text(app)
        assert app.screen.check_action("accept_suggestion", ()) is True
        await pilot.press("ctrl+y")
        await settle(pilot)
        assert app.screen.query_one("#query", Input).value == "hydropower"
        pane = app.screen.query_one(SearchPane)
        assert pane.result is not None and pane.result.hits


async def test_search_results_never_rebuild_the_footer(seeds: Path) -> None:
    """Telling the footer rebuilds every key it shows (40 ms of the UI thread per result at
    1,005 articles, issue 15), so search as you type never does, not even when a did-you-mean
    comes or goes: its key is on its own result line, and ctrl+y follows the suggestion."""
    from textual.widgets import Footer

    app = make_app([seeds])
    async with app.run_test(size=(160, 48)) as pilot:
        await ready(pilot)
        screen = app.screen
        told: list[bool | None] = []
        real = screen.refresh_bindings

        def refresh_bindings() -> None:
            told.append(screen.check_action("accept_suggestion", ()))
            real()

        screen.refresh_bindings = refresh_bindings
        pane = screen.query_one(SearchPane)
        footer = screen.query_one(Footer)
        for query, suggested in (
            ("hydropower", False),
            ("hydropowr", True),
            ("hydropowr dam", True),
            ("hydropower", False),
        ):
            pane.set_query(query)
            await settle(pilot)
            assert screen.check_action("accept_suggestion", ()) is suggested
            assert "did you mean" not in " ".join(str(key.render()) for key in footer.children)
        assert told == []
        pane.set_query("hydropowr")
        await settle(pilot)
        assert "Did you mean hydropower?  (ctrl+y)" in str(
            pane.query_one("#results", NavList).get_option_at_index(0).prompt
        )


async def test_search_error_is_shown_as_a_message(seeds: Path) -> None:
    app = make_app([seeds])
    async with app.run_test(size=(160, 48)) as pilot:
        await ready(pilot)
        await _search(pilot, "(((")
        pane = app.screen.query_one(SearchPane)
        assert pane.result is not None and pane.result.error
        assert pane.result.error in " ".join(screen_text(app).split())
        assert app.is_running


async def test_stale_search_results_are_dropped(seeds: Path) -> None:
    app = make_app([seeds])
    async with app.run_test(size=(160, 48)) as pilot:
        await ready(pilot)
        await _search(pilot, "migration")
        screen = app.screen
        pane = screen.query_one(SearchPane)
        current = pane.result
        stale = SearchResult(query="migr", total=0)
        screen.post_message(loading.Searched(screen._search_generation - 1, stale))
        await pilot.pause()
        assert pane.result is current


async def test_question_mark_in_empty_search_box_shows_query_syntax(seeds: Path) -> None:
    app = make_app([seeds])
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await pilot.press("slash", "question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = screen_text(app)
        assert text.index("Search syntax") < text.index("Keys")
        await pilot.press("question_mark")  # closes help again
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen) and app.is_running
        await pilot.press(*"migra", "question_mark")  # ? inside a query is the wildcard
        await pilot.pause()
        assert app.screen.query_one("#query", Input).value == "migra?"


async def test_topics_grouped_with_counts_and_choosing_filters_sources(seeds: Path) -> None:
    recorder = Recorder()
    app = make_app([seeds])
    async with app.run_test(size=(160, 48), message_hook=recorder) as pilot:
        await ready(pilot)
        screen = app.screen
        topics = screen.topics
        assert topics
        # A person: the main event heading the list is a long line the pane cuts.
        first = next(t for t in topics if t.kind == "person")
        text = screen_text(app)
        assert f"{first.name}  {len(first.articles)}·{len(first.mentions)}" in text
        assert screen.check_action("clear_topic", ()) is False
        pane = screen.query_one(TopicsPane)
        options = pane.query_one("#topics-list", NavList)
        await pilot.press("t")
        options.highlighted = options.get_option_index(first.id)
        await pilot.press("enter")
        await settle(pilot)
        assert recorder.of(TopicChosen)[-1].topic_id == first.id
        sources = screen.query_one(SourceList)
        assert set(sources.order) == set(first.articles)
        assert first.name in str(sources.border_title)
        assert screen.check_action("clear_topic", ()) is True
        await pilot.press("c")
        await pilot.pause()
        assert len(sources.order) == 5


async def test_topic_filter_as_you_type(seeds: Path) -> None:
    app = make_app([seeds])
    async with app.run_test(size=(160, 48)) as pilot:
        await ready(pilot)
        topics = app.screen.topics
        # A person's name, typed as a user would (the main event's name has dashes and dates).
        person = next(t for t in topics if t.kind == "person")
        app.screen.query_one("#topics-filter", Input).focus()
        await pilot.press(*person.name.lower())
        await pilot.pause()
        options = app.screen.query_one("#topics-list", NavList)
        shown = [options.get_option_at_index(i) for i in range(options.option_count)]
        ids = [o.id for o in shown if o.id is not None]
        assert person.id in ids and len(ids) < len(topics)


async def test_cross_reference_lists_passages_and_jumps_into_the_reader(seeds: Path) -> None:
    recorder = Recorder()
    app = make_app([seeds])
    async with app.run_test(size=(160, 48), message_hook=recorder) as pilot:
        await ready(pilot)
        topic = app.screen.topics[0]
        options = app.screen.query_one("#topics-list", NavList)
        await pilot.press("t")
        options.highlighted = options.get_option_index(topic.id)
        await pilot.pause()
        await pilot.press("x")
        await settle(pilot)
        assert isinstance(app.screen, CrossRefScreen)
        text = screen_text(app)
        assert f"Cross-reference: {topic.name}" in text
        assert "passages in" in text and "Often mentioned with" in text
        passages = app.screen.query_one("#passages", NavList)
        assert app.screen.focused is passages
        await pilot.press("enter")
        await settle(pilot)
        assert not isinstance(app.screen, CrossRefScreen)
        reader = app.screen.query_one(Reader)
        assert reader.article is not None and reader.article.id in topic.articles
        assert reader.border_subtitle.startswith("mention 1/")


async def test_cross_reference_backs_out_with_a_letter_or_q_and_capital_q_quits(
    seeds: Path,
) -> None:
    app = make_app([seeds])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("t", "j", "x")
        await settle(pilot)
        assert isinstance(app.screen, CrossRefScreen)
        await pilot.press("x")
        await pilot.pause()
        assert not isinstance(app.screen, CrossRefScreen) and app.is_running
        await pilot.press("x")
        await settle(pilot)
        assert isinstance(app.screen, CrossRefScreen)
        await pilot.press("q")  # closes the screen in front, as in less and newsboat
        await pilot.pause()
        assert not isinstance(app.screen, CrossRefScreen) and app.is_running
        await pilot.press("x")
        await settle(pilot)
        await pilot.press("Q")
        await pilot.pause()
    assert app.return_code == 0


async def test_n_walks_the_chosen_topics_mentions(seeds: Path) -> None:
    app = make_app([seeds])
    async with app.run_test(size=(160, 48)) as pilot:
        await ready(pilot)
        topic = app.screen.topics[0]
        await pilot.press("t", "enter")
        await settle(pilot)
        reader = app.screen.query_one(Reader)
        assert reader.article is not None
        count = sum(1 for m in topic.mentions if m.article_id == reader.article.id)
        assert count >= 1
        assert reader.border_subtitle == f"mention –/{count}"
        await pilot.press("n")
        await pilot.pause()
        assert reader.border_subtitle == f"mention 1/{count}"
