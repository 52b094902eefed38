"""What a first real user ran into in tmux at 80×24 and 200×50, each pinned by a test.

Keys typed faster than the app handles them are sent in one burst straight to the driver
(``burst``): ``pilot.press`` waits for the app to go idle after every key, which hides exactly
the races a fast typist or a paste hits in a real terminal.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual import events
from textual.pilot import Pilot
from tui.apptools import Recorder, make_app, ready, settle

from briefing.tui.messages import ArticleChosen
from briefing.tui.widgets.search import SearchPane

CHARACTERS = {"enter": "\r", "escape": "\x1b", "slash": "/", "space": " "}


def burst(pilot: Pilot[Any], *keys: str) -> None:
    """Queue every key at once, as a terminal delivers a fast typist's keys or a paste."""
    driver = pilot.app._driver
    assert driver is not None
    for key in keys:
        character = CHARACTERS.get(key, key if len(key) == 1 else None)
        event = events.Key(key, character)
        event.set_sender(pilot.app)
        driver.send_message(event)


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


def test_q_on_every_screen_shares_the_one_quit_id(tmp_path: Path) -> None:
    """Remapping ``quit`` moves quitting everywhere, not only on the main screen."""
    from textual.binding import Binding

    for screen in _screen_classes():
        for binding in screen.BINDINGS:
            if isinstance(binding, Binding) and binding.action in ("app.quit", "quit"):
                assert binding.id == "quit", screen.__name__


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
    from textual.widgets import Input

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
    from textual.widgets import Input

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
    from tui.apptools import screen_text

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


def _line_after(screen: str, needle: str) -> str:
    lines = screen.splitlines()
    index = next(i for i, line in enumerate(lines) if needle in line)
    return lines[index + 1]


async def test_wrapped_titles_and_snippets_keep_a_hanging_indent_at_80_columns(
    seeds: Path,
) -> None:
    """Wrapped back to the pane's edge, a title's last word read like the next entry."""
    from tui.apptools import screen_text

    app = make_app([seeds])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("s")
        await pilot.pause()
        after_title = _line_after(screen_text(app), "Putin hails Russia-Tajikistan ties")
        assert after_title.startswith("│   ") and after_title[4] != " ", after_title
        assert "visit" in after_title
        await pilot.press("r", "slash", *"migration")
        await settle(pilot)
        after_snippet = _line_after(screen_text(app), "…of issues including")
        assert after_snippet.startswith("│    ") and after_snippet[5] != " ", after_snippet


async def test_the_last_search_result_line_is_not_clipped_under_a_scrollbar(seeds: Path) -> None:
    """At 80×24 the results list scrolls; its last wrapped line ("…held in St. Petersburg")
    used to be cut off when the scrollbar appeared after the lines were measured."""
    from tui.apptools import screen_text

    app = make_app([seeds])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("slash", *"putin")
        await settle(pilot)
        await pilot.press("enter", "end")
        await pilot.pause()
        result = app.screen.query_one(SearchPane).result
        assert result is not None
        last = result.hits[-1].snippets[-1].text.split()[-1]
        search_lines = screen_text(app).splitlines()[-13:-1]
        assert any(last in line for line in search_lines), "\n".join(search_lines)


async def test_missing_outlets_read_as_words_and_counts_agree_in_number(seeds: Path) -> None:
    from tui.apptools import screen_text

    from briefing.tui.screens.xref import CrossRefScreen

    app = make_app([seeds])
    async with app.run_test(size=(160, 48)) as pilot:
        await ready(pilot)
        await pilot.press("slash", *"migration")
        await settle(pilot)
        text = screen_text(app)
        assert "unknown outlet 1" in text and "— 1" not in text
        rahmon = next(t for t in app.screen.topics if t.name == "Emomali Rahmon")
        assert rahmon.name in rahmon.aliases  # the case the title used to repeat
        options = app.screen.query_one("#topics-list")
        await pilot.press("escape", "t")
        options.highlighted = options.get_option_index(rahmon.id)
        await pilot.press("x")
        await settle(pilot)
        assert isinstance(app.screen, CrossRefScreen)
        text = screen_text(app)
        assert "also: Emomali Rahmon" not in text and "also: Emomali Rakhmon" in text
        assert " 1 passages" not in text and "1 passage" in text


async def test_a_long_article_loses_no_word_under_the_scrollbar(tmp_path: Path) -> None:
    """The first frame wrapped at the full width, then the scrollbar took two columns and cut
    the end of every line (word12 of the first line disappeared)."""
    from tui.apptools import screen_text

    folder = tmp_path / "odd"
    folder.mkdir()
    words = " ".join(f"word{n}" for n in range(3000))
    (folder / "long.md").write_text(f"# Long one\n\n{words}\n", encoding="utf-8")
    (folder / "a_short.md").write_text("# Short\n\nA line.\n", encoding="utf-8")
    app = make_app([folder])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("s", "f", *"short", "enter", "enter")  # opened from the list
        await settle(pilot)
        await pilot.press("s", "f", "ctrl+u", *"long one", "enter", "enter")
        await settle(pilot)
        text = screen_text(app)
        assert "Long one" in text
        shown = set(text.split())
        last = max(int(w[4:]) for w in shown if w.startswith("word") and w[4:].isdigit())
        assert last > 30
        missing = [n for n in range(last) if f"word{n}" not in shown]
        assert missing == [], text


async def test_a_first_launch_says_what_indexing_did_in_one_notification(seeds: Path) -> None:
    app = make_app([seeds])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        notes = [(n.title, n.message) for n in app._notifications]
    about_index = [message for title, message in notes if title == "Index"]
    assert about_index == ["Indexed 5 articles (there was no index yet)."], notes


async def test_the_palette_shows_the_key_of_each_command(seeds: Path) -> None:
    """The palette is where a new user looks for a command; it should teach its key too."""
    from tui.apptools import screen_text

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


async def test_cross_reference_titles_wrap_under_themselves_at_80_columns(seeds: Path) -> None:
    from tui.apptools import screen_text

    from briefing.tui.screens.xref import CrossRefScreen

    app = make_app([seeds])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        tajikistan = next(t for t in app.screen.topics if t.name == "Tajikistan")
        options = app.screen.query_one("#topics-list")
        await pilot.press("t")
        options.highlighted = options.get_option_index(tajikistan.id)
        await pilot.press("x")
        await settle(pilot)
        assert isinstance(app.screen, CrossRefScreen)
        text = screen_text(app)
        assert "│ Often mentioned with" in text  # lined up with the entries, not the border
        after = _line_after(text, "undated  Putin in Dushanbe")
        indent = 1 + len(" undated  ")  # the option's own padding, then the date column
        assert after[1 : 1 + indent].isspace() and after[1 + indent] != " ", after


async def test_help_pages_with_the_reader_keys_and_explains_terse_footer_words(
    seeds: Path,
) -> None:
    """Help is longer than 24 lines and G did nothing; "x-ref" and "all topics" said little."""
    from textual.containers import VerticalScroll
    from tui.apptools import screen_text

    from briefing.tui.screens.help import HelpScreen

    app = make_app([seeds])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = screen_text(app)
        assert "cross-reference the topic: every passage about it" in text
        assert "find in the article; in the sources or topics" in text
        body = app.screen.query_one("#help-body", VerticalScroll)
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

    def said(app: Any) -> list[str]:
        return [n.message for n in app._notifications]

    app = make_app([seeds])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        before = len(said(app))
        await pilot.press("n", "x", "c")
        await pilot.pause()
        new = said(app)[before:]
        assert any(m.startswith("Nothing to step through") for m in new), new
        assert any(m.startswith("Choose a topic first") for m in new), new
        assert any(m.startswith("No topic is chosen") for m in new), new
        count = len(said(app))
        await pilot.press("slash", *"nxc")  # typed into the search box: no complaints
        await settle(pilot)
        assert len(said(app)) == count
        await pilot.press("escape", "escape")
        await pilot.pause()
        await pilot.press("slash", *"migration", "enter", "enter")
        await settle(pilot)
        count = len(said(app))
        await pilot.press("n")  # possible now: it moves, and says nothing
        await pilot.pause()
        assert len(said(app)) == count


async def test_sorting_out_of_sight_says_so(seeds: Path) -> None:
    """At 80×24 o in the reader changed the hidden sources list and showed nothing."""
    app = make_app([seeds])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("o")
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert "Sources now sorted by outlet." in messages
        await pilot.press("s", "o")  # in sight: the pane's title says it
        await pilot.pause()
        assert "Sources now sorted by title." not in [n.message for n in app._notifications]
        assert "by title" in str(app.screen.query_one("#sources").border_title)


async def test_a_bookmarked_quote_wraps_under_its_opening_quote_mark(seeds: Path) -> None:
    from tui.apptools import screen_text

    from briefing.tui.screens.bookmarks import BookmarksScreen

    app = make_app([seeds])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("a", *"note", "ctrl+s")
        await settle(pilot)
        await pilot.press("B")
        await settle(pilot)
        assert isinstance(app.screen, BookmarksScreen)
        lines = screen_text(app).splitlines()
        first = next(i for i, line in enumerate(lines) if "“" in line)
        column = lines[first].index("“") + 1
        after = lines[first + 1]
        assert after[:column].strip("│ ") == "" and after[column] != " ", (lines[first], after)


async def test_a_briefing_that_cannot_open_does_not_invite_choosing_a_source(
    tmp_path: Path,
) -> None:
    from tui.apptools import screen_text

    empty = tmp_path / "empty"
    empty.mkdir()
    app = make_app([empty])
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        text = " ".join(screen_text(app).split())
        assert "Could not open" in text
        assert "choose one in Sources" not in text
        assert "Nothing to read: the briefing could not be opened" in text


async def test_typing_in_a_box_the_footer_offers_only_keys_that_work_there(seeds: Path) -> None:
    """In the search box ? / and f are typed, so "? help", "/ search", "f find" misled."""
    from textual.widgets import Input
    from tui.apptools import screen_text

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
    app = make_app([seeds])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("t", "f", *"rahmon", "enter", "enter")
        await settle(pilot)
        messages = [n.message for n in app._notifications]
        assert "5 sources mention Emomali Rahmon: s shows them, c clears." in messages, messages


def test_an_index_rebuild_reason_already_noted_is_not_repeated() -> None:
    from briefing.model import SyncReport
    from briefing.tui.screens.loading import sync_summary

    reason = "its layout is from version 1 and this program uses version 2"
    report = SyncReport(added=("a", "b"), rebuilt=True, reason=reason)
    noted = (f"The search index will be rebuilt because {reason}.",)
    assert sync_summary(report, said=noted) == "Indexed 2 articles."
    assert sync_summary(report) == f"Indexed 2 articles ({reason})."
    assert sync_summary(SyncReport(added=("a",))) == "Indexed 1 article."
    assert sync_summary(SyncReport(unchanged=3)) is None
    assert sync_summary(SyncReport(reason="index was corrupt")) == "index was corrupt"


async def test_a_search_summary_too_long_for_80_columns_ends_in_an_ellipsis(seeds: Path) -> None:
    """Cut at the border, "… The Caspian Post 1, unknown" read as if that were all."""
    from tui.apptools import screen_text

    app = make_app([seeds])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("slash", *"putin")
        await settle(pilot)
        line = next(x for x in screen_text(app).splitlines() if "5 articles ·" in x)
        assert line.rstrip(" │").endswith("…"), line


async def test_searching_in_a_short_terminal_leaves_the_reader_some_lines(seeds: Path) -> None:
    """At 80×14 the search pane took 11 rows and left the reader a border and nothing else."""
    app = make_app([seeds])
    async with app.run_test(size=(80, 14)) as pilot:
        await ready(pilot)
        await pilot.press("slash", *"putin")
        await settle(pilot)
        assert app.screen.query_one("#article").size.height >= 3
        assert app.screen.query_one("#results").size.height >= 1
    async with make_app([seeds]).run_test(size=(80, 24)) as pilot:  # as before at 24 rows
        await ready(pilot)
        await pilot.press("slash", "x")
        await settle(pilot)
        assert pilot.app.screen.query_one("#search").outer_size.height == 11


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


async def test_the_topics_list_keeps_most_of_its_pane_at_80x24(seeds: Path) -> None:
    app = make_app([seeds])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("t")
        await settle(pilot)
        related = app.screen.query_one("#related")
        assert related.display and related.size.height >= 3
        assert app.screen.query_one("#topics-list").size.height >= 12
