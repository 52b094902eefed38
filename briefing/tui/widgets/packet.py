"""The packet line at the top of the main screen: what this briefing is, in one line.

Outlets, date span and languages come from ``Briefing.overview()`` at once; the top topics when
the topics are ready; then, in a thread worker, the main event (shown only when the façade
offers one: ``Briefing.main_event``) and the number of disagreements from
``Briefing.discrepancies()`` (cached on disk, but the first run on a large packet takes a
while: it runs in a process of its own, ``briefing/elsewhere.py``). ``i`` opens the same at length.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from rich.console import RenderableType
from rich.text import Text
from textual import work
from textual.widgets import Static
from textual.worker import get_current_worker

from briefing import errorlog
from briefing.model import Topic
from briefing.tui.lines import OneLine, overview_line, overview_text

if TYPE_CHECKING:
    from briefing.briefing import Briefing
    from briefing.overview import PacketOverview


class PacketLine(Static):
    """One line: event, articles, outlets, dates, languages, disagreements, top topics."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.packet: PacketOverview | None = None
        self.topic_names: tuple[str, ...] = ()
        self.disagreements: int | None = None
        self.event: str | None = None

    def show_briefing(self, briefing: Briefing) -> None:
        """Count what the articles state now; the main event and the disagreements follow
        from a worker (:meth:`count_disagreements`)."""
        self.packet = briefing.overview()
        self._draw()

    def count_disagreements(self, briefing: Briefing) -> None:
        """Find the main event and count the disagreements (after the index and topics: it
        shares the CPU). The event reads every article and the topics: 14 s of a frozen
        screen at 10,000 articles when it ran on the UI thread as the briefing opened."""
        self._worker(briefing)

    @work(thread=True, exclusive=True, group="overview", exit_on_error=False)
    def _worker(self, briefing: Briefing) -> None:
        try:
            event = getattr(briefing, "main_event", None)
            found = event() if callable(event) else event
        except Exception as error:  # the line is a nicety: without an event it still says a lot
            errorlog.record(error, "finding the main event for the packet line")
            found = None
        self.app.call_from_thread(self._event_found, str(found) if found else None)
        worker = get_current_worker()
        try:
            count = briefing.count_discrepancies(lambda: worker.is_cancelled)
        except Exception as error:  # the line is a nicety: the D screen says what went wrong
            errorlog.record(error, "counting disagreements for the packet line")
            return
        if count is not None:
            self.app.call_from_thread(self._counted, count)

    def _event_found(self, event: str | None) -> None:
        self.event = event
        self._draw()

    def _counted(self, count: int) -> None:
        self.disagreements = count
        self._draw()

    def set_topics(self, topics: Sequence[Topic]) -> None:
        """The best-ranked topics' names (the topics come ranked from the façade)."""
        self.topic_names = tuple(t.name for t in topics[:8])
        self._draw()

    def on_mount(self) -> None:
        self.display = False  # no row until there is a packet to describe

    @property
    def _other_topics(self) -> tuple[str, ...]:
        """The top topics but the main event, which opens the line already."""
        return tuple(name for name in self.topic_names if name != self.event)

    def _draw(self) -> None:
        if self.packet is None:
            return
        self.display = True
        line = overview_line(
            self.packet,
            topics=self._other_topics,
            disagreements=self.disagreements,
            event=self.event,
        )
        self.update(OneLine(line))

    def details(self) -> RenderableType:
        """The packet at length (the ``i`` screen)."""
        if self.packet is None:
            return Text("The briefing is still opening…", style="dim")
        return overview_text(
            self.packet,
            topics=self._other_topics,
            disagreements=self.disagreements,
            event=self.event,
        )
