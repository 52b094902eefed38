"""Export: a dialog asking where to write the Markdown brief, then writing it off the UI thread.

The path starts as ``~/briefing-<today>.md``. ``briefs.check_target`` refuses folders, missing
folders and anything inside the briefing; an existing file is replaced only after Enter is
pressed a second time on the same path. The brief is assembled and written in a thread worker
(topics and analyses may need computing on a large briefing), atomically by
``export.write_brief``; the dialog then closes with the path and a notification says where the
brief went. Any failure is one line in the dialog, which stays open with the path as typed.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static

from briefing import errorlog
from briefing.export import write_brief
from briefing.notes import BookmarkStore
from briefing.tui.briefs import ExportRefused, check_target, compose, default_path
from briefing.tui.screens.timeline import STYLESHEET
from briefing.tui.text import clean

if TYPE_CHECKING:
    from briefing.briefing import Briefing

EXPLANATION = (
    "A Markdown brief: sources, top topics with key passages, the timeline, where the sources "
    "disagree, and your bookmarks with notes."
)


class _Finished(Message):
    """The worker is done: ``path`` on success, else ``error`` (one sentence)."""

    def __init__(self, path: Path | None, error: str | None = None) -> None:
        super().__init__()
        self.path = path
        self.error = error


class ExportDialog(ModalScreen[Path | None]):
    """Ask for a file name and write the brief there."""

    CSS_PATH = [STYLESHEET]  # noqa: RUF012 (Textual's type)
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "cancel", id="export_cancel"),
    ]

    def __init__(
        self, briefing: Briefing, store: BookmarkStore, *, today: dt.date | None = None
    ) -> None:
        super().__init__()
        self.briefing = briefing
        self.store = store
        self.today = today or dt.date.today()
        self._replace: Path | None = None
        self.busy = False

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog") as box:
            box.border_title = Text("Export the brief")
            yield Static(Text(EXPLANATION), classes="dialog-help")
            yield Static(Text("Write it to:"))
            yield Input(default_path(self.today), id="export-path")
            yield Static(id="export-status", classes="dialog-error")
            yield Static(Text("Enter writes · Esc cancels · Tab: buttons"), classes="dialog-help")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Export", id="export", variant="primary")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#export-path", Input).focus()

    def _say(self, message: str, *, error: bool = True) -> None:
        status = self.query_one("#export-status", Static)
        status.set_class(not error, "-info")
        status.update(Text(message, style="" if error else "italic"))

    @on(Input.Changed, "#export-path")
    def _changed(self, event: Input.Changed) -> None:
        event.stop()
        self._replace = None
        self._say("")

    @on(Input.Submitted, "#export-path")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_export()

    @on(Button.Pressed, "#export")
    def _export_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_export()

    @on(Button.Pressed, "#cancel")
    def _cancel_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_cancel()

    def action_export(self) -> None:
        """Check the path; ask once before replacing a file; then write in a worker."""
        if self.busy:
            return
        typed = self.query_one("#export-path", Input).value
        try:
            target = check_target(typed, self.briefing.paths)
        except ExportRefused as error:
            self._say(clean(error))
            return
        if target.exists and self._replace != target.path:
            self._replace = target.path
            self._say(f"{target.path} already exists: press Enter again to replace it.")
            return
        self.busy = True
        self.query_one("#export-path", Input).disabled = True
        self._say("Writing the brief…", error=False)
        self._worker(target.path)

    @work(thread=True, exclusive=True, exit_on_error=False)
    def _worker(self, path: Path) -> None:
        try:
            text = compose(self.briefing, self.store.all(), self.today)
            write_brief(path, text)
        except OSError as error:
            reason = error.strerror or str(error)
            self.post_message(_Finished(None, f"Cannot write {path}: {reason}"))
        except Exception as error:  # one line in the dialog, never a traceback
            errorlog.record(error, "exporting a brief")
            self.post_message(_Finished(None, f"The export failed: {error}"))
        else:
            self.post_message(_Finished(path))

    @on(_Finished)
    def _finished(self, event: _Finished) -> None:
        self.busy = False
        path_input = self.query_one("#export-path", Input)
        path_input.disabled = False
        if event.path is None:
            self._say(clean(event.error or "The export failed."))
            path_input.focus()
            return
        self.app.notify(clean(f"Brief written to {event.path}"), title="Export", markup=False)
        self.dismiss(event.path)

    def action_cancel(self) -> None:
        self.dismiss(None)
