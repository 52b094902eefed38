"""Timeline: day by day, what each source says happened, then background, days without a
year, and undated statements.

Arranged by ``analysis.calendar.arrange`` — the same days, sources and sections as
``briefing timeline`` and the exported brief, so the three never tell different stories.
Entries are loaded in a thread worker (``Briefing.timeline()`` is cached on disk, but the
first run on a large briefing takes a moment), and the list lines are built there too. A long
timeline starts with its days folded (see ``OPEN_ALL``); Enter on a day opens or folds it.
Enter on a statement dismisses the screen with the place to jump to (the main screen's
cross-reference target: article, span, marks); q, T or Escape go back, Q quits.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.content import Content
from textual.geometry import Spacing
from textual.message import Message
from textual.screen import Screen
from textual.visual import Padding
from textual.widgets import Footer, Static
from textual.widgets.option_list import Option

from briefing import errorlog, paths
from briefing.analysis.model import TimelineEntry
from briefing.briefing import Briefing
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
from briefing.tui.commands import closing_bindings
from briefing.tui.text import clean
from briefing.tui.widgets.navlist import NavList

if TYPE_CHECKING:
    from briefing.analysis.calendar import Calendar

STYLESHEET = paths.bundled_styles() / "analysis.tcss"


#: Up to this many statements every section is open, under plain headings. Past it, sections
#: start folded and Enter on a heading opens one: an OptionList measures every line it holds,
#: and 10,000 statements took about 4 s to show (the UI frozen meanwhile).
OPEN_ALL = 400
#: At most this many statements of one section are listed; the rest are counted.
SECTION_LIMIT = 400


#: Key prefix of a day-and-month section ("dm:10-8"): a day whose article gives no year.
DAY_AND_MONTH = "dm:"


@dataclass(frozen=True, slots=True)
class Section:
    """One day (or the background, or the undated statements) of the timeline."""

    key: str
    title: str
    entries: tuple[TimelineEntry, ...]


def sections(calendar: Calendar) -> list[Section]:
    """The days in order, then "Earlier and later", then the days whose article gives no year
    ("8 October · no year given", as ``briefing timeline`` lists them), then "Not dated"."""
    found = [
        Section(day.isoformat(), long_date(day), tuple(entries))
        for day, entries in calendar.days.items()
    ]
    if calendar.background:
        found.append(Section("background", "Earlier and later", tuple(calendar.background)))
    for (month, day), entries in calendar.day_and_month.items():
        title = f"{day} {dt.date(2000, month, 1):%B} · no year given"
        found.append(Section(f"{DAY_AND_MONTH}{month}-{day}", title, tuple(entries)))
    if calendar.no_day:
        found.append(Section("undated", "Not dated", tuple(calendar.no_day)))
    return found


def _heading(section: Section, *, first: bool, opened: bool | None) -> Option:
    """A section title; when sections fold (``opened`` not None) it is selectable and counted."""
    text = Text()
    if opened is not None:
        text.append("▾ " if opened else "▸ ", style="bold")
    text.append(section.title, style="bold underline")
    sources = len({e.article_id for e in section.entries})
    if opened is not None or section.key == "undated":
        text.append(
            f"  {plural(len(section.entries), 'statement')}, {plural(sources, 'source')}",
            style="dim",
        )
    visual = Padding(Content.from_rich_text(text), Spacing(0 if first else 1, 0, 0, 0))
    return Option(visual, id=f"s:{section.key}", disabled=opened is None)


def _indented(prompt: Text, depth: int) -> Padding:
    """A hanging indent: wrapped lines of a statement stay under its first line."""
    return Padding(Content.from_rich_text(prompt), Spacing(0, 0, 0, 2 * depth))


def timeline_options(
    calendar: Calendar, opened: Collection[str] | None = None
) -> tuple[list[Option], dict[str, Target]]:
    """The list lines and each statement's jump target.

    ``opened=None`` shows every section under plain headings; otherwise headings are
    selectable and only the sections whose keys are in ``opened`` list their statements.
    """
    options: list[Option] = []
    targets: dict[str, Target] = {}

    def statement(prompt: Text, entry: TimelineEntry, depth: int) -> Option:
        key = f"e{len(targets)}"
        targets[key] = entry_target(entry)
        return Option(_indented(prompt, depth), id=key)

    for section in sections(calendar):
        is_open = opened is None or section.key in opened
        options.append(
            _heading(section, first=not options, opened=None if opened is None else is_open)
        )
        if not is_open:
            continue
        shown = section.entries[:SECTION_LIMIT]
        if section.key == "background":
            options.extend(statement(background_text(e), e, 1) for e in shown)
        elif section.key == "undated":
            options.extend(statement(undated_text(e), e, 1) for e in shown)
        else:
            # Under a day with no year the heading says what the statements lack.
            year_in_heading = section.key.startswith(DAY_AND_MONTH)
            for statements in Briefing.statements_by_source(shown).values():
                options.append(Option(_indented(source_heading(statements[0]), 1), disabled=True))
                options.extend(
                    statement(entry_text(entry, under_day=year_in_heading), entry, 2)
                    for entry in statements
                )
        hidden = len(section.entries) - len(shown)
        if hidden:
            more = Text(
                f"… {plural(hidden, 'more statement')} here: the exported brief "
                "and `briefing timeline` list them all",
                style="dim italic",
            )
            options.append(Option(_indented(more, 1), disabled=True))
    return options, targets


class _Loaded(Message):
    """The timeline is ready, its list lines built off the UI thread (or ``error`` says why)."""

    def __init__(
        self,
        calendar: Calendar,
        options: list[Option],
        targets: dict[str, Target],
        opened: set[str] | None = None,
        error: str | None = None,
    ) -> None:
        super().__init__()
        self.opened = opened
        self.calendar = calendar
        self.options = options
        self.targets = targets
        self.error = error


class TimelineScreen(Screen[Target | None]):
    """Every dated statement of the briefing, by day and by source."""

    #: What ? says this screen is, and what Enter does on it (the help lists its keys).
    HELP_TITLE = "Timeline"
    HELP_ENTER = "open the statement in the reader"

    CSS_PATH = [STYLESHEET]  # noqa: RUF012 (Textual's type)
    BINDINGS: ClassVar[list[BindingType]] = [
        *closing_bindings("T,escape", "timeline_back"),
    ]

    def __init__(self, briefing: Briefing) -> None:
        super().__init__()
        self.briefing = briefing
        self.targets: dict[str, Target] = {}
        self.calendar = Briefing.arrange_timeline(())
        #: Keys of the open sections, or None when every section is open (a short timeline).
        self.opened: set[str] | None = None

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
            calendar = self.briefing.calendar()
            total = sum(len(section.entries) for section in sections(calendar))
            opened = None if total <= OPEN_ALL else set[str]()
            options, targets = timeline_options(calendar, opened)
        except Exception as error:  # one line in the view, never a traceback
            errorlog.record(error, "arranging the timeline")
            empty = Briefing.arrange_timeline(())
            self.post_message(_Loaded(empty, [], {}, error=clean(error) or type(error).__name__))
            return
        self.post_message(_Loaded(calendar, options, targets, opened))

    @on(_Loaded)
    def _loaded(self, event: _Loaded) -> None:
        calendar = self.calendar = event.calendar
        self.targets = event.targets
        options = event.options
        self.opened = (
            None if all(o.disabled for o in options if o.id and o.id[:2] == "s:") else set()
        )
        if event.error is not None:
            options = [Option(Text(f"The timeline failed: {event.error}", style="red"))]
        elif not options:
            options = [Option(Text("No dated statements found.", style="dim italic"))]
        listing = self.query_one("#timeline", NavList)
        listing.set_options(options)
        listing.highlight_first()
        listing.focus()
        total = sum(len(section.entries) for section in sections(calendar))
        sources = len({e.article_id for section in sections(calendar) for e in section.entries})
        title = Text("Timeline", style="bold")
        title.append(
            f"  {plural(total, 'statement')} from {plural(sources, 'source')}"
            f" · {plural(len(calendar.days), 'day')} · {len(calendar.no_day)} not dated",
            style="dim",
        )
        self.query_one("#timeline-title", Static).update(title)
        listing.border_subtitle = (
            "Enter opens a day, or a statement in the reader"
            if self.opened is not None
            else "Enter opens the statement in the reader"
        )

    @on(NavList.OptionSelected, "#timeline")
    def _selected(self, event: NavList.OptionSelected) -> None:
        event.stop()
        option_id = event.option.id or ""
        if option_id.startswith("s:"):
            self._toggle(option_id)
            return
        target = self.targets.get(option_id)
        if target is not None:
            self.dismiss(target)

    def _toggle(self, heading_id: str) -> None:
        """Open or fold one section of a long timeline, keeping the cursor on its heading."""
        if self.opened is None:
            return
        self.opened ^= {heading_id[2:]}
        options, self.targets = timeline_options(self.calendar, self.opened)
        listing = self.query_one("#timeline", NavList)
        listing.set_options(options)
        listing.highlighted = listing.get_option_index(heading_id)
        listing.scroll_to_highlight(top=True)

    def action_back(self) -> None:
        self.dismiss(None)
