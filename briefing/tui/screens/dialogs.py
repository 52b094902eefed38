"""Small modal dialogs shared by the analysis screens: a note editor and a yes/no question.

``NoteDialog`` keeps what the user typed when saving fails: the subclass's ``save`` raises
``BookmarkError`` with a message, the dialog shows it under the text and stays open, so a note
is never lost to a full disk or an unreadable bookmarks file. Notes may span lines, so Enter
types a new line; ctrl+s saves, Escape cancels, and Tab reaches the Save and Cancel buttons
(Escape is never the only way out).
"""

from __future__ import annotations

from typing import ClassVar, Generic, TypeVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static, TextArea

from briefing.display import sanitize
from briefing.notes import BookmarkError
from briefing.tui.screens.timeline import STYLESHEET
from briefing.tui.text import clean

R = TypeVar("R")

#: Longest quote shown above the note box (the box must stay visible at 80×24).
QUOTE_PREVIEW = 300


def preview(quote: str) -> Text:
    """The quoted passage, cut to fit a dialog, as literal text."""
    flat = clean(quote)
    if len(flat) > QUOTE_PREVIEW:
        flat = flat[: QUOTE_PREVIEW - 1] + "…"
    return Text(f"“{flat}”")


class NoteDialog(ModalScreen[R], Generic[R]):
    """Edit a note for a passage; ``save`` (in a subclass) stores it and gives the result."""

    CSS_PATH = [STYLESHEET]  # noqa: RUF012 (Textual's type)
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "save", priority=True, id="note_save"),
        Binding("escape", "cancel", "cancel", id="note_cancel"),
    ]

    def __init__(self, heading: str, quote: str, note: str = "") -> None:
        super().__init__()
        self.heading = heading
        self.quote = quote
        self.initial = sanitize(note)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog") as box:
            box.border_title = Text(clean(self.heading))
            yield Static(preview(self.quote), classes="dialog-quote")
            yield TextArea(self.initial, id="note", soft_wrap=True, tab_behavior="focus")
            yield Static(
                Text("Enter starts a new line · ctrl+s saves · Esc cancels · Tab: buttons"),
                classes="dialog-help",
            )
            yield Static(id="note-error", classes="dialog-error")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Save", id="save", variant="primary")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        area = self.query_one("#note", TextArea)
        area.focus()
        area.move_cursor(area.document.end)

    @property
    def text(self) -> str:
        """The note as typed, without leading or trailing blank space."""
        return self.query_one("#note", TextArea).text.strip()

    def save(self, text: str) -> R:
        """Store ``text``; raise ``BookmarkError`` with a message the user can act on."""
        raise NotImplementedError

    def action_save(self) -> None:
        try:
            result = self.save(self.text)
        except BookmarkError as error:
            self.query_one("#note-error", Static).update(Text(clean(error)))
            return
        self.dismiss(result)

    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(Button.Pressed, "#save")
    def _save_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_save()

    @on(Button.Pressed, "#cancel")
    def _cancel_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_cancel()


class ConfirmDialog(ModalScreen[bool]):
    """A yes/no question: y or Enter on Yes confirms; n or Escape declines."""

    CSS_PATH = [STYLESHEET]  # noqa: RUF012 (Textual's type)
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "answer(True)", "yes", id="confirm_yes"),
        Binding("n,escape", "answer(False)", "no", id="confirm_no"),
    ]

    def __init__(self, question: Text, *, title: str = "Are you sure?") -> None:
        super().__init__()
        self.question = question
        self.title_text = title

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog") as box:
            box.border_title = Text(clean(self.title_text))
            yield Static(self.question)
            yield Static(Text("y yes · n no"), classes="dialog-help")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Yes (y)", id="yes", variant="error")
                yield Button("No (n)", id="no")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "yes")
