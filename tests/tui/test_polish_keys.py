"""Keys and feedback, as a first real user in tmux at 80×24 and 200×50 ran into them.

Each test pins one rough edge found by hand: keys lost when typed fast, keys that did nothing
without a word, a footer that clipped "q quit", letters that ran commands where the user meant
to type a filter. Fast typing is simulated with ``burst`` (keys queued all at once).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.widgets import Input
from tui.apptools import Recorder, burst, make_app, ready, screen_text, settle

from briefing.tui.messages import ArticleChosen
from briefing.tui.widgets.search import SearchPane


async def test_enter_twice_quickly_in_the_search_box_opens_the_first_hit(seeds: Path) -> None:
    recorder = Recorder()
    app = make_app([seeds])
    async with app.run_test(size=(80, 24), message_hook=recorder) as pilot:
        await ready(pilot)
        burst(pilot, "slash", *"migration", "enter", "enter")
        await settle(pilot)
        await settle(pilot)
        chosen = recorder.of(ArticleChosen)
        assert chosen, "the second Enter was lost"
        result = app.screen.query_one(SearchPane).result
        assert result is not None and result.query == "migration"
        assert chosen[-1].article_id == result.hits[0].article_id
        assert app.screen.focused is app.screen.query_one("#article")


def _screen_classes() -> list[type[Any]]:
    from briefing.tui.screens.bookmarks import BookmarksScreen
    from briefing.tui.screens.dialogs import ConfirmDialog, NoteDialog
    from briefing.tui.screens.discrepancies import DiscrepanciesScreen
    from briefing.tui.screens.export import ExportDialog
    from briefing.tui.screens.help import HelpScreen
    from briefing.tui.screens.timeline import TimelineScreen
    from briefing.tui.screens.xref import CrossRefScreen

    return [
        BookmarksScreen,
        ConfirmDialog,
        NoteDialog,
        DiscrepanciesScreen,
        ExportDialog,
        HelpScreen,
        TimelineScreen,
        CrossRefScreen,
    ]


def test_every_key_id_of_every_screen_may_be_remapped_without_a_complaint(tmp_path: Path) -> None:
    from textual.binding import Binding

    from briefing.config import load_config
    from briefing.tui.app import remappable_ids

    ids = {
        binding.id
        for screen in _screen_classes()
        for binding in screen.BINDINGS
        if isinstance(binding, Binding) and binding.id
    }
    assert {"note_save", "confirm_yes", "timeline_back", "export_cancel"} <= ids
    assert ids <= remappable_ids()
    lines = "\n".join(f'{name} = "ctrl+{n % 10}"' for n, name in enumerate(sorted(ids)))
    (tmp_path / "config.toml").write_text(f"[keys]\n{lines}\n", encoding="utf-8")
    config = load_config(tmp_path / "config.toml", known_ids=remappable_ids())
    assert config.problems == ()
    assert set(config.keys) == ids


def test_q_and_capital_q_mean_the_same_on_every_screen(tmp_path: Path) -> None:
    """q closes the screen in front and Q quits, on every screen that has them, under one id
    each, so remapping ``close_screen`` or ``quit_all`` moves them everywhere (issue 13)."""
    from textual.binding import Binding

    from briefing.tui.screens.bookmarks import BookmarksScreen
    from briefing.tui.screens.discrepancies import DiscrepanciesScreen
    from briefing.tui.screens.help import HelpScreen
    from briefing.tui.screens.timeline import TimelineScreen
    from briefing.tui.screens.xref import CrossRefScreen

    for screen in _screen_classes():
        for binding in screen.BINDINGS:
            if isinstance(binding, Binding) and binding.action == "app.quit":
                assert binding.id == "quit_all", screen.__name__
    closing = (BookmarksScreen, DiscrepanciesScreen, HelpScreen, TimelineScreen, CrossRefScreen)
    for screen in closing:
        by_key = {b.key: b for b in screen.BINDINGS if isinstance(b, Binding)}
        assert by_key["q"].id == "close_screen", screen.__name__
        assert by_key["q"].action in ("back", "close"), screen.__name__
        assert by_key["Q"].id == "quit_all", screen.__name__


async def test_a_remapped_dialog_key_works_in_the_dialog(seeds: Path) -> None:
    from briefing.config import Config
    from briefing.tui.screens.dialogs import NoteDialog

    app = make_app([seeds], config=Config(keys={"note_save": "ctrl+w"}))
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, NoteDialog)
        await pilot.press(*"kept", "ctrl+w")
        await settle(pilot)
        assert not isinstance(app.screen, NoteDialog)
        store = app.screen._bookmarks()
        assert [b.note for b in store.all()] == ["kept"]


async def test_f_in_the_topics_list_filters_topics_instead_of_running_letters(seeds: Path) -> None:
    """At 80×24, ``t`` then typing a name used to run r (reader) and a (bookmark dialog)."""
    from briefing.tui.widgets.topics import TopicsPane

    app = make_app([seeds])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("t", "f", *"rahmon")
        await pilot.pause()
        pane = app.screen.query_one(TopicsPane)
        box = pane.query_one("#topics-filter", Input)
        assert app.screen.focused is box and box.value == "rahmon"
        assert pane.border_subtitle.startswith("1/")
        await pilot.press("enter", "enter")  # to the list, then choose the topic
        await settle(pilot)
        assert app.screen.topic_id is not None
        assert "Rahmon" in str(app.screen.query_one("#sources").border_title)


async def test_f_in_the_sources_list_filters_sources(seeds: Path) -> None:

    from briefing.tui.widgets.sources import SourceList

    app = make_app([seeds])
    async with app.run_test(size=(160, 48)) as pilot:
        await ready(pilot)
        await pilot.press("s", "f", *"zamin")
        await pilot.pause()
        sources = app.screen.query_one(SourceList)
        assert app.screen.focused is sources.query_one("#sources-filter", Input)
        assert len(sources.order) == 1
        assert app.screen.query_one("#find", Input).display is False  # the reader's find stays shut


async def test_help_and_quit_stay_in_the_footer_at_80_columns(seeds: Path) -> None:
    """With a hit open and a topic chosen the footer overflowed 80 columns and clipped "q quit"."""
    app = make_app([seeds])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        footer = screen_text(app).splitlines()[-1]
        assert "? help" in footer and "q quit" in footer, footer
        await pilot.press("t", "enter", "r", "slash", *"migration", "enter", "enter")
        await settle(pilot)
        assert app.screen.topic_id is not None
        assert app.screen.query_one("#reader").marks
        footer = screen_text(app).splitlines()[-1]
        assert "? help" in footer and "q quit" in footer, footer
        assert "n next hit" in footer


async def test_x_is_offered_for_a_chosen_topic_or_the_one_under_the_cursor_only(
    seeds: Path,
) -> None:
    """The topics list's cursor is on its first topic from the start; x must not offer that
    topic while the list is out of sight."""
    app = make_app([seeds])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        assert app.screen.check_action("cross_ref", ()) is False
        await pilot.press("t")
        await pilot.pause()
        assert app.screen.check_action("cross_ref", ()) is True
        await pilot.press("r")
        await pilot.pause()
        assert app.screen.check_action("cross_ref", ()) is False
        await pilot.press("t", "enter", "r")
        await pilot.pause()
        assert app.screen.check_action("cross_ref", ()) is True


async def test_the_palette_shows_the_key_of_each_command(seeds: Path) -> None:
    """The palette is where a new user looks for a command; it should teach its key too."""
    from briefing.config import Config

    app = make_app([seeds], config=Config(keys={"timeline": "ctrl+t"}))
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("ctrl+p", *"time")
        await settle(pilot)
        assert "timeline  ctrl+t" in screen_text(app)
        await pilot.press("ctrl+u", *"sort")
        await settle(pilot)
        assert "sort  o" in screen_text(app)


async def test_help_pages_with_the_reader_keys_and_explains_terse_footer_words(
    seeds: Path,
) -> None:
    """Help is longer than 24 lines and G did nothing; "x-ref" and "all topics" said little."""
    from textual.containers import VerticalScroll

    from briefing.tui.screens.help import HelpScreen

    app = make_app([seeds])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = screen_text(app)
        assert "q  " in text and "close the screen in front" in text  # q, Esc, Tab first
        body = app.screen.query_one("#help-body", VerticalScroll)
        for _ in range(6):
            await pilot.press("space")
            await pilot.pause()
            text += screen_text(app)
        assert "cross-reference the topic: every passage" in text
        assert "find in the article; in the sources or topics" in text
        await pilot.press("g")
        await pilot.pause()
        assert body.max_scroll_y > 0
        await pilot.press("G")
        await pilot.pause()
        assert body.scroll_y == body.max_scroll_y
        await pilot.press("g")
        await pilot.pause()
        assert body.scroll_y == 0
        await pilot.press("space")
        await pilot.pause()
        assert body.scroll_y > 1


async def test_a_key_that_cannot_act_now_says_why(seeds: Path) -> None:
    """n with nothing to step through, x with no topic, c with no topic filter: silence read
    as a broken key."""
    recorder = Recorder()
    app = make_app([seeds])
    async with app.run_test(size=(80, 24), message_hook=recorder) as pilot:
        await ready(pilot)
        before = len(recorder.said())
        await pilot.press("n", "x", "c")
        await pilot.pause()
        new = recorder.said()[before:]
        assert any(m.startswith("Nothing to step through") for m in new), new
        assert any(m.startswith("Choose a topic first") for m in new), new
        assert any(m.startswith("No topic is chosen") for m in new), new
        count = len(recorder.said())
        await pilot.press("slash", *"nxc")  # typed into the search box: no complaints
        await settle(pilot)
        assert len(recorder.said()) == count
        await pilot.press("escape", "escape")
        await pilot.pause()
        await pilot.press("slash", *"migration", "enter", "enter")
        await settle(pilot)
        count = len(recorder.said())
        await pilot.press("n")  # possible now: it moves, and says nothing
        await pilot.pause()
        assert len(recorder.said()) == count


async def test_sorting_out_of_sight_says_so(seeds: Path) -> None:
    """At 80×24 o in the reader changed the hidden sources list and showed nothing."""
    recorder = Recorder()
    app = make_app([seeds])
    async with app.run_test(size=(80, 24), message_hook=recorder) as pilot:
        await ready(pilot)
        await pilot.press("r", "o")
        await pilot.pause()
        assert "Sources now sorted by outlet." in recorder.said()
        await pilot.press("s", "o")  # in sight: the pane's title says it
        await pilot.pause()
        assert "Sources now sorted by title." not in recorder.said()
        assert "by title" in str(app.screen.query_one("#sources").border_title)


async def test_typing_in_a_box_the_footer_offers_only_keys_that_work_there(seeds: Path) -> None:
    """In the search box ? / and f are typed, so "? help", "/ search", "f find" misled."""
    from briefing.tui.screens.help import HelpScreen

    app = make_app([seeds])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("slash", *"fa?/")
        await settle(pilot)
        box = app.screen.query_one("#query", Input)
        assert box.value == "fa?/"  # typed, not run
        footer = screen_text(app).splitlines()[-1]
        assert "f1 help" in footer and "? help" not in footer, footer
        assert "/ search" not in footer and "f find" not in footer, footer
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape", "escape")
        await pilot.pause()
        footer = screen_text(app).splitlines()[-1]
        assert "? help" in footer and "/ search" in footer, footer


async def test_choosing_a_topic_at_80_columns_says_what_happened_out_of_sight(
    seeds: Path,
) -> None:
    recorder = Recorder()
    app = make_app([seeds])
    async with app.run_test(size=(80, 24), message_hook=recorder) as pilot:
        await ready(pilot)
        await pilot.press("t", "f", *"rahmon", "enter", "enter")
        await settle(pilot)
        messages = recorder.said()
        assert "5 sources mention Emomali Rahmon: s shows them, c clears." in messages, messages


async def test_lists_move_with_the_readers_g_G_space_and_b(tmp_path: Path) -> None:
    from briefing.tui.widgets.navlist import NavList

    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(30):
        (folder / f"a{n:02}.md").write_text(f"# Title {n}\n\nText {n}.\n", encoding="utf-8")
    app = make_app([folder])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("s")
        await pilot.pause()
        listing = app.screen.query_one("#sources-list", NavList)
        await pilot.press("G")
        assert listing.highlighted == listing.option_count - 1
        await pilot.press("g")
        assert listing.highlighted == 0
        await pilot.press("space")
        assert (listing.highlighted or 0) > 3
        await pilot.press("b")
        assert listing.highlighted == 0
        assert app.screen.query_one("#reader").article.id == "a00"  # nothing opened on the way
