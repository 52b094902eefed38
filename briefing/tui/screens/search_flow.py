"""The main screen's search: a query typed, its hits found in a thread worker, shown.

Split from ``main.py`` (which holds the state and routes the other messages) to keep both
small. The hits on screen come first, highlighted, and the rest after unless another key came;
an answer to an older query than the last typed is dropped (``_search_generation``). A query
typed before the briefing opened waits in ``_pending_query``, which ``MainScreen`` sets up.
"""

from __future__ import annotations

from textual import on, work

from briefing.tui.messages import (
    SearchLeft,
    SearchRequested,
    SuggestionChosen,
    SyntaxHelpRequested,
)
from briefing.tui.screens import loading
from briefing.tui.screens.actions import MainActions
from briefing.tui.widgets.navlist import focus_now
from briefing.tui.widgets.search import SearchPane

#: Hits listed; the first FIRST_HITS (more than a 36-row pane shows) come highlighted first.
SEARCH_LIMIT, FIRST_HITS = 30, 8


class MainSearch(MainActions):
    """Search handlers; the state they use is set up by ``MainScreen``."""

    _search_generation: int
    _pending_query: str

    @on(SearchRequested)
    def _search_requested(self, event: SearchRequested) -> None:
        event.stop()
        self._pending_query = event.query
        if self.briefing is not None:
            self._run_search(event.query)

    def _run_search(self, query: str) -> None:
        self._search_generation += 1
        pane = self.query_one(SearchPane)
        if not query.strip():
            pane.result = None
            self._set_suggestion(None)
            return
        pane.busy = True
        self._search_worker(query, self._search_generation)

    @work(thread=True, exclusive=True, group="search", exit_on_error=False)
    def _search_worker(self, query: str, generation: int) -> None:
        """The hits on screen first, highlighted; then (unless another key came) the rest."""
        briefing = self.briefing
        assert briefing is not None
        first = briefing.search(query, limit=SEARCH_LIMIT, snippets_for=FIRST_HITS)
        self.post_message(loading.Searched(generation, first, highlighted=FIRST_HITS))
        if len(first.hits) <= FIRST_HITS or generation != self._search_generation:
            return
        rest = briefing.search(query, limit=SEARCH_LIMIT)
        self.post_message(loading.Searched(generation, rest))

    @on(loading.Searched)
    def _searched(self, event: loading.Searched) -> None:
        if event.generation != self._search_generation:
            return  # an older query finished after a newer one was typed
        pane = self.query_one(SearchPane)
        pane.busy = False
        pane.show(event.result, event.highlighted)
        self._set_suggestion(event.result.suggestion)

    @on(SearchLeft)
    def _search_left(self, event: SearchLeft) -> None:
        event.stop()
        target = "#results" if event.to_results else "#reader"
        focus_now(self.query_one(target))

    @on(SuggestionChosen)
    def _suggestion_chosen(self, event: SuggestionChosen) -> None:
        event.stop()
        self.query_one(SearchPane).set_query(event.suggestion)

    @on(SyntaxHelpRequested)
    def _syntax_help(self, event: SyntaxHelpRequested) -> None:
        event.stop()
        self.action_help(syntax=True)
