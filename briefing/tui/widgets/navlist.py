"""An ``OptionList`` that also moves with j/k, used by every list in the app."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import BindingType
from textual.widget import Widget
from textual.widgets import OptionList

from briefing.tui.commands import bindings_for


class NavList(OptionList):
    """Option list with the app's list keys (j/k next to the arrows) from the command list."""

    BINDINGS: ClassVar[list[BindingType]] = [*bindings_for("list")]

    def highlight_first(self) -> None:
        """Put the cursor on the first selectable line, so Enter right after focusing works."""
        for index in range(self.option_count):
            if not self.get_option_at_index(index).disabled:
                self.highlighted = index
                return


def focus_now(widget: Widget) -> None:
    """Move focus at once, not on the next idle like ``Widget.focus()``.

    Keys already read from the terminal are dispatched before a deferred focus lands, so with
    ``focus()`` a fast typist's (or a paste's) ``/migration`` loses ``migration`` to the old
    focus. ``Screen.set_focus`` is synchronous.
    """
    if isinstance(widget, FocusForwarder):
        widget.focus()
        return
    widget.screen.set_focus(widget)


class FocusForwarder:
    """Marker for containers whose ``focus()`` hands focus (synchronously) to a child."""
