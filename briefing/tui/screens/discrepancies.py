"""Discrepancies: where the sources disagree, each differing value with the quotes that state it.

A list of discrepancies on one side; the highlighted one's detail beside it — kind, subject,
the values, why the finder paired them — and one column of quotes per value, side by side on a
wide terminal and stacked at 80 columns (a CSS class from the screen's breakpoints), so the
analyst reads each source's own words before trusting the flag. Enter on a discrepancy moves to
its quotes; Enter on a quote dismisses the screen with the place to jump to (the main screen's
cross-reference target). Escape steps back from the quotes to the list, then closes; q and D
close from anywhere, Q quits; h/l (or Tab) move between the list and the quote columns.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Static
from textual.widgets.option_list import Option

from briefing import errorlog
from briefing.analysis.model import Discrepancy
from briefing.tui.analysis_text import (
    Target,
    discrepancy_heading,
    discrepancy_label,
    plural,
    quote_target,
    quote_text,
)
from briefing.tui.commands import COLUMN_BINDINGS, SCREEN_HELP
from briefing.tui.screens.timeline import STYLESHEET
from briefing.tui.text import clean
from briefing.tui.widgets.navlist import NavList

if TYPE_CHECKING:
    from briefing.briefing import Briefing


#: Quotes listed under one value: a common spelling can be quoted by hundreds of articles, and
#: the list is rebuilt each time the cursor moves to another discrepancy.
QUOTES_SHOWN = 50


class _Loaded(Message):
    """The discrepancies are ready (or failed: ``error`` says why)."""

    def __init__(self, found: tuple[Discrepancy, ...], error: str | None = None) -> None:
        super().__init__()
        self.found = found
        self.error = error


class ClaimList(NavList):
    """The quotes for one differing value; its border title is the value."""


class DiscrepanciesScreen(Screen[Target | None]):
    """Each discrepancy with its values and every source's quote."""

    #: What ? says this screen is, and what Enter does on it (the help lists its keys).
    HELP_TITLE = "Where the sources disagree"
    HELP_ENTER = "move to the quotes; on a quote, open it in the reader"

    CSS_PATH = [STYLESHEET]  # noqa: RUF012 (Textual's type)
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (120, "-wide")]  # noqa: RUF012 (Textual's type)
    BINDINGS: ClassVar[list[BindingType]] = [
        SCREEN_HELP,
        Binding("q", "close", "back", id="close_screen"),
        Binding("escape", "back", "back", show=False, id="discrepancies_back"),
        Binding("D", "close", "close", show=False, id="discrepancies_close"),
        Binding("Q", "app.quit", "quit", show=False, id="quit_all"),
        *COLUMN_BINDINGS,
        Binding("tab", "app.focus_next", "next column", show=False),
        Binding("shift+tab", "app.focus_previous", "previous column", show=False),
    ]

    def __init__(self, briefing: Briefing) -> None:
        super().__init__()
        self.briefing = briefing
        self.found: tuple[Discrepancy, ...] = ()
        self.shown: int | None = None
        self.targets: dict[str, Target] = {}

    def compose(self) -> ComposeResult:
        yield Static(
            Text("Where the sources disagree", style="bold"),
            id="discrepancies-title",
            classes="analysis-title",
        )
        with Horizontal(id="discrepancies-main"):
            yield NavList(
                Option(Text("comparing the sources…", style="dim italic"), disabled=True),
                id="discrepancies",
            )
            with Vertical(id="discrepancy-detail"):
                yield Static(id="discrepancy-heading")
                claims = VerticalScroll(id="claims")
                claims.can_focus = False  # a stop between list and quotes that did nothing
                yield claims
        yield Footer()

    def on_mount(self) -> None:
        self._worker()

    @work(thread=True, exclusive=True, exit_on_error=False)
    def _worker(self) -> None:
        try:
            found = self.briefing.discrepancies()
        except Exception as error:  # one line in the view, never a traceback
            errorlog.record(error, "finding discrepancies")
            self.post_message(_Loaded((), clean(error) or type(error).__name__))
            return
        self.post_message(_Loaded(tuple(found)))

    @on(_Loaded)
    async def _loaded(self, event: _Loaded) -> None:
        self.found = event.found
        listing = self.query_one("#discrepancies", NavList)
        if event.error is not None:
            listing.set_options([Option(Text(f"Comparing failed: {event.error}", style="red"))])
            return
        if not event.found:
            listing.set_options(
                [Option(Text("The sources do not disagree on anything checked.", style="dim"))]
            )
            return
        listing.set_options(
            Option(discrepancy_label(number, item), id=f"d{number - 1}")
            for number, item in enumerate(event.found, 1)
        )
        title = Text("Where the sources disagree", style="bold")
        title.append(f"  {len(event.found)} found · Enter shows the quotes", style="dim")
        self.query_one("#discrepancies-title", Static).update(title)
        listing.highlighted = 0
        listing.focus()
        await self.show(0)

    async def show(self, index: int) -> None:
        """Put discrepancy ``index`` in the detail: heading, then a column of quotes per value."""
        if self.shown == index or not 0 <= index < len(self.found):
            return
        self.shown = index
        item = self.found[index]
        self.query_one("#discrepancy-heading", Static).update(discrepancy_heading(index + 1, item))
        claims = self.query_one("#claims", VerticalScroll)
        await claims.remove_children()
        self.targets = {}
        columns = []
        for number, claim in enumerate(item.claims):
            options: list[Option | None] = []
            for quote in claim.quotes[:QUOTES_SHOWN]:
                if options:
                    options.append(None)  # a rule between two sources' quotes
                key = f"q{len(self.targets)}"
                self.targets[key] = quote_target(quote)
                article = self.briefing.articles_by_id.get(quote.article_id)
                options.append(Option(quote_text(quote, claim.value, article), id=key))
            hidden = len(claim.quotes) - QUOTES_SHOWN
            if hidden > 0:
                more = f"… {plural(hidden, 'more quote')}: the exported brief lists them all"
                options.append(Option(Text(more, style="dim italic"), disabled=True))
            column = ClaimList(*options, id=f"claim-{number}", classes="claim")
            column.border_title = Text(clean(claim.value))  # a Text: never markup
            column.border_subtitle = plural(len(claim.article_ids), "source")
            columns.append(column)
        await claims.mount_all(columns)
        claims.set_class(len(columns) > 2, "-many")

    @on(NavList.OptionHighlighted, "#discrepancies")
    async def _highlighted(self, event: NavList.OptionHighlighted) -> None:
        event.stop()
        await self.show(event.option_index)

    @on(NavList.OptionSelected, "#discrepancies")
    async def _into_quotes(self, event: NavList.OptionSelected) -> None:
        event.stop()
        await self.show(event.option_index)
        first = self.query(ClaimList)
        if first:
            first.first().highlight_first()
            first.first().focus()

    @on(NavList.OptionSelected, ".claim")
    def _jump(self, event: NavList.OptionSelected) -> None:
        event.stop()
        target = self.targets.get(event.option.id or "")
        if target is not None:
            self.dismiss(target)

    def action_back(self) -> None:
        """Escape: from the quotes back to the list; from the list, close."""
        if isinstance(self.focused, ClaimList):
            self.query_one("#discrepancies", NavList).focus()
            return
        self.dismiss(None)

    def action_close(self) -> None:
        self.dismiss(None)
