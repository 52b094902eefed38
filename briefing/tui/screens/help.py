"""The help screen: every command with the key that runs it now, and the query syntax.

Built from ``commands.COMMANDS`` (the same list as the bindings, footer and palette), with the
user's remapped keys from ``config.toml``, so help never disagrees with the keyboard. Opened
from the search pane (or by ``?`` in an empty search box) it starts with the query syntax.
"""

from __future__ import annotations

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


def keys_table(keymap: dict[str, str]) -> Table:
    """Every command grouped by where it works, with its current key."""
    table = Table(box=None, show_header=False, padding=(0, 2, 0, 0))
    table.add_column(style="bold", min_width=12)
    table.add_column()
    for scope, title in SCOPE_TITLES.items():
        table.add_row(Text(title, style="underline"), Text(""))
        for command in COMMANDS:
            if command.scope == scope:
                text = command.detail or command.description
                table.add_row(Text(shown_keys(command, keymap)), Text(text))
    table.add_row(Text("ctrl+p"), Text("command palette: every command by name"))
    return table


class HelpScreen(ModalScreen[None]):
    """Keys and query syntax; ?, Enter or Escape close it, q quits as everywhere."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("question_mark,escape,f1,enter", "close", "close", id="help_close"),
        Binding("q", "app.quit", "quit", id="quit"),  # same id: remapping quit applies here too
        Binding("j,down", "scroll('down')", show=False),
        Binding("k,up", "scroll('up')", show=False),
        # The reader's paging keys page here too: help is longer than 24 lines.
        Binding("space,pagedown", "page(1)", show=False),
        Binding("b,pageup", "page(-1)", show=False),
        Binding("g,home", "scroll_to(False)", show=False),
        Binding("G,end", "scroll_to(True)", show=False),
    ]

    def __init__(self, *, syntax_first: bool = False) -> None:
        super().__init__()
        self.syntax_first = syntax_first

    def compose(self) -> ComposeResult:
        keymap = getattr(self.app, "keymap_overrides", {})
        syntax = (Static(Text("Search syntax", style="bold")), Static(syntax_table()))
        keys = (Static(Text("Keys", style="bold")), Static(keys_table(keymap)))
        with VerticalScroll(id="help-body") as body:
            body.border_title = "Help — ? or Enter to close, q quits"
            body.border_subtitle = "j/k, space/b scroll"
            yield from (*syntax, *keys) if self.syntax_first else (*keys, *syntax)

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
