"""Layout and wording, as a first real user in tmux at 80×24 and 200×50 saw them.

Each test pins one rough edge found by hand: wrapped list lines running back to the pane's
edge, lines cut under a late scrollbar, dashes for missing values, panes squeezed in short
terminals, notifications that said one thing twice.
"""

from __future__ import annotations

from pathlib import Path

from tui.apptools import Recorder, line_after, make_app, ready, screen_text, settle

from briefing.tui.widgets.search import SearchPane


async def test_wrapped_titles_and_snippets_keep_a_hanging_indent_at_80_columns(
    seeds: Path,
) -> None:
    """Wrapped back to the pane's edge, a title's last word read like the next entry; since
    issue 13 a source's title is one line cut after a word, and snippets still hang."""
    app = make_app([seeds])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("s")
        await pilot.pause()
        title = next(x for x in screen_text(app).splitlines() if "Putin hails Russia-" in x)
        assert title.rstrip(" ┃│").endswith(" during…"), title  # whole words, then "…"
        after_title = line_after(screen_text(app), "Putin hails Russia-Tajikistan ties")
        assert after_title[1:].startswith(" ● The Associated Press"), after_title
        await pilot.press("r", "slash", *"migration")
        await settle(pilot)
        after_snippet = line_after(screen_text(app), "…of issues including")
        assert after_snippet[1:].startswith("    ") and after_snippet[5] != " ", after_snippet


async def test_the_last_search_result_line_is_not_clipped_under_a_scrollbar(seeds: Path) -> None:
    """At 80×24 the results list scrolls; its last wrapped line ("…held in St. Petersburg")
    used to be cut off when the scrollbar appeared after the lines were measured."""
    app = make_app([seeds])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("slash", *"putin")
        await settle(pilot)
        await pilot.press("enter", "end")
        await settle(pilot)
        result = app.screen.query_one(SearchPane).result
        assert result is not None
        last = result.hits[-1].snippets[-1].text.split()[-1]
        search_lines = screen_text(app).splitlines()[-13:-1]
        assert any(last in line for line in search_lines), "\n".join(search_lines)


async def test_missing_outlets_read_as_words_and_counts_agree_in_number(seeds: Path) -> None:

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
    recorder = Recorder()
    app = make_app([seeds])
    async with app.run_test(size=(80, 24), message_hook=recorder) as pilot:
        await ready(pilot)
    notes = recorder.notified()
    about_index = [message for title, message in notes if title == "Index"]
    assert about_index == ["Indexed 5 articles (there was no index yet)."], notes


async def test_cross_reference_titles_wrap_under_themselves_at_80_columns(seeds: Path) -> None:
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
        after = line_after(text, "undated  Putin in Dushanbe")
        indent = 1 + len(" undated  ")  # the option's own padding, then the date column
        assert after[1 : 1 + indent].isspace() and after[1 + indent] != " ", after


async def test_a_bookmarked_quote_wraps_under_its_opening_quote_mark(seeds: Path) -> None:

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

    empty = tmp_path / "empty"
    empty.mkdir()
    app = make_app([empty])
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        text = " ".join(screen_text(app).split())
        assert "Could not open" in text
        assert "choose one in Sources" not in text
        assert "Nothing to read: the briefing could not be opened" in text


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
    app = make_app([seeds])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("slash", *"putin")
        await settle(pilot)
        line = next(x for x in screen_text(app).splitlines() if "5 articles ·" in x)
        assert line.rstrip(" │┃").endswith("…"), line


async def test_searching_in_a_short_terminal_leaves_the_reader_some_lines(seeds: Path) -> None:
    """At 80×14 the search pane took 11 rows and left the reader a border and nothing else."""
    app = make_app([seeds])
    async with app.run_test(size=(80, 14)) as pilot:
        await ready(pilot)
        await pilot.press("slash", *"putin")
        await settle(pilot)
        assert app.screen.query_one("#upper").size.height >= 3  # the list (or reader) stays
        assert app.screen.query_one("#results").size.height >= 1
    async with make_app([seeds]).run_test(size=(80, 24)) as pilot:  # as before at 24 rows
        await ready(pilot)
        await pilot.press("slash", "x")
        await settle(pilot)
        assert pilot.app.screen.query_one("#search").outer_size.height == 11


async def test_the_topics_list_keeps_most_of_its_pane_at_80x24(seeds: Path) -> None:
    app = make_app([seeds])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("t")
        await settle(pilot)
        related = app.screen.query_one("#related")
        assert related.display and related.size.height >= 3
        assert app.screen.query_one("#topics-list").size.height >= 12


async def test_each_source_is_two_clean_lines_from_80_to_250_columns(seeds: Path) -> None:
    """At 120×36 the list was a 22-column strip with titles broken mid-word (issue 13):
    now outlet · date · language on one line and the title on the next, at every width."""
    for width, height in ((80, 24), (100, 30), (120, 36), (160, 48), (250, 60)):
        async with make_app([seeds]).run_test(size=(width, height)) as pilot:
            await ready(pilot)
            lines = screen_text(pilot.app).splitlines()
            index = next((i for i, x in enumerate(lines) if "● The Associ" in x), None)
            assert index is not None, (width, "\n".join(lines))
            head, title = lines[index], lines[index + 1]
            assert "2025-10-08" in head, (width, head)
            assert title[1:].lstrip().startswith("Putin is in Tajikistan"), (width, title)
            assert lines[index + 2][1:].lstrip().startswith("●"), (width, lines[index + 2])
            pane = pilot.app.screen.query_one("#sources")
            assert "…" not in str(pane.border_title), (width, pane.border_title)
