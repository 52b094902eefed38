"""The main screen: Sources | Reader | Topics over a Search pane. It owns the state.

Panes get state bound down (articles, read marks, sort order, topic filter, search result) and
send small intent messages up (``ArticleChosen``, ``SearchRequested``, ``TopicChosen``); the
screen decides and tells the others. Everything slow — opening, syncing the index, topics,
searching, related articles — runs in thread workers that post results back (see
``screens/loading.py``); a search result that answers an older query is dropped.
"""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Footer, Static
from textual.worker import Worker, WorkerState

from briefing import errorlog
from briefing.model import Span, Topic
from briefing.notes import BookmarkStore
from briefing.state import ReadingState
from briefing.tui.commands import bindings_for
from briefing.tui.messages import (
    ArticleChosen,
    TopicChosen,
    TopicHighlighted,
)
from briefing.tui.screens import loading
from briefing.tui.screens.navigation import Place
from briefing.tui.screens.search_flow import FIRST_HITS as FIRST_HITS
from briefing.tui.screens.search_flow import SEARCH_LIMIT as SEARCH_LIMIT
from briefing.tui.screens.search_flow import MainSearch
from briefing.tui.text import clean
from briefing.tui.widgets.navlist import focus_now
from briefing.tui.widgets.packet import PacketLine
from briefing.tui.widgets.reader import Reader
from briefing.tui.widgets.search import SearchPane
from briefing.tui.widgets.sources import SourceList
from briefing.tui.widgets.topics import TopicsPane

if TYPE_CHECKING:
    from briefing.briefing import Briefing
    from briefing.tui.app import BriefingApp

MIN_WIDTH, MIN_HEIGHT = 40, 12
#: From this width all three panes show side by side.
WIDE = 120
WORK_LABELS = {
    "open": "Opening the briefing",
    "sync": "Updating the index",
    "search": "Searching",
    "related": "Finding related articles",
}
TOO_SMALL = f"Terminal too small — make it at least {MIN_WIDTH}×{MIN_HEIGHT} (q quits)"


class MainScreen(MainSearch):
    """Three panes and a search pane; narrow terminals show one side pane at a time."""

    BINDINGS: ClassVar[list[BindingType]] = [*bindings_for("screen")]
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (WIDE, "-wide")]  # noqa: RUF012 (Textual's type)
    #: Under 20 rows the reader's header shrinks to the title line, or it would fill the pane.
    VERTICAL_BREAKPOINTS = [(0, "-short"), (20, "-tall")]  # noqa: RUF012 (Textual's type)

    def __init__(self) -> None:
        super().__init__()
        self.briefing: Briefing | None = None
        self.state: ReadingState | None = None
        self.topics: tuple[Topic, ...] | None = None
        self.topic_id: str | None = None
        self.highlighted_topic: str | None = None
        self.pane = "reader"
        self._search_generation = 0
        self._pending_query = ""
        self._suggestion: str | None = None
        self._store: BookmarkStore | None = None
        #: The façade's notes already shown when the briefing opened.
        self._said: tuple[str, ...] = ()
        #: Where Esc (and q, for a sub-screen) go back to; see ``screens/navigation.py``.
        self.history: list[Place] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="top"):
            yield Static(Text("Opening…"), id="status")
            yield PacketLine(id="packet")
        yield Static(Text(TOO_SMALL), id="too-small")
        with Horizontal(id="main"):
            with Vertical(id="left"):
                with Horizontal(id="upper"):
                    yield SourceList(id="sources")
                    yield Reader(id="reader")
                yield SearchPane(id="search")
            yield TopicsPane(id="topics")
        yield Footer()

    @property
    def app_(self) -> BriefingApp:
        """The app, typed."""
        return self.app  # type: ignore[return-value]

    def on_mount(self) -> None:
        # The list first, as in newsboat: at 80×24 the first screen is the source list (with
        # the packet line above it saying what the packet is), and Enter opens an article.
        self._set_pane("sources")
        focus_now(self.query_one("#sources-list"))
        # After the first frame: the worker's imports (Whoosh, the readers) compete with the
        # UI thread for the GIL, and started at once they delayed the first frame by ~0.1 s.
        self.call_after_refresh(self._open_worker)

    def on_unmount(self) -> None:
        """Remember the position however the app ends (q, ctrl+q, the palette)."""
        self._save_state()
        gc.unfreeze()  # collectable again (tests run many apps in one process)

    def on_resize(self) -> None:
        width, height = self.size
        self.set_class(width < MIN_WIDTH or height < MIN_HEIGHT, "-too-small")
        # At 80 columns every key counts: tighter spacing, and ctrl+p (listed in the help)
        # leaves its place at the right to the commands.
        footer = self.query_one(Footer)
        footer.compact = width < WIDE
        footer.show_command_palette = width >= WIDE

    # ------------------------------------------------------------------ opening

    def _status(self, text: str | None) -> None:
        status = self.query_one("#status", Static)
        status.display = text is not None
        if text is not None:
            status.update(Text(text))

    def _progress(self, phase: str, done: int, total: int) -> None:
        """Called on worker threads: post (coalescing) progress messages."""
        self.post_message(loading.Progressed(phase, done, total))

    @work(thread=True, exclusive=True, group="open", exit_on_error=False)
    def _open_worker(self) -> None:
        from briefing.briefing import BriefingError

        try:
            opened = self.app_.opener(self.app_.paths, sync=False, progress=self._progress)
        except BriefingError as error:
            self.post_message(loading.OpenFailed(str(error)))
            return
        except Exception as error:  # anything else: one clear line, never a traceback
            errorlog.record(error, "opening the briefing")
            self.post_message(loading.OpenFailed(f"could not open the briefing: {error}"))
            return
        # Articles and index live for the session: unfrozen, a full collection traversed them
        # while the user typed (80 ms of a stopped UI at 10,000 articles, before the topics').
        gc.freeze()
        self.post_message(loading.Opened(opened))

    @on(loading.Progressed)
    def _show_progress(self, event: loading.Progressed) -> None:
        self._status(loading.progress_label(event.phase, event.done, event.total))

    @on(loading.OpenFailed)
    def _open_failed(self, event: loading.OpenFailed) -> None:
        self._status(f"Could not open: {clean(event.reason)} — press q to quit.")
        self.reader.show_note("Nothing to read: the briefing could not be opened (see above).")
        self._set_pane("reader")  # the note says why; an empty source list would not
        self.reader.focus()  # and keys (q) must not go to a hidden filter box
        self.app_.return_code_on_quit = 2

    @on(loading.Opened)
    async def _opened(self, event: loading.Opened) -> None:
        self.briefing = event.briefing
        self._status("Checking the index…")
        self.state = event.briefing.reading_state()
        for problem in self.state.problems:
            self.notify(clean(problem), title="Reading state", severity="warning", markup=False)
        self.query_one(PacketLine).show_briefing(event.briefing)
        self._said = tuple(event.briefing.notices)
        for notice in self._said:
            self.notify(clean(notice), title="Note", markup=False)
        sources = self.sources
        sources.set_reactive(SourceList.skipped, event.briefing.skipped)
        sources.set_reactive(SourceList.read, frozenset(self.state.read))
        sources.articles = event.briefing.articles
        position = self.state.position
        known = {a.id for a in event.briefing.articles}
        if position is not None and position.article_id in known:
            await self._open_article(position.article_id, scroll_y=position.scroll_y)
        elif sources.order:
            await self._open_article(sources.order[0], mark=False)
        self._sync_worker()
        if self._pending_query:
            self._run_search(self._pending_query)

    @work(thread=True, exclusive=True, group="sync", exit_on_error=False)
    def _sync_worker(self) -> None:
        briefing = self.briefing
        assert briefing is not None
        try:
            report = briefing.sync(self._progress) if briefing.needs_sync else None
        except Exception as error:
            errorlog.record(error, "updating the index")
            self.post_message(loading.WorkFailed("Updating the index", error))
            report = None
        self.post_message(loading.Synced(report))
        try:  # before the first search needs it; a search will say what is wrong
            briefing.prepare_search()
        except Exception as error:
            errorlog.record(error, "preparing the search vocabulary")
        try:
            topics = briefing.topics(self._progress)
        except Exception as error:
            errorlog.record(error, "finding topics")
            self.post_message(loading.WorkFailed("Finding topics", error))
            topics = ()
        gc.freeze()  # loaded for the session: full collections (on the UI thread too) skip it
        self.post_message(loading.TopicsLoaded(tuple(topics)))

    @on(loading.Synced)
    def _synced(self, event: loading.Synced) -> None:
        self._status(None if self.topics is not None else "Finding topics…")
        if self.reader.article is not None:  # asked before the index was ready: ask again
            self._related_worker(self.reader.article.id)
        summary = loading.sync_summary(event.report, said=self._said)
        if summary:
            self.notify(clean(summary), title="Index", markup=False)
        if event.report is not None and event.report.indexed and self._pending_query:
            self._run_search(self._pending_query)

    @on(loading.TopicsLoaded)
    def _topics_loaded(self, event: loading.TopicsLoaded) -> None:
        self.topics = event.topics
        self.query_one(TopicsPane).topics = event.topics
        packet = self.query_one(PacketLine)
        packet.set_topics(event.topics)
        if self.briefing is not None:
            packet.count_disagreements(self.briefing)
        self._status(None)
        self.refresh_bindings()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A worker that died unexpectedly is one line for the user, never a traceback."""
        if event.state != WorkerState.ERROR:
            return
        what = WORK_LABELS.get(event.worker.group, "A background task")
        if event.worker.group == "search":
            self.query_one(SearchPane).busy = False
        self.post_message(loading.WorkFailed(what, event.worker.error or RuntimeError("failed")))

    @on(loading.WorkFailed)
    def _work_failed(self, event: loading.WorkFailed) -> None:
        message = f"{event.what} failed: {clean(event.error) or type(event.error).__name__}"
        self.notify(message, severity="error", markup=False)

    # ------------------------------------------------------------------ articles

    async def _open_article(
        self,
        article_id: str,
        *,
        goto: Span | None = None,
        hits: tuple[Span, ...] = (),
        scroll_y: float | None = None,
        mark: bool = True,
    ) -> None:
        if self.briefing is None:
            return
        try:
            article = self.briefing.article(article_id)
        except KeyError:
            self.notify(f"No article {clean(article_id)} in this briefing.", markup=False)
            return
        reader = self.reader
        reader.show_article(article, hits=hits, goto=goto, scroll_y=scroll_y)
        reader.set_mentions(self._mentions_in(article_id))
        self.sources.current = article_id
        if self.state is not None:
            if mark:
                self.state.mark_read(article_id)
                self.sources.read = frozenset(self.state.read)
            self.state.remember(article_id, scroll_y or 0.0)
            self._save_state(from_reader=False)  # the reader scrolls after the next refresh
        self._related_worker(article_id)
        self.refresh_bindings()

    def _save_state(self, from_reader: bool = True) -> None:
        """Write the reading state; ``from_reader`` first records the reader's scroll offset."""
        if self.state is None:
            return
        readers = self.query(Reader)
        if from_reader and readers and readers.first().article is not None:
            reader = readers.first()
            assert reader.article is not None
            self.state.remember(reader.article.id, reader.body.position)
        problem = self.state.save()
        if problem and not self.app_.state_warning_shown:
            self.app_.state_warning_shown = True
            self.notify(clean(problem), severity="warning", markup=False)

    @on(ArticleChosen)
    async def _article_chosen(self, event: ArticleChosen) -> None:
        event.stop()
        self.remember_focus()
        await self._open_article(event.article_id, goto=event.span, hits=event.marks)
        self._set_pane("reader")
        self.reader.focus()
        self.show_tour()

    @work(thread=True, exclusive=True, group="related", exit_on_error=False)
    def _related_worker(self, article_id: str) -> None:
        if self.briefing is None:
            return
        try:
            related = self.briefing.related(article_id, limit=5)
        except Exception as error:  # related articles are a nicety (none while no index)
            errorlog.record(error, "finding related articles")
            related = ()
        self.post_message(loading.RelatedFound(article_id, tuple(related)))

    @on(loading.RelatedFound)
    def _related_found(self, event: loading.RelatedFound) -> None:
        reader = self.reader
        if self.briefing is None or reader.article is None or reader.article.id != event.article_id:
            return
        known = self.briefing.articles_by_id
        self.query_one(TopicsPane).set_related(tuple(known[i] for i in event.related if i in known))

    # ------------------------------------------------------------------ topics

    @on(TopicChosen)
    def _topic_chosen(self, event: TopicChosen) -> None:
        event.stop()
        self.choose_topic(event.topic_id)

    @on(TopicHighlighted)
    def _topic_highlighted(self, event: TopicHighlighted) -> None:
        event.stop()
        self.highlighted_topic = event.topic_id
        self.refresh_bindings()
