"""The ``i`` screen: what the packet is, at length, and what each count and marker means."""

from __future__ import annotations

from typing import ClassVar

from rich.console import RenderableType
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from briefing.tui.screens.help import legend_table


class OverviewScreen(ModalScreen[None]):
    """The packet's outlets, dates, languages, topics and disagreements, then the legend."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("i,escape,enter,q", "close", "close", id="overview_close"),
        Binding("Q", "app.quit", "quit", show=False, id="quit_all"),
    ]

    def __init__(self, details: RenderableType) -> None:
        super().__init__()
        self.details = details

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body") as body:
            body.border_title = "This packet — q or i closes"
            yield Static(self.details)
            yield Static(Text("What the marks mean", style="bold"))
            yield Static(legend_table())

    def action_close(self) -> None:
        self.dismiss(None)
