"""The main screen's actions — what each command in ``commands.COMMANDS`` does.

Split from ``main.py`` (which holds state and message routing) to keep both small. Actions only
run when ``check_action`` allows them, so they can assume their condition holds, but still
guard cheaply because the palette and remapped keys can race with state changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import events
from textual.actions import SkipAction
from textual.widgets import Input

from briefing.model import Span, Topic
from briefing.notes import BookmarkStore
from briefing.tui.commands import COMMANDS, WHY_NOT, Command, by_action
from briefing.tui.listing import next_sort, next_unread
from briefing.tui.screens.reading import ReadingActions
from briefing.tui.text import clean
from briefing.tui.widgets.navlist import focus_now
from briefing.tui.widgets.reader import Reader
from briefing.tui.widgets.search import SearchInput, SearchPane
from briefing.tui.widgets.sources import SourceList
from briefing.tui.widgets.topics import TopicsPane

if TYPE_CHECKING:
    from briefing.briefing import Briefing
    from briefing.state import ReadingState

PANES = ("sources", "reader", "topics")


class MainActions(ReadingActions):
    """Action handlers; the state they use is defined on ``MainScreen``."""

    briefing: Briefing | None
    state: ReadingState | None
    topic_id: str | None
    highlighted_topic: str | None
    pane: str
    _suggestion: str | None
    _store: BookmarkStore | None
    topics: tuple[Topic, ...] | None

    @property
    def reader(self) -> Reader:
        """The reader pane."""
        return self.query_one(Reader)

    @property
    def sources(self) -> SourceList:
        """The sources pane."""
        return self.query_one(SourceList)

    # ------------------------------------------------------------------ availability

    def _conditions(self, name: str) -> bool:
        """Evaluate a command's ``when`` condition against the current state."""
        reader = self.query_one(Reader)
        if name == "article":
            return reader.article is not None
        if name == "marks":
            return bool(reader.marks)
        if name == "foldable":
            return reader.has_foldable
        if name == "topic":
            # The chosen topic, or the one under the cursor while the topics list is in use;
            # not a topic the cursor happens to rest on in a list out of sight.
            focused = self.focused
            browsing = focused is not None and focused.id == "topics-list"
            return self.topic_id is not None or (browsing and self.highlighted_topic is not None)
        if name == "topic_selected":
            return self.topic_id is not None
        if name == "suggestion":
            return self._suggestion is not None
        if name == "briefing":
            return self.briefing is not None
        if name == "from_screen":
            return self.came_from_screen
        if name == "top":
            return not self.came_from_screen
        if name == "unread":
            read = self.state.read if self.state else set()
            return any(i not in read for i in self.query_one(SourceList).order)
        return True

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Only what is possible now shows in the footer and palette, and runs."""
        command = by_action("screen").get(action)
        if command is not None and self._key_taken(command):
            return False
        if command is not None and command.priority and isinstance(self.focused, Input):
            return False  # / and f are typed into a text box: the footer should not offer them
        if command is None or command.when is None:
            return True
        if not self.is_mounted:
            return False
        return self._conditions(command.when)

    def _key_taken(self, command: Command) -> bool:
        """Whether the user gave this command's (default) keys to another command in config.toml:
        their remapping wins (``help = "h"`` must open help, not move a column)."""
        keymap: dict[str, str] = getattr(self.app, "keymap_overrides", {})
        if not keymap or command.id in keymap:
            return False
        claimed = {key for keys in keymap.values() for key in keys.split(",")}
        return all(key in claimed for key in command.keys.split(","))

    def on_key(self, event: events.Key) -> None:
        """Say why a known key does nothing now, instead of nothing at all.

        Runs before the app's bindings (keys bubble up from the focused widget first); keys
        typed into a text box never get here as commands.
        """
        if isinstance(self.focused, Input) or not self.is_mounted:
            return
        keymap: dict[str, str] = getattr(self.app, "keymap_overrides", {})
        reasons = []
        for command in COMMANDS:
            if command.scope != "screen":
                continue
            keys = keymap.get(command.id, command.keys).split(",")
            if event.key in keys or (event.character is not None and event.character in keys):
                if command.when is None or self._conditions(command.when):
                    return
                reasons.append(WHY_NOT[command.when])
        if reasons:
            self.notify(reasons[0], timeout=3, markup=False)

    def next_unread_id(self) -> str | None:
        """The next unread article in the source list's order."""
        read = self.state.read if self.state else set()
        reader = self.query_one(Reader)
        current = reader.article.id if reader.article else None
        return next_unread(self.query_one(SourceList).order, read, current)

    # ------------------------------------------------------------------ panes

    def _set_pane(self, pane: str) -> None:
        """Which pane is in front; on narrow terminals the only side pane shown."""
        self.pane = pane
        for name in PANES:
            self.set_class(name == pane, f"-pane-{name}")

    def action_show_pane(self, pane: str) -> None:
        """Bring a pane forward and focus its list (s, r, t)."""
        if pane not in PANES:
            return
        self._set_pane(pane)
        target = {"sources": "#sources-list", "reader": "#reader", "topics": "#topics-list"}[pane]
        focus_now(self.query_one(target))

    def _skip_while_typing(self) -> None:
        """Let a priority key through to the text box that has focus (it is typed there)."""
        if isinstance(self.focused, Input):
            raise SkipAction()

    def action_focus_search(self) -> None:
        """Focus the search box (/), bringing the reader side forward on narrow terminals."""
        self._skip_while_typing()
        if self.pane == "topics":
            self._set_pane("reader")
        focus_now(self.query_one(SearchInput))

    # ------------------------------------------------------------------ reader

    def action_find(self) -> None:
        """Find in the article (f) — or, in the sources or topics list, filter that list.

        Letters are commands in a list, so without this a user who brings the topics forward
        and types a name runs r (reader), a (bookmark)… instead of filtering.
        """
        self._skip_while_typing()
        focused = self.focused
        for pane, box in (("#sources", "#sources-filter"), ("#topics", "#topics-filter")):
            if focused is not None and self.query_one(pane) in focused.ancestors:
                focus_now(self.query_one(box))
                return
        self._set_pane("reader")
        self.query_one(Reader).open_find()

    def action_toggle_fold(self) -> None:
        self.query_one(Reader).toggle_fold()

    # ------------------------------------------------------------------ sources

    async def action_next_unread(self) -> None:
        target = self.next_unread_id()
        if target is None:
            self.notify("Everything here has been read.", markup=False)
            return
        await self._open_article(target)
        self._set_pane("reader")
        self.query_one(Reader).focus()

    def action_toggle_read(self) -> None:
        article = self.query_one(Reader).article
        if article is None or self.state is None:
            return
        now = self.state.toggle_read(article.id)
        self.query_one(SourceList).read = frozenset(self.state.read)
        self._save_state()
        self.notify("Marked read." if now else "Marked unread.", markup=False)
        self.refresh_bindings()

    def action_cycle_sort(self) -> None:
        sources = self.query_one(SourceList)
        sources.sort_key = next_sort(sources.sort_key)
        if self.has_class("-narrow") and self.pane != "sources":  # its title is out of sight
            self.notify(f"Sources now sorted by {sources.sort_key}.", timeout=3, markup=False)

    # ------------------------------------------------------------------ topics and search

    def _mentions_in(self, article_id: str) -> tuple[Span, ...]:
        topic = self._topic(self.topic_id)
        if topic is None:
            return ()
        return tuple(m.span for m in topic.mentions if m.article_id == article_id)

    def _topic(self, topic_id: str | None) -> Topic | None:
        if topic_id is None or self.topics is None:
            return None
        return next((t for t in self.topics if t.id == topic_id), None)

    def choose_topic(self, topic_id: str | None) -> None:
        """Filter sources by the topic and underline its mentions (None clears)."""
        topic = self._topic(topic_id)
        self.topic_id = topic.id if topic else None
        self.query_one(TopicsPane).chosen = self.topic_id
        sources = self.sources
        sources.only_label = clean(topic.name) if topic else ""
        sources.only = frozenset(topic.articles) if topic else None
        if self.reader.article is not None:
            self.reader.set_mentions(self._mentions_in(self.reader.article.id))
        if topic is not None and self.has_class("-narrow"):  # the sources are out of sight
            count = len(sources.order)
            noun = "source mentions" if count == 1 else "sources mention"
            self.notify(
                f"{count} {noun} {clean(topic.name)}: s shows them, c clears.",
                timeout=4,
                markup=False,
            )
        self.refresh_bindings()

    def action_clear_topic(self) -> None:
        self.choose_topic(None)

    def action_cross_ref(self) -> None:
        from briefing.tui.screens.xref import CrossRefScreen

        focused = self.focused
        browsing = focused is not None and focused.id == "topics-list"
        topic = self._topic(self.highlighted_topic if browsing else self.topic_id)
        if topic is None or self.briefing is None:
            return
        briefing = self.briefing
        if self.app.is_screen_installed("xref"):
            kept = self.app.get_screen("xref")
            if getattr(kept, "topic", None) is None or kept.topic.id != topic.id:  # type: ignore[attr-defined]
                self.app.uninstall_screen("xref")
        self.open_screen("xref", lambda: CrossRefScreen(briefing, topic))

    def _set_suggestion(self, suggestion: str | None) -> None:
        """Remember the did-you-mean for ctrl+y. The footer is not told: the key is not in it
        (``commands.py``), and telling it rebuilds every key it shows; the palette and
        ``check_action`` ask when they need to."""
        self._suggestion = suggestion

    def action_accept_suggestion(self) -> None:
        if self._suggestion:
            self.query_one(SearchPane).set_query(self._suggestion)
            focus_now(self.query_one(SearchInput))

    # ------------------------------------------------------------------ analysis (issue 7 views)

    def _bookmarks(self) -> BookmarkStore | None:
        """This briefing's bookmark store, loaded once; its load problems are shown once."""
        if self.briefing is None:
            return None
        if self._store is None:
            self._store = self.briefing.bookmarks()
            for notice in self._store.notices:
                self.notify(clean(notice), title="Bookmarks", severity="warning", markup=False)
        return self._store

    def action_bookmark(self) -> None:
        """Keep the current hit's sentence, or the paragraph under the cursor, with a note."""
        from briefing.tui.screens.bookmarks import AddBookmarkScreen, passage_to_keep

        reader = self.query_one(Reader)
        store = self._bookmarks()
        if reader.article is None or store is None:
            return
        mark = reader.current_mark
        if mark is not None and mark.paragraph != reader.top_paragraph:
            mark = None  # the cursor moved on: keep the paragraph the user chose
        passage = passage_to_keep(reader.article, reader.top_paragraph, mark)
        self.app.push_screen(AddBookmarkScreen.for_passage(passage, store=store))

    def action_bookmarks(self) -> None:
        from briefing.tui.screens.bookmarks import BookmarksScreen

        store = self._bookmarks()
        briefing = self.briefing
        if briefing is not None and store is not None:
            self.open_screen("bookmarks", lambda: BookmarksScreen(briefing, store))

    def action_timeline(self) -> None:
        from briefing.tui.screens.timeline import TimelineScreen

        briefing = self.briefing
        if briefing is not None:
            self.open_screen("timeline", lambda: TimelineScreen(briefing))

    def action_discrepancies(self) -> None:
        from briefing.tui.screens.discrepancies import DiscrepanciesScreen

        briefing = self.briefing
        if briefing is not None:
            self.open_screen("discrepancies", lambda: DiscrepanciesScreen(briefing))

    def action_export(self) -> None:
        from briefing.tui.screens.export import ExportDialog

        store = self._bookmarks()
        if self.briefing is not None and store is not None:
            self.app.push_screen(ExportDialog(self.briefing, store))

    # ------------------------------------------------------------------ help, back, quit

    def action_help(self, syntax: bool = False) -> None:
        from briefing.tui.screens.help import HelpScreen

        focused = self.focused
        in_search = focused is not None and any(
            isinstance(node, SearchPane) for node in focused.ancestors_with_self
        )
        self.app.push_screen(HelpScreen(syntax_first=syntax or in_search))

    def action_back_out(self) -> None:
        """Escape: leave one level — find box, text box, side pane — then go back along the
        history (the list or screen the article was opened from); then the topic filter."""
        reader = self.query_one(Reader)
        if reader.close_find():
            return
        focused = self.focused
        if isinstance(focused, Input):
            parent = focused.parent
            lists = parent.query("OptionList") if parent is not None else None
            if lists:
                focus_now(lists.first())
            else:
                reader.focus()
            return
        if self.pane != "reader":
            self.action_show_pane("reader")
            return
        if self.go_back():  # a real history first: back to where the article was opened
            return
        if self.topic_id is not None:
            self.choose_topic(None)
            return
        if self.focused is not reader:
            reader.focus()
