"""The Search pane: a query box and results grouped by article, with highlighted snippets.

The pane never searches itself: typing posts ``SearchRequested`` and the screen runs the
query in a thread worker, then binds the ``SearchResult`` back down. Enter in the box (or
Escape) leaves it, so plain-letter keys work again; Enter on a result opens the article at
that hit. A did-you-mean suggestion is the first result line (and ``ctrl+y`` from anywhere).
``?`` typed into an *empty* box opens the query syntax help — anywhere else it is the
single-character wildcard it is in the query language.
"""

from __future__ import annotations

from collections import Counter

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.geometry import Size
from textual.reactive import Reactive, reactive
from textual.widgets import Input, Static
from textual.widgets.option_list import Option

from briefing.model import Hit, SearchResult, Span
from briefing.tui.lines import plural
from briefing.tui.messages import (
    ArticleChosen,
    SearchLeft,
    SearchRequested,
    SuggestionChosen,
    SyntaxHelpRequested,
)
from briefing.tui.text import (
    DIM,
    FALLBACK_STYLE,
    clean,
    format_date,
    hanging,
    outlet,
    outlet_or_file,
    snippet_text,
)
from briefing.tui.widgets.navlist import NavList, focus_now

SUGGESTION_ID = "suggestion"


class SearchInput(Input):
    """The query box; ``?`` in an empty box asks for syntax help instead of typing.

    Enter moves focus to the results. Keys typed quickly are queued to the box before the
    first Enter has moved focus, so a second Enter that reaches the box after focus has left
    it is handed to the results list, which opens the first hit (waiting for the search if it
    is still running) — instead of the second Enter being swallowed.
    """

    def _watch_value(self, value: str) -> None:
        """Textual's ``Input`` sets its virtual size (the text's width) on every value, and a
        virtual size is a layout property: each typed letter was a reflow and a repaint of the
        whole screen, ~40 ms of the UI thread at 10,000 articles (benchmarks/PROFILE.md). The
        box's size does not depend on its text (unless sized ``auto``, which Textual still
        lays out), so the size is stored without a layout; scrolling reads it from there."""
        if not self.styles.auto_dimensions:
            self.set_reactive(Input.virtual_size, Size(self.content_width, 1))
        super()._watch_value(value)

    async def _on_key(self, event: events.Key) -> None:
        if event.key == "enter" and self.parent is not None:
            event.stop()
            event.prevent_default()
            results = self.parent.query_one("#results", ResultsList)
            if self.screen.focused is self:  # ``has_focus`` lags: it follows the Blur event
                focus_now(results)
            elif self.screen.focused is results:
                results.action_select()
            return
        if event.character == "?" and not self.value:
            event.stop()
            event.prevent_default()
            self.post_message(SyntaxHelpRequested())
            return
        if event.key == "escape":
            event.stop()
            event.prevent_default()
            self.post_message(SearchLeft(to_results=False))
            return
        await super()._on_key(event)


class ResultsList(NavList):
    """The result lines; Enter before the results of the typed query are in opens the first hit
    when they arrive, so a fast "query, Enter, Enter" never lands on stale lines or nothing."""

    #: Textual's widgets declare the virtual size (here: how many lines the entries take) a
    #: layout property: each new set of results, and the rest appended below the fold, asked a
    #: reflow and repaint of the whole screen, two per typed key, ~40 ms of the UI thread each
    #: at 10,000 articles (benchmarks/PROFILE.md). The list's own size does not depend on its
    #: entries (it is ``1fr``, not ``auto``), so a new line count is only the list's business —
    #: its scroll range and scrollbar thumb, repainted with it. A scrollbar that appears or
    #: goes is still laid out: Textual's ``show_vertical_scrollbar`` is a layout property too.
    virtual_size: Reactive[Size] = Reactive(Size(0, 0), layout=False)

    def _watch_virtual_size(self) -> None:
        if self.styles.auto_dimensions:  # then the list's height is its line count
            self.refresh(layout=True)

    def action_select(self) -> None:
        pane = self.parent
        if isinstance(pane, SearchPane) and pane.stale:
            pane.open_first_when_ready = True
            return
        super().action_select()


class SearchPane(Vertical):
    """Query box, status line and grouped results."""

    result: reactive[SearchResult | None] = reactive(None, always_update=True)
    busy: reactive[bool] = reactive(False)

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self._targets: dict[str, tuple[str, Span | None, tuple[Span, ...]]] = {}
        #: How many hits of ``result`` are listed (the rest arrive highlighted later).
        self._listed = 0
        self._showing: int | None = None
        #: Enter was pressed on the results before they answered the typed query.
        self.open_first_when_ready = False

    @property
    def stale(self) -> bool:
        """Whether the results shown answer an older query than the one in the box."""
        typed = self.query_one("#query", SearchInput).value
        if not typed.strip():
            return False
        return self.result is None or self.result.query != typed

    def compose(self) -> ComposeResult:
        yield SearchInput(placeholder='/ search: words, "a phrase", migra*, a AND b', id="query")
        yield Static(id="search-status")
        yield ResultsList(id="results")

    def on_mount(self) -> None:
        self.border_title = "Search"

    def _update_active(self) -> None:
        """Rows only while in use: the box focused, or results (or an error) to show."""
        focused = self.screen.focused
        inside = focused is not None and self in focused.ancestors
        typed = bool(self.query_one("#query", SearchInput).value.strip())
        self.set_class(inside or typed, "-active")

    def on_descendant_focus(self) -> None:
        self._update_active()

    def on_descendant_blur(self) -> None:
        self.call_after_refresh(self._update_active)

    @on(Input.Changed, "#query")
    def _query_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(SearchRequested(event.value))

    def watch_busy(self, busy: bool) -> None:
        if busy:
            self._status(Text("searching…", style=DIM))

    def _status(self, text: Text) -> None:
        """One fixed-height line (styles/panes.tcss), so no layout: with one, each of the two
        updates per key typed reflowed the whole screen."""
        self.query_one("#search-status", Static).update(text, layout=False)

    def show(self, result: SearchResult, highlighted: int | None = None) -> None:
        """Show a result whose first ``highlighted`` hits carry highlights (None: all do).

        Only highlighted hits are listed. When the same query comes back with all of them,
        the rest are appended below: the lines on screen, and the cursor, stay as they are.
        """
        current = self.result
        if (
            highlighted is None
            and current is not None
            and current.query == result.query
            and current.total == result.total
            and len(result.hits) > self._listed > 0
            and [h.article_id for h in current.hits] == [h.article_id for h in result.hits]
        ):
            options = self.query_one("#results", NavList)
            items: list[Option | None] = []
            for number in range(self._listed, len(result.hits)):
                items.extend(self._hit_items(number, result.hits[number]))
            self._listed = len(result.hits)
            self.set_reactive(SearchPane.result, result)
            options.add_options(items)
            return
        self._showing = highlighted
        self.result = result

    def watch_result(self, result: SearchResult | None) -> None:
        showing, self._showing = self._showing, None
        options = self.query_one("#results", NavList)
        self._targets = {}
        self._listed = 0
        if result is None or not result.query.strip():
            self.open_first_when_ready = False
            options.clear_options()
            self._status(
                Text(
                    "type to search; Enter for the results, ? in an empty box for syntax", style=DIM
                )
            )
            self.border_subtitle = ""
            self._update_active()
            return
        items: list[Option | None] = []
        if result.suggestion:
            prompt = Text("Did you mean ", style="italic")
            prompt.append(clean(result.suggestion), style="bold")
            prompt.append("?  (ctrl+y)", style=DIM)
            items.append(Option(prompt, id=SUGGESTION_ID))
        listed = result.hits if showing is None else result.hits[:showing]
        for number, hit in enumerate(listed):
            items.extend(self._hit_items(number, hit))
        self._listed = len(listed)
        options.set_options(items)
        options.highlight_first()
        self._status(self._summary(result))
        self._update_active()
        if self.open_first_when_ready and not self.stale:
            self.open_first_when_ready = False
            target = self._targets.get("hit0")
            if target is not None:
                self.post_message(ArticleChosen(*target))

    def _hit_items(self, number: int, hit: Hit) -> list[Option | None]:
        """The header line of one hit and a line per snippet; records where each leads."""
        items: list[Option | None] = []
        key = f"hit{number}"
        header = Text()
        header.append(
            outlet_or_file(hit.source, hit.article_id),
            style="bold" if hit.source else FALLBACK_STYLE,
        )
        header.append(f"  {format_date(hit.date, hit.date_precision)}  ", style=DIM)
        header.append(clean(hit.title) if hit.title else hit.article_id)
        count = len(hit.spans)
        header.append(f"  ({plural(count, 'hit')})", style=DIM)
        first = hit.spans[0] if hit.spans else None
        items.append(Option(hanging(header, 2), id=key))
        self._targets[key] = (hit.article_id, first, hit.spans)
        for part, snippet in enumerate(hit.snippets):
            snippet_key = f"{key}s{part}"
            goto = (
                Span(
                    snippet.paragraph,
                    snippet.offset + snippet.highlights[0][0],
                    snippet.offset + snippet.highlights[0][1],
                )
                if snippet.highlights
                else (Span(snippet.paragraph, snippet.offset, snippet.offset))
            )
            spans = hit.spans if goto in hit.spans else (*hit.spans, goto)
            items.append(Option(hanging(snippet_text(snippet), 3), id=snippet_key))
            self._targets[snippet_key] = (hit.article_id, goto, tuple(sorted(spans)))
        return items

    def _summary(self, result: SearchResult) -> Text:
        if result.error:
            return Text(clean(result.error), style="bold red")
        if not result.hits:
            return Text(f"no matches for {clean(result.query)}", style="italic")
        per_source = Counter(outlet(hit.source) for hit in result.hits)
        text = Text(plural(result.total, "article"), style="bold")
        shown = f" (showing {len(result.hits)})" if result.total > len(result.hits) else ""
        text.append(shown + " · ")
        text.append(", ".join(f"{name} {count}" for name, count in per_source.most_common()))
        return text

    @on(NavList.OptionSelected, "#results")
    def _open(self, event: NavList.OptionSelected) -> None:
        event.stop()
        if event.option.id == SUGGESTION_ID and self.result and self.result.suggestion:
            self.post_message(SuggestionChosen(self.result.suggestion))
            return
        target = self._targets.get(event.option.id or "")
        if target is not None:
            article_id, goto, spans = target
            self.post_message(ArticleChosen(article_id, goto, spans))

    def set_query(self, query: str) -> None:
        """Replace the query text (the suggestion key uses this); posts a new search."""
        box = self.query_one("#query", SearchInput)
        box.value = query
        box.cursor_position = len(query)  # typing goes on at the end, not mid-word
