"""Where the user came from: the main screen's history, the sub-screens it keeps, back and quit.

Users of less, newsboat and lnav expect three things, and this module gives them:

* ``q`` closes the view in front — on the timeline, discrepancies, cross-reference, bookmarks
  and help it goes back; in the reader after a jump from one of them it returns there — and
  quits only at the top level (``Q`` quits from anywhere).
* ``Esc`` goes back one step along a real history: after Enter on a source, a search result,
  a related article, a timeline statement, a discrepancy's quote, a passage or a bookmark, it
  returns to that list at the same item.
* Screens remember their position: each sub-screen is built once per briefing and *installed*
  (Textual keeps an installed screen alive when it is popped), so reopening the timeline with
  ``T`` or going back with Esc finds it where it was left, cursor and scroll included.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from textual.screen import Screen
from textual.widgets import Input

from briefing.model import Span
from briefing.tui.widgets.navlist import focus_now
from briefing.tui.widgets.reader import Reader

if TYPE_CHECKING:
    from briefing.briefing import Briefing

Target = tuple[str, Span, tuple[Span, ...]]
#: How many steps back are remembered.
HISTORY_LIMIT = 50
#: The panes in reading order, for h/l.
COLUMNS = ("sources", "reader", "topics")


@dataclass(frozen=True, slots=True)
class Place:
    """One step back: a sub-screen by its installed name, or a list on the main screen."""

    screen: str | None = None
    pane: str | None = None
    widget_id: str | None = None


class Navigation(Screen[None]):
    """History, sub-screens, back and quit for ``MainScreen`` (its state is defined there)."""

    briefing: Briefing | None
    pane: str
    history: list[Place]

    # Provided by MainScreen / MainActions.
    def _set_pane(self, pane: str) -> None:
        raise NotImplementedError

    async def _open_article(
        self,
        article_id: str,
        *,
        goto: Span | None = None,
        hits: tuple[Span, ...] = (),
        scroll_y: float | None = None,
        mark: bool = True,
    ) -> None:
        raise NotImplementedError

    def _save_state(self, from_reader: bool = True) -> None:
        raise NotImplementedError

    def remember(self, place: Place) -> None:
        """Record where a jump into the reader came from (Esc and q return there)."""
        if self.history and self.history[-1] == place:
            return
        self.history.append(place)
        del self.history[:-HISTORY_LIMIT]
        self.refresh_bindings()

    def remember_focus(self) -> None:
        """Record the main screen's list that has focus now, if the jump came from one."""
        focused = self.focused
        if focused is not None and focused.id in (
            "sources-list",
            "results",
            "related",
            "topics-list",
        ):
            self.remember(Place(pane=self.pane, widget_id=focused.id))

    @property
    def came_from_screen(self) -> bool:
        """Whether the last step back is a sub-screen (what q returns to)."""
        return bool(self.history) and self.history[-1].screen is not None

    # ------------------------------------------------------------------ sub-screens

    def open_screen(self, name: str, build: Callable[[], Screen[Any]]) -> None:
        """Show a sub-screen, built once and kept (installed), so it reopens where it was."""
        app = self.app
        if not app.is_screen_installed(name):
            app.install_screen(build(), name)
        screen = app.get_screen(name)
        app.push_screen(screen, partial(self._jumped, name))

    async def _jumped(self, name: str, target: Target | None) -> None:
        """A sub-screen closed; with a target, open the article there and remember the way back."""
        if target is None:
            return
        self.remember(Place(screen=name))
        article_id, goto, marks = target
        await self._open_article(article_id, goto=goto, hits=marks)
        reader = self.query_one(Reader)
        reader.hit_kind = "mention" if name == "xref" else "passage"
        reader.set_tour("")
        self._set_pane("reader")
        focus_now(self.query_one("#reader"))

    def forget_screens(self) -> None:
        """Drop the kept sub-screens (a new briefing: their contents would be stale)."""
        for name in ("timeline", "discrepancies", "bookmarks", "xref"):
            if self.app.is_screen_installed(name):
                self.app.uninstall_screen(name)

    # ------------------------------------------------------------------ back, close, quit

    def go_back(self) -> bool:
        """Return to the last place in the history; False when there is none."""
        if not self.history:
            return False
        place = self.history.pop()
        self.refresh_bindings()
        if place.screen is not None and self.app.is_screen_installed(place.screen):
            self.app.push_screen(
                self.app.get_screen(place.screen), partial(self._jumped, place.screen)
            )
            return True
        if place.pane is not None:
            self._set_pane(place.pane)
        if place.widget_id is not None:
            found = self.query(f"#{place.widget_id}")
            if found and found.first().display:
                focus_now(found.first())
        return True

    def action_close_view(self) -> None:
        """q after a jump from a sub-screen: back to it, at the item you left."""
        self.go_back()

    def action_quit(self) -> None:
        """Remember where the reader was, then quit (q at the top level; typed in text boxes)."""
        self._save_state()
        code = int(getattr(self.app, "return_code_on_quit", 0))
        self.app.exit(code, return_code=code)

    def action_quit_now(self) -> None:
        """Q: quit at once, whatever the history."""
        self.action_quit()

    async def action_column(self, step: int) -> None:
        """h/l: the pane to the left or right (on a narrow terminal, the one brought forward)."""
        if isinstance(self.focused, Input):
            return
        current = self.pane if self.pane in COLUMNS else "reader"
        focused = self.focused
        for name in COLUMNS:
            node = self.query_one(f"#{name}")
            if focused is not None and node in focused.ancestors_with_self:
                current = name
        index = max(0, min(len(COLUMNS) - 1, COLUMNS.index(current) + step))
        await self.run_action(f"show_pane('{COLUMNS[index]}')")
