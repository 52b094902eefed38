"""The timeline, discrepancies, bookmarks and export views, driven with Pilot at 80×24.

Each screen is pushed on a tiny host app over a real ``Briefing`` of a copy of the seeds (real
files, real caches in tmp); one test pushes the timeline from the real app's main screen and
hands the result to the main screen's own jump handler, as the wiring will.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from textual.app import App
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Input, Static, TextArea
from tui.apptools import drain, make_app, ready, screen_text, settle

from briefing import paths
from briefing.analysis.calendar import arrange, by_source
from briefing.briefing import Briefing
from briefing.model import Span
from briefing.notes import BookmarkStore
from briefing.tui.analysis_text import entry_target
from briefing.tui.screens import discrepancies as discrepancies_screen
from briefing.tui.screens import timeline as timeline_screen
from briefing.tui.screens.bookmarks import AddBookmarkScreen, BookmarksScreen
from briefing.tui.screens.dialogs import ConfirmDialog
from briefing.tui.screens.discrepancies import ClaimList, DiscrepanciesScreen
from briefing.tui.screens.export import ExportDialog
from briefing.tui.screens.timeline import TimelineScreen
from briefing.tui.widgets.navlist import NavList
from briefing.tui.widgets.reader import Reader

SIZE = (80, 24)


@pytest.fixture(scope="module")
def opened(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Briefing]:
    """The seeds, opened once for the module (analyses cached in the module's own tmp)."""
    root = tmp_path_factory.mktemp("analysis-screens")
    seeds = root / "seeds"
    shutil.copytree(paths.bundled_seeds(), seeds)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("BRIEFING_CACHE_DIR", str(root / "cache"))
        briefing = Briefing.open([seeds], sync=False)
    yield briefing
    briefing.close()


@pytest.fixture
def store(tmp_path: Path) -> BookmarkStore:
    return BookmarkStore.load(tmp_path / "bookmarks")


class Host(App[None]):
    """Pushes one screen and records what it is dismissed with."""

    def __init__(self, make: Callable[[], Screen[Any]]) -> None:
        super().__init__()
        self.make = make
        self.results: list[Any] = []

    def on_mount(self) -> None:
        self.push_screen(self.make(), self.results.append)


async def _loaded(pilot: Pilot[Any]) -> None:
    for _ in range(3):
        await pilot.pause()
        await drain(pilot.app)
    await pilot.pause()


def _text_at(briefing: Briefing, article_id: str, span: Span) -> str:
    return briefing.article(article_id).paragraphs[span.paragraph].text[span.start : span.end]


# ------------------------------------------------------------------ timeline


async def test_timeline_lists_days_in_order_and_marks_undated_statements(
    opened: Briefing,
) -> None:
    calendar = arrange(opened.timeline())
    app = Host(lambda: TimelineScreen(opened))
    async with app.run_test(size=SIZE) as pilot:
        await _loaded(pilot)
        listing = app.screen.query_one("#timeline", NavList)
        prompts = [str(listing.get_option_at_index(i).prompt) for i in range(listing.option_count)]
        everything = "\n".join(prompts)
        days = [f"{d:%A} {d.day} {d:%B %Y}" for d in calendar.days]
        positions = [everything.index(day) for day in days]
        assert positions == sorted(positions)
        assert f"Not dated  {len(calendar.no_day)} statements" in everything
        assert everything.count("? not dated:") == len(calendar.no_day)
        # A day and month whose article gives no year is listed under that day, after the
        # dated days and before "Not dated", not among the undated statements.
        assert calendar.day_and_month  # the seeds' "October 8" of an undated article
        headings = [
            everything.index(f"{day} {dt.date(2000, month, 1):%B} · no year given")
            for month, day in calendar.day_and_month
        ]
        assert headings == sorted(headings)
        assert (
            everything.index(days[-1]) < headings[0] < headings[-1] < everything.index("Not dated")
        )
        ends = [*headings[1:], everything.index("Not dated")]
        for (start, end), entries in zip(
            zip(headings, ends, strict=True), calendar.day_and_month.values(), strict=True
        ):
            for entry in entries:  # each statement inside its own day's section
                assert " ".join(entry.sentence.split())[:60] in everything[start:end]
        assert days[0] in screen_text(app)  # the first day is on screen


async def test_enter_on_a_statement_dismisses_with_its_sentence(opened: Briefing) -> None:
    calendar = arrange(opened.timeline())
    first_day = next(iter(calendar.days.values()))
    first = next(iter(by_source(first_day).values()))[0]
    app = Host(lambda: TimelineScreen(opened))
    async with app.run_test(size=SIZE) as pilot:
        await _loaded(pilot)
        await pilot.press("enter")
        await pilot.pause()
    assert app.results == [entry_target(first)]
    article_id, goto, marks = app.results[0]
    assert _text_at(opened, article_id, goto) == first.sentence
    assert marks == (goto,)


async def test_j_moves_to_the_next_statement_skipping_headings(opened: Briefing) -> None:
    entries = [
        entry
        for day in arrange(opened.timeline()).days.values()
        for statements in by_source(day).values()
        for entry in statements
    ]
    app = Host(lambda: TimelineScreen(opened))
    async with app.run_test(size=SIZE) as pilot:
        await _loaded(pilot)
        await pilot.press("j", "enter")
        await pilot.pause()
    assert app.results == [entry_target(entries[1])]


@pytest.mark.parametrize("key", ["T", "escape", "q"])
async def test_timeline_closes_with_nothing(opened: Briefing, key: str) -> None:
    app = Host(lambda: TimelineScreen(opened))
    async with app.run_test(size=SIZE) as pilot:
        await _loaded(pilot)
        await pilot.press(key)
        await pilot.pause()
        assert app.results == [None]
        assert not isinstance(app.screen, TimelineScreen)


async def test_capital_q_quits_from_the_timeline(opened: Briefing) -> None:
    app = Host(lambda: TimelineScreen(opened))
    async with app.run_test(size=SIZE) as pilot:
        await _loaded(pilot)
        await pilot.press("Q")
        await pilot.pause()
    assert app.return_code == 0 and not app.is_running


async def test_timeline_jump_opens_the_reader_there_in_the_real_app(seeds: Path) -> None:
    app = make_app([seeds])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        main = app.screen
        briefing = main.briefing
        entries = [
            entry
            for day in arrange(briefing.timeline()).days.values()
            for statements in by_source(day).values()
            for entry in statements
        ]
        expected = entries[2]
        main.action_timeline()
        await settle(pilot)
        await pilot.press("j", "j", "enter")
        await settle(pilot)
        assert app.screen is main
        reader = main.query_one(Reader)
        assert reader.article is not None and reader.article.id == expected.article_id
        assert reader.marks == [expected.sentence_span]
        assert reader.border_subtitle == "passage 1/1"
        assert expected.sentence[:25] in screen_text(app)
        # Esc goes back to the timeline, on the statement that was opened.
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, TimelineScreen)
        listing = app.screen.query_one("#timeline", NavList)
        highlighted = listing.highlighted
        assert highlighted is not None
        assert app.screen.targets[listing.get_option_at_index(highlighted).id or ""] == (
            entry_target(expected)
        )


async def test_timeline_shows_hostile_text_literally(tmp_path: Path) -> None:
    folder = tmp_path / "hostile"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Title: [bold red]Alarm[/]\nSource: [link=http://x]Wire[/link]\nDate: 2025-10-08\n\n"
        "On October 7, 2025 the [b]council[/b] met \x1b]0;pwned\x07 in $danger.\n",
        encoding="utf-8",
    )
    briefing = Briefing.open([folder], sync=False)
    try:
        app = Host(lambda: TimelineScreen(briefing))
        async with app.run_test(size=SIZE) as pilot:
            await _loaded(pilot)
            text = screen_text(app)
    finally:
        briefing.close()
    assert "[b]council[/b]" in text
    assert "[link=http://x]Wire[/link]" in text
    assert "pwned" not in text
    assert "\x1b" not in text and "\x07" not in text


async def test_a_long_timeline_starts_folded_and_enter_opens_a_day(
    opened: Briefing, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(timeline_screen, "OPEN_ALL", 10)  # the seeds' 28 statements are "long"
    calendar = arrange(opened.timeline())
    first_day = [
        e for group in by_source(next(iter(calendar.days.values()))).values() for e in group
    ]
    app = Host(lambda: TimelineScreen(opened))
    async with app.run_test(size=SIZE) as pilot:
        await _loaded(pilot)
        screen = app.screen
        assert isinstance(screen, TimelineScreen)
        listing = screen.query_one("#timeline", NavList)
        assert screen.targets == {}  # nothing listed until a day is opened
        # days, background, days without a year, undated
        assert listing.option_count == len(calendar.days) + 2 + len(calendar.day_and_month)
        first = next(iter(calendar.days))
        heading = f"{first:%A} {first.day} {first:%B %Y}"
        assert f"▸ {heading}" in screen_text(app)
        await pilot.press("enter")  # open the first day
        await pilot.pause()
        assert sorted(screen.targets.values()) == sorted(entry_target(e) for e in first_day)
        assert f"▾ {heading}" in screen_text(app)
        await pilot.press("j", "enter")  # its first statement
        await pilot.pause()
    assert app.results == [entry_target(first_day[0])]


async def test_a_crowded_day_lists_some_statements_and_counts_the_rest(
    opened: Briefing, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(timeline_screen, "SECTION_LIMIT", 1)
    undated = len(arrange(opened.timeline()).no_day)
    app = Host(lambda: TimelineScreen(opened))
    async with app.run_test(size=SIZE) as pilot:
        await _loaded(pilot)
        listing = app.screen.query_one("#timeline", NavList)
        prompts = [str(listing.get_option_at_index(i).prompt) for i in range(listing.option_count)]
    assert f"… {undated - 1} more statement" in "\n".join(prompts)


# ------------------------------------------------------------------ discrepancies


async def test_discrepancies_list_and_the_first_ones_values(opened: Briefing) -> None:
    found = opened.discrepancies()
    app = Host(lambda: DiscrepanciesScreen(opened))
    async with app.run_test(size=SIZE) as pilot:
        await _loaded(pilot)
        text = screen_text(app)
        listing = app.screen.query_one("#discrepancies", NavList)
        assert listing.option_count == len(found)
        columns = list(app.screen.query(ClaimList))
        assert [str(c.border_title) for c in columns] == [c.value for c in found[0].claims]
        for claim in found[0].claims:
            assert claim.value in text
        # 80 columns: the values' quote columns are stacked, not side by side.
        assert len({c.region.x for c in columns}) == 1
        assert columns[0].region.y < columns[1].region.y


async def test_wide_terminal_puts_the_values_side_by_side(opened: Briefing) -> None:
    app = Host(lambda: DiscrepanciesScreen(opened))
    async with app.run_test(size=(160, 40)) as pilot:
        await _loaded(pilot)
        first, second = list(app.screen.query(ClaimList))[:2]
        assert first.region.y == second.region.y
        assert first.region.right <= second.region.x


async def test_moving_in_the_list_shows_that_discrepancy(opened: Briefing) -> None:
    found = opened.discrepancies()
    app = Host(lambda: DiscrepanciesScreen(opened))
    async with app.run_test(size=SIZE) as pilot:
        await _loaded(pilot)
        await pilot.press("j", "j")
        await settle(pilot)
        titles = [str(c.border_title) for c in app.screen.query(ClaimList)]
        assert titles == [c.value for c in found[2].claims]


async def test_enter_goes_to_the_quotes_and_enter_on_a_quote_jumps(opened: Briefing) -> None:
    found = opened.discrepancies()
    app = Host(lambda: DiscrepanciesScreen(opened))
    async with app.run_test(size=SIZE) as pilot:
        await _loaded(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen.focused, ClaimList)
        await pilot.press("enter")
        await pilot.pause()
    quote = found[0].claims[0].quotes[0]
    assert app.results == [(quote.article_id, quote.span, (quote.span,))]
    assert _text_at(opened, quote.article_id, quote.span) == quote.text


async def test_escape_steps_back_to_the_list_then_closes(opened: Briefing) -> None:
    app = Host(lambda: DiscrepanciesScreen(opened))
    async with app.run_test(size=SIZE) as pilot:
        await _loaded(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen.focused is app.screen.query_one("#discrepancies")
        assert app.results == []
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("D")  # D closes from the quotes at once
        await pilot.pause()
        assert app.results == [None]


async def test_a_much_quoted_value_lists_some_quotes_and_counts_the_rest(
    opened: Briefing, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(discrepancies_screen, "QUOTES_SHOWN", 1)
    found = opened.discrepancies()
    app = Host(lambda: DiscrepanciesScreen(opened))
    async with app.run_test(size=SIZE) as pilot:
        await _loaded(pilot)
        screen = app.screen
        assert isinstance(screen, DiscrepanciesScreen)
        first = found[0]
        assert len(screen.targets) == len(first.claims)  # one quote each
        number, many = next((n, c) for n, c in enumerate(first.claims) if len(c.quotes) > 1)
        column = screen.query_one(f"#claim-{number}", ClaimList)
        last = column.get_option_at_index(column.option_count - 1)
        assert last.disabled
        assert str(last.prompt).startswith(f"… {len(many.quotes) - 1} more quote")


# ------------------------------------------------------------------ bookmarks


def _keep_two(briefing: Briefing, store: BookmarkStore) -> None:
    first, second = briefing.articles[3], briefing.articles[1]
    text = first.paragraphs[2].text
    store.add(first.id, 2, 0, 40, text[:40], note="[b]check[/b] this\nsecond line")
    store.add(second.id, 1, 0, 20, second.paragraphs[1].text[:20])


async def test_bookmarks_list_shows_notes_literally_and_enter_jumps(
    opened: Briefing, store: BookmarkStore
) -> None:
    _keep_two(opened, store)
    kept = store.all()
    app = Host(lambda: BookmarksScreen(opened, store))
    async with app.run_test(size=SIZE) as pilot:
        await _loaded(pilot)
        text = screen_text(app)
        assert "[b]check[/b] this" in text and "second line" in text
        assert "no note (e adds one)" in text
        await pilot.press("enter")
        await pilot.pause()
    first = kept[0]
    span = Span(first.paragraph, first.start, first.end)
    assert app.results == [(first.article_id, span, (span,))]


async def test_e_edits_the_note_and_saves_it_to_disk(
    opened: Briefing, store: BookmarkStore
) -> None:
    _keep_two(opened, store)
    bare, noted = store.all()  # reading order: the second one has the note
    app = Host(lambda: BookmarksScreen(opened, store))
    async with app.run_test(size=SIZE) as pilot:
        await _loaded(pilot)
        await pilot.press("j", "e")
        await pilot.pause()
        assert app.screen.query_one("#note", TextArea).text == noted.note
        await pilot.press("escape")  # cancel: nothing changes
        await pilot.pause()
        await pilot.press("k", "e")
        await pilot.pause()
        assert app.screen.query_one("#note", TextArea).text == ""
        await pilot.press(*"quoted", "space", *"daily", "enter", *"ok")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, BookmarksScreen)
        assert "quoted daily" in screen_text(app)
    reloaded = BookmarkStore.load(store.directory)
    assert reloaded.get(bare.id).note == "quoted daily\nok"
    assert reloaded.get(noted.id).note == noted.note


async def test_d_asks_first_and_n_keeps_the_bookmark(
    opened: Briefing, store: BookmarkStore
) -> None:
    _keep_two(opened, store)
    app = Host(lambda: BookmarksScreen(opened, store))
    async with app.run_test(size=SIZE) as pilot:
        await _loaded(pilot)
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, BookmarksScreen)
    assert len(BookmarkStore.load(store.directory).all()) == 2


async def test_d_then_y_deletes_from_disk(opened: Briefing, store: BookmarkStore) -> None:
    _keep_two(opened, store)
    doomed, kept = store.all()
    app = Host(lambda: BookmarksScreen(opened, store))
    async with app.run_test(size=SIZE) as pilot:
        await _loaded(pilot)
        await pilot.press("d", "y")
        await pilot.pause()
        assert app.screen.query_one("#bookmarks", NavList).option_count == 1
    assert [b.id for b in BookmarkStore.load(store.directory).all()] == [kept.id]
    assert doomed.id not in {b.id for b in store.all()}


async def test_no_bookmarks_says_so_and_edit_delete_are_unavailable(
    opened: Briefing, store: BookmarkStore
) -> None:
    app = Host(lambda: BookmarksScreen(opened, store))
    async with app.run_test(size=SIZE) as pilot:
        await _loaded(pilot)
        assert "No bookmarks yet" in screen_text(app)
        await pilot.press("d", "e")
        await pilot.pause()
        assert isinstance(app.screen, BookmarksScreen)
        await pilot.press("B")
        await pilot.pause()
    assert app.results == [None]


async def test_a_bookmark_of_a_vanished_article_is_shown_but_not_opened(
    opened: Briefing, store: BookmarkStore
) -> None:
    store.add("gone/article", 0, 0, 5, "Hello", note="kept anyway")
    app = Host(lambda: BookmarksScreen(opened, store))
    async with app.run_test(size=SIZE) as pilot:
        await _loaded(pilot)
        assert "no longer in this briefing" in screen_text(app)
        await pilot.press("enter")
        await pilot.pause()
        assert app.results == []
        assert isinstance(app.screen, BookmarksScreen)


# ------------------------------------------------------------------ add a bookmark


def _passage(briefing: Briefing) -> tuple[str, int, int, int, str]:
    article = briefing.articles[0]
    text = article.paragraphs[1].text
    return article.id, 1, 0, min(60, len(text)), text[: min(60, len(text))]


async def test_add_bookmark_saves_the_passage_with_its_note(
    opened: Briefing, store: BookmarkStore
) -> None:
    article_id, paragraph, start, end, quote = _passage(opened)
    app = Host(lambda: AddBookmarkScreen(article_id, paragraph, start, end, quote, store=store))
    async with app.run_test(size=SIZE) as pilot:
        await _loaded(pilot)
        await pilot.press(*"quit", "space", *"deal")  # q and d type, they do not act
        assert app.is_running
        await pilot.press("ctrl+s")
        await pilot.pause()
    (saved,) = app.results
    assert (saved.article_id, saved.paragraph, saved.start, saved.end) == (
        article_id,
        paragraph,
        start,
        end,
    )
    (on_disk,) = BookmarkStore.load(store.directory).all()
    assert on_disk.note == "quit deal" and on_disk.quote == quote


async def test_cancel_saves_nothing(opened: Briefing, store: BookmarkStore) -> None:
    passage = _passage(opened)
    app = Host(lambda: AddBookmarkScreen(*passage, store=store))
    async with app.run_test(size=SIZE) as pilot:
        await _loaded(pilot)
        await pilot.press(*"draft", "tab", "tab", "enter")  # Tab to Save, Tab to Cancel
        await pilot.pause()
    assert app.results == [None]
    assert not store.path.exists()


async def test_a_failed_save_keeps_the_dialog_and_the_note(
    opened: Briefing, tmp_path: Path
) -> None:
    broken = tmp_path / "broken"
    (broken / "bookmarks.json").mkdir(parents=True)  # unreadable: the store refuses to save
    store = BookmarkStore.load(broken)
    passage = _passage(opened)
    app = Host(lambda: AddBookmarkScreen(*passage, store=store))
    async with app.run_test(size=SIZE) as pilot:
        await _loaded(pilot)
        await pilot.press(*"important", "ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, AddBookmarkScreen)
        assert app.screen.query_one("#note", TextArea).text == "important"
        # The error line names the store's path, so how it wraps on screen depends on the
        # temporary folder's length (longer under pytest-xdist): read the line itself, and
        # check that it is on screen.
        error = app.screen.query_one("#note-error", Static)
        assert error.region.height > 0, "the error line is not on screen"
        assert "will not be saved" in str(error.content)
    assert app.results == []


# ------------------------------------------------------------------ export


def _export_says(app: Host) -> str:
    """The export dialog's status line, as one string, if it is on screen.

    Its sentences name a path, so where they wrap depends on the temporary folder's
    length: reading the wrapped screen made these tests fail for some base paths.
    """
    status = app.screen.query_one("#export-status", Static)
    assert status.region.height > 0, "the status line is not on screen"
    return str(status.content)


async def _export_to(pilot: Pilot[Any], typed: str) -> None:
    field = pilot.app.screen.query_one("#export-path", Input)
    field.value = typed
    await pilot.pause()
    await pilot.press("enter")
    await settle(pilot)


async def test_export_writes_the_brief_and_says_where(
    opened: Briefing, store: BookmarkStore, tmp_path: Path
) -> None:
    _keep_two(opened, store)
    before = sorted(p.name for p in opened.paths[0].iterdir())
    target = tmp_path / "brief.md"
    app = Host(lambda: ExportDialog(opened, store, today=dt.date(2025, 10, 10)))
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await _loaded(pilot)
        field = app.screen.query_one("#export-path", Input)
        assert field.value == "~/briefing-2025-10-10.md"
        await _export_to(pilot, str(target))
        notes = [n.message for n in app._notifications]
    assert app.results == [target]
    assert any(str(target) in n for n in notes)
    brief = target.read_text(encoding="utf-8")
    for heading in ("## Key topics", "## Timeline", "## Where the sources disagree", "## Ref"):
        assert heading in brief
    assert "\\[b\\]check\\[/b\\] this" in brief  # the note, escaped for Markdown
    assert sorted(p.name for p in opened.paths[0].iterdir()) == before


async def test_export_refuses_the_briefing_folder_and_stays_open(
    opened: Briefing, store: BookmarkStore
) -> None:
    inside = opened.paths[0] / "brief.md"
    app = Host(lambda: ExportDialog(opened, store))
    async with app.run_test(size=SIZE) as pilot:
        await _loaded(pilot)
        await _export_to(pilot, str(inside))
        assert isinstance(app.screen, ExportDialog)
        assert "inside the briefing" in _export_says(app)
        assert app.screen.query_one("#export-path", Input).value == str(inside)
    assert not inside.exists()
    assert app.results == []


async def test_export_asks_before_replacing_a_file(
    opened: Briefing, store: BookmarkStore, tmp_path: Path
) -> None:
    target = tmp_path / "old.md"
    target.write_text("keep me\n")
    app = Host(lambda: ExportDialog(opened, store))
    async with app.run_test(size=SIZE) as pilot:
        await _loaded(pilot)
        await _export_to(pilot, str(target))
        assert "press Enter again" in _export_says(app)
        assert target.read_text() == "keep me\n"
        await pilot.press("enter")
        await settle(pilot)
    assert app.results == [target]
    title = target.read_text(encoding="utf-8").splitlines()[0]
    assert title.startswith("# ") and "Putin" in title  # the new brief replaced the old file


async def test_export_to_a_missing_folder_is_one_clear_line(
    opened: Briefing, store: BookmarkStore, tmp_path: Path
) -> None:
    app = Host(lambda: ExportDialog(opened, store))
    async with app.run_test(size=SIZE) as pilot:
        await _loaded(pilot)
        await _export_to(pilot, str(tmp_path / "nowhere" / "brief.md"))
        assert "does not exist" in _export_says(app)
        assert "The folder" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
    assert app.results == [None]
