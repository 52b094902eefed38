"""Timeline: day by day, what each source says happened, then background and undated statements.

Arranged by ``analysis.calendar.arrange`` — the same days, sources and sections as
``briefing timeline`` and the exported brief, so the three never tell different stories.
Entries are loaded in a thread worker (``Briefing.timeline()`` is cached on disk, but the
first run on a large briefing takes a moment). Enter on a statement dismisses the screen with
the place to jump to (the main screen's cross-reference target: article, span, marks); T or
Escape go back, q quits.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.geometry import Spacing
from textual.message import Message
from textual.screen import Screen
from textual.visual import Padding
from textual.widgets import Footer, Static
from textual.widgets.option_list import Option

from briefing import paths
from briefing.analysis.calendar import Calendar, arrange, by_source
from briefing.analysis.model import TimelineEntry
from briefing.tui.analysis_text import (
    Target,
    background_text,
    entry_target,
    entry_text,
    long_date,
    plural,
    source_heading,
    undated_text,
)
from briefing.tui.text import clean
from briefing.tui.widgets.navlist import NavList

if TYPE_CHECKING:
    from briefing.briefing import Briefing

STYLESHEET = paths.bundled_styles() / "analysis.tcss"


class _Loaded(Message):
    """The timeline is ready (or failed: ``error`` says why)."""

    def __init__(self, entries: tuple[TimelineEntry, ...], error: str | None = None) -> None:
        super().__init__()
        self.entries = entries
        self.error = error


def _heading(text: str, *, first: bool) -> Option:
    heading = Content.from_rich_text(Text(text, style="bold underline"))
    return Option(Padding(heading, Spacing(0 if first else 1, 0, 0, 0)), disabled=True)


def _indented(prompt: Text, depth: int) -> Padding:
    """A hanging indent: wrapped lines of a statement stay under its first line."""
    return Padding(Content.from_rich_text(prompt), Spacing(0, 0, 0, 2 * depth))


def timeline_options(calendar: Calendar) -> tuple[list[Option], dict[str, Target]]:
    """The list lines (headings disabled, statements selectable) and each statement's target."""
    options: list[Option] = []
    targets: dict[str, Target] = {}

    def statement(prompt: Text, entry: TimelineEntry, depth: int) -> Option:
        key = f"e{len(targets)}"
        targets[key] = entry_target(entry)
        return Option(_indented(prompt, depth), id=key)

    for day, entries in calendar.days.items():
        options.append(_heading(long_date(day), first=not options))
        for statements in by_source(entries).values():
            options.append(Option(_indented(source_heading(statements[0]), 1), disabled=True))
            options.extend(statement(entry_text(entry), entry, 2) for entry in statements)
    if calendar.background:
        options.append(_heading("Earlier and later", first=not options))
        options.extend(statement(background_text(e), e, 1) for e in calendar.background)
    if calendar.undated:
        options.append(_heading(f"Not dated ({len(calendar.undated)})", first=not options))
        options.extend(statement(undated_text(e), e, 1) for e in calendar.undated)
    return options, targets


class TimelineScreen(Screen[Target | None]):
    """Every dated statement of the briefing, by day and by source."""

    CSS_PATH = [STYLESHEET]  # noqa: RUF012 (Textual's type)
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("T,escape", "back", "back", id="timeline_back"),
        Binding("q", "app.quit", "quit", id="timeline_quit"),
    ]

    def __init__(self, briefing: Briefing) -> None:
        super().__init__()
        self.briefing = briefing
        self.targets: dict[str, Target] = {}

    def compose(self) -> ComposeResult:
        yield Static(Text("Timeline", style="bold"), id="timeline-title", classes="analysis-title")
        yield NavList(
            Option(Text("arranging the timeline…", style="dim italic"), disabled=True),
            id="timeline",
        )
        yield Footer()

    def on_mount(self) -> None:
        self._worker()

    @work(thread=True, exclusive=True, exit_on_error=False)
    def _worker(self) -> None:
        try:
            entries = self.briefing.timeline()
        except Exception as error:  # one line in the view, never a traceback
            self.post_message(_Loaded((), clean(error) or type(error).__name__))
            return
        self.post_message(_Loaded(tuple(entries)))

    @on(_Loaded)
    def _loaded(self, event: _Loaded) -> None:
        calendar = arrange(event.entries)
        options, self.targets = timeline_options(calendar)
        if event.error is not None:
            options = [Option(Text(f"The timeline failed: {event.error}", style="red"))]
        elif not options:
            options = [Option(Text("No dated statements found.", style="dim italic"))]
        listing = self.query_one("#timeline", NavList)
        listing.set_options(options)
        listing.highlight_first()
        listing.focus()
        sources = len({e.article_id for e in event.entries})
        title = Text("Timeline", style="bold")
        title.append(
            f"  {plural(len(event.entries), 'statement')} from {plural(sources, 'source')}"
            f" · {plural(len(calendar.days), 'day')} · {len(calendar.undated)} not dated",
            style="dim",
        )
        self.query_one("#timeline-title", Static).update(title)
        listing.border_subtitle = "Enter opens the statement in the reader"

    @on(NavList.OptionSelected, "#timeline")
    def _jump(self, event: NavList.OptionSelected) -> None:
        event.stop()
        target = self.targets.get(event.option.id or "")
        if target is not None:
            self.dismiss(target)

    def action_back(self) -> None:
        self.dismiss(None)
