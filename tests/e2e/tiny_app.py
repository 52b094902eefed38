"""A tiny Textual app that proves the harness itself (tmux, ssh, keys, resize, signals).

It does not depend on briefing, so the harness tests pass or fail on their own merits while the
real app is still being written. It shows what the terminal told it (size, TERM, LANG, whether
SSH_CONNECTION is set) and a counter that each ``+`` bumps.
"""

from __future__ import annotations

import os
import sys

from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.events import Resize
from textual.widgets import Static


class Tiny(App[int]):
    """Counter, environment line and size line; ``q`` quits with status 0."""

    BINDINGS = [  # noqa: RUF012 - Textual's own idiom
        Binding("plus", "bump", "bump"),
        Binding("q", "quit_zero", "quit"),
        Binding("ctrl+z", "suspend_process", "suspend"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def compose(self) -> ComposeResult:
        # Text objects, not strings: the environment is not ours to trust as markup.
        yield Static(Text("tiny ready"), id="title")
        yield Static(Text(self._env_line()), id="env")
        yield Static(Text("count 0"), id="count")
        yield Static(Text("size ?"), id="size")

    @staticmethod
    def _env_line() -> str:
        ssh = "yes" if os.environ.get("SSH_CONNECTION") else "no"
        term = os.environ.get("TERM", "-")
        lang = os.environ.get("LANG", "-")
        return f"TERM={term} LANG={lang} SSH={ssh}"

    def on_resize(self, event: Resize) -> None:
        self.query_one("#size", Static).update(Text(f"size {event.size.width}x{event.size.height}"))

    def action_bump(self) -> None:
        self.count += 1
        self.query_one("#count", Static).update(Text(f"count {self.count}"))

    def action_quit_zero(self) -> None:
        self.exit(0)


if __name__ == "__main__":
    sys.exit(Tiny().run() or 0)
