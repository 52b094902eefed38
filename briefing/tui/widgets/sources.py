"""The Sources pane: one entry per article (outlet, date, title), filterable and sortable.

The screen binds down the articles, the read set, the sort key and the topic filter; the pane
only renders them (via ``briefing.tui.listing``) and posts ``ArticleChosen`` when the user
opens one. Files that could not be opened are listed too, dim and with their reason, so nothing
is silently lost.
"""

from __future__ import annotations

import contextlib

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.reactive import reactive
from textual.widgets import Input
from textual.widgets.option_list import Option, OptionDoesNotExist

from briefing.model import Article, Skipped
from briefing.tui import listing
from briefing.tui.lines import fit_title, several_languages, source_entry
from briefing.tui.messages import ArticleChosen
from briefing.tui.text import clean, hanging_lines, skipped_option
from briefing.tui.widgets.navlist import NavList, focus_now

#: Rendering an option costs about a third of a millisecond; past this many the list shows a
#: "type to filter" line instead (the order used by "next unread" still covers everything).
MAX_SHOWN = 400

#: Shown when the filter matches no article: what was looked for, and where.
_NO_MATCH = "no article matches “{}” (outlet, title, date or language code such as ru)"


class SourceList(Vertical):
    """Filter box over the list of articles."""

    articles: reactive[tuple[Article, ...]] = reactive((), always_update=True)
    skipped: reactive[tuple[Skipped, ...]] = reactive(())
    read: reactive[frozenset[str]] = reactive(frozenset())
    sort_key: reactive[str] = reactive("date")
    #: Ids of the chosen topic's articles (None: no topic filter).
    only: reactive[frozenset[str] | None] = reactive(None)
    #: Name of the chosen topic, for the pane title.
    only_label: reactive[str] = reactive("")
    current: reactive[str | None] = reactive(None)

    def compose(self) -> ComposeResult:
        yield Input(placeholder="filter sources (f)", id="sources-filter")
        yield NavList(id="sources-list")

    def on_mount(self) -> None:
        self.border_title = "Sources"

    @property
    def order(self) -> list[str]:
        """Ids in the order shown (what "next unread" walks)."""
        return [a.id for a in self._visible()]

    def _visible(self) -> list[Article]:
        needle = self.query_one("#sources-filter", Input).value
        chosen = listing.filter_articles(self.articles, needle, self.only)
        return listing.sort_articles(chosen, self.sort_key)

    def _refresh_list(self) -> None:
        if not self.is_mounted:
            return
        options = self.query_one("#sources-list", NavList)
        visible = self._visible()
        coded = several_languages(self.articles)
        items: list[Option | None] = [
            Option(source_entry(a, read=a.id in self.read, language=coded), id=a.id)
            for a in visible[:MAX_SHOWN]
        ]
        needle = self.query_one("#sources-filter", Input).value.strip()
        if not visible and needle and self.articles:
            # An empty pane under a typed filter looked broken (ux60): say what was looked for.
            items.append(
                Option(Text(_NO_MATCH.format(clean(needle)), style="dim italic"), disabled=True)
            )
        if len(visible) > MAX_SHOWN:
            more = Text(f"… {len(visible) - MAX_SHOWN} more: type to filter", style="dim italic")
            items.append(Option(more, disabled=True))
        if self.skipped and self.only is None:
            items.append(None)
            items.extend(
                Option(hanging_lines(skipped_option(s.path, s.reason)), disabled=True)
                for s in self.skipped
            )
        keep = options.highlighted_option.id if options.highlighted_option else self.current
        options.set_options(items)
        ids = [a.id for a in visible[:MAX_SHOWN]]
        if keep in ids:
            options.highlighted = ids.index(keep)
        elif ids:
            options.highlighted = 0
        self._shown = len(visible)
        self._title()
        self.border_subtitle = f"{len(self.skipped)} skipped" if self.skipped else ""

    def _title(self) -> None:
        """Count, then the topic filter, then the sort order — as many as fit: never "…"."""
        count = f"Sources {getattr(self, '_shown', 0)}/{len(self.articles)}"
        topic = self.only_label if self.only is not None else ""
        # Hidden (another pane in front at 80 columns): the whole title, for when it shows.
        room = max(8, self.size.width - 6) if self.size.width else 200
        self.border_title = fit_title([count, topic, f"by {self.sort_key}"], room)

    def on_resize(self) -> None:
        self._title()

    watch_articles = watch_skipped = watch_read = watch_sort_key = watch_only = _refresh_list

    def watch_current(self, current: str | None) -> None:
        options = self.query_one("#sources-list", NavList)
        if current is None:
            return
        # Not shown under the current filter: nothing to highlight.
        with contextlib.suppress(OptionDoesNotExist):
            options.highlighted = options.get_option_index(current)

    @on(Input.Changed, "#sources-filter")
    def _filter_changed(self) -> None:
        self._refresh_list()

    @on(Input.Submitted, "#sources-filter")
    def _filter_done(self) -> None:
        focus_now(self.query_one("#sources-list", NavList))

    @on(NavList.OptionSelected, "#sources-list")
    def _open(self, event: NavList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(ArticleChosen(event.option.id))
