"""The help screen: every command with the key that runs it now, and the query syntax.

Built from ``commands.COMMANDS`` (the same list as the bindings, footer and palette), with the
user's remapped keys from ``config.toml``, so help never disagrees with the keyboard. Opened
from the search pane (or by ``?`` in an empty search box) it starts with the query syntax.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from briefing.tui.commands import COMMANDS, SCOPE_TITLES, shown_keys

QUERY_SYNTAX: tuple[tuple[str, str], ...] = (
    ("migration border", "articles with both words (stemmed: migrants finds migrant)"),
    ("migration OR labour", "either word"),
    ("migration NOT border", "the first without the second"),
    ('"arms control"', "the exact phrase"),
    ("migra*", "words starting with migra"),
    ("hydropowr~", "words spelled nearly so (~2: two edits)"),
    ("title:putin", "only in titles; source:tass only from one outlet"),
    ("date:[2025-10-08 TO 2025-10-09]", "articles dated in a range; date:2025-10-09 one day"),
    ("(a OR b) AND c", "group with parentheses"),
)


def syntax_table() -> Table:
    """Query syntax examples as a two-column table."""
    table = Table(box=None, show_header=False, padding=(0, 2, 0, 0))
    table.add_column(style="bold")
    table.add_column()
    for example, meaning in QUERY_SYNTAX:
        table.add_row(Text(example), Text(meaning))
    return table


#: Every count and marker the screens show, with what it counts (issue 13: none unexplained).
LEGEND: tuple[tuple[str, str], ...] = (
    ("●", "an article you have not opened yet (Sources)"),
    (
        "~  ?",
        "after an outlet, date or author: ~ read from the text by a heuristic, "
        "? not stated (guessed); no mark: stated by the article",
    ),
    ("▌", "the paragraph cursor in the reader: what a and y keep"),
    ("reversed", "a search hit or find match; underlined: a mention of the chosen topic"),
    ("Sources 3/5", "articles listed / articles in the packet (Topics 10/64 likewise)"),
    ("5·50", "a topic is in 5 articles, mentioned 50 times (Topics)"),
    ("×8", "mentioned with the topic in 8 paragraphs (Cross-reference)"),
    (
        "search hit 2/3",
        "hit 2 of this article's 3; then 'of 12 · 3 articles': across the "
        "results (n goes on to the next article)",
    ),
    ("find 1/4", "match 1 of 4 of the find box (f) in this article"),
    ("mention 1/9", "mention 1 of 9 of the chosen topic in this article"),
)

#: Keys that are not commands of their own but that a newcomer needs to know.
MOVING: tuple[tuple[str, str], ...] = (
    (
        "q",
        "close the screen in front (timeline, discrepancies, help…); on the main screen, "
        "back to the screen you jumped from, else quit",
    ),
    ("Q", "quit from any screen"),
    (
        "esc",
        "back one step: find box, text box, side pane, then the list or screen the "
        "article was opened from (at the same item), then the topic filter",
    ),
    ("tab", "next focus stop: filter box, list, reader, search box (shift+tab: back)"),
    ("h / l", "the column to the left / right, where a screen has columns"),
)


#: Commands the "Moving around" rows already explain (listed once, not twice).
EXPLAINED_ABOVE = frozenset({"close", "quit", "quit_all", "back", "next_column", "prev_column"})


def rows_table(rows: Sequence[tuple[str, str]]) -> Table:
    """(key, what it does) rows as the keys table lays them out."""
    table = Table(box=None, show_header=False, padding=(0, 2, 0, 0))
    table.add_column(style="bold", min_width=12)
    table.add_column()
    for key, meaning in rows:
        table.add_row(Text(key), Text(meaning))
    return table


def legend_table() -> Table:
    """What each count and marker on the screens means."""
    table = Table(box=None, show_header=False, padding=(0, 2, 0, 0))
    table.add_column(style="bold", min_width=12)
    table.add_column()
    for mark, meaning in LEGEND:
        table.add_row(Text(mark), Text(meaning))
    return table


def keys_table(keymap: dict[str, str]) -> Table:
    """Every command grouped by where it works, with its current key."""
    table = Table(box=None, show_header=False, padding=(0, 2, 0, 0))
    table.add_column(style="bold", min_width=12)
    table.add_column()
    table.add_row(Text("Moving around", style="underline"), Text(""))
    for key, meaning in MOVING:
        table.add_row(Text(key), Text(meaning))
    for scope, title in SCOPE_TITLES.items():
        table.add_row(Text(title, style="underline"), Text(""))
        for command in COMMANDS:
            if command.scope == scope and command.id not in EXPLAINED_ABOVE:
                text = command.detail or command.description
                table.add_row(Text(shown_keys(command, keymap)), Text(text))
    table.add_row(Text("ctrl+p"), Text("command palette: every command by name"))
    return table


class HelpScreen(ModalScreen[None]):
    """Keys and query syntax; ?, q, Enter or Escape close it, Q quits."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("question_mark,escape,f1,enter", "close", "close", id="help_close"),
        Binding("q", "close", "close", id="close_screen"),
        Binding("Q", "app.quit", "quit", show=False, id="quit_all"),
        Binding("j,down", "scroll('down')", show=False),
        Binding("k,up", "scroll('up')", show=False),
        # The reader's paging keys page here too: help is longer than 24 lines.
        Binding("space,pagedown", "page(1)", show=False),
        Binding("b,pageup", "page(-1)", show=False),
        Binding("g,home", "scroll_to(False)", show=False),
        Binding("G,end", "scroll_to(True)", show=False),
    ]

    def __init__(
        self,
        *,
        syntax_first: bool = False,
        here: tuple[str, Sequence[tuple[str, str]]] | None = None,
    ) -> None:
        """``here``: opened from a sub-screen, its title and (key, what it does) rows, shown
        first — the main screen's keys below do not all work there."""
        super().__init__()
        self.syntax_first = syntax_first
        self.here = here

    def compose(self) -> ComposeResult:
        keymap = getattr(self.app, "keymap_overrides", {})
        syntax = (Static(Text("Search syntax", style="bold")), Static(syntax_table()))
        keys = (Static(Text("Keys", style="bold")), Static(keys_table(keymap)))
        legend = (Static(Text("What the marks mean", style="bold")), Static(legend_table()))
        with VerticalScroll(id="help-body") as body:
            body.border_title = "Help — q or ? closes, Q quits"
            body.border_subtitle = "j/k, space/b scroll"
            if self.here is not None:
                title, rows = self.here
                yield Static(Text(f"On this screen: {title}", style="bold"))
                yield Static(rows_table(rows))
                yield Static(Text("On the main screen", style="bold"))
            yield from (*syntax, *keys, *legend) if self.syntax_first else (*keys, *legend, *syntax)

    def action_close(self) -> None:
        self.dismiss(None)

    def action_page(self, pages: int) -> None:
        body = self.query_one("#help-body", VerticalScroll)
        body.scroll_relative(
            y=pages * max(1, body.scrollable_content_region.height - 1), animate=False
        )

    def action_scroll_to(self, end: bool) -> None:
        body = self.query_one("#help-body", VerticalScroll)
        if end:
            body.scroll_end(animate=False)
        else:
            body.scroll_home(animate=False)

    def action_scroll(self, direction: str) -> None:
        body = self.query_one("#help-body", VerticalScroll)
        body.scroll_relative(y=1 if direction == "down" else -1, animate=False)
