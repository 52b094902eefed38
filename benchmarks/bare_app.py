"""The UI baseline: a bare Textual app with briefing's shape and none of its work.

Header, a list of article titles beside a reader pane, a search input and a footer — the
widgets briefing draws on its first frame — filled from a corpus folder's file names and
first lines only (no parsing, no index). Launch time against this, in the same run and the
same terminal, is what Textual itself costs; whatever briefing adds on top is ours.

Run: ``python -m benchmarks.bare_app [CORPUS]``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import ClassVar

from textual.app import App, ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal
from textual.widgets import Footer, Header, Input, Label, ListItem, ListView, Static

#: Shown in the list's first row; the harness waits for it to call the frame complete.
READY_MARK = "BARE-READY"


def _titles(corpus: Path | None, limit: int = 200) -> list[str]:
    if corpus is None or not corpus.is_dir():
        return [f"Article {i}" for i in range(limit)]
    out = []
    for path in sorted(corpus.glob("*.txt"))[:limit]:
        with path.open("rb") as handle:
            out.append(handle.readline().decode("utf-8", "replace").strip()[:60])
    return out


class BareApp(App[None]):
    """Three panes, an input and a footer; the input has focus so keys echo at once."""

    CSS = """
    #sources { width: 30; }
    #reader { width: 1fr; padding: 0 1; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [("escape", "quit", "Quit")]

    def __init__(self, corpus: Path | None) -> None:
        super().__init__()
        self._titles = _titles(corpus)

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal():
            items = [ListItem(Label(READY_MARK))] + [ListItem(Label(t)) for t in self._titles]
            yield ListView(*items, id="sources")
            yield Static("\n".join(self._titles[:20]), id="reader")
        yield Input(placeholder="search", id="search")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(Input).focus()


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    BareApp(corpus).run()


if __name__ == "__main__":
    main()
