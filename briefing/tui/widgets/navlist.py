"""An ``OptionList`` that also moves with j/k, used by every list in the app."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import BindingType
from textual.widgets import OptionList

from briefing.tui.commands import bindings_for


class NavList(OptionList):
    """Option list with the app's list keys (j/k next to the arrows) from the command list."""

    BINDINGS: ClassVar[list[BindingType]] = [*bindings_for("list")]
