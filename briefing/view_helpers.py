"""The helpers the CLI and the TUI share, reached through the façade.

Split from :mod:`briefing.briefing` to keep that module under the size limit. The views may
import only the façade and plain modules (tests/test_layers.py), so what they both need from
the domain — arranging a timeline, the reading state and bookmarks of a briefing — is offered
as methods of :class:`~briefing.briefing.Briefing`, which inherits them from
:class:`ViewHelpers`. Each imports its module lazily, on first use.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from briefing import paths

if TYPE_CHECKING:
    from briefing.analysis import TimelineEntry
    from briefing.analysis.calendar import Calendar
    from briefing.notes import BookmarkStore
    from briefing.state import ReadingState


class ViewHelpers:
    """The views' shared helpers; ``key`` is set by ``Briefing``'s ``__init__``."""

    key: str

    @staticmethod
    def arrange_timeline(entries: Iterable[TimelineEntry]) -> Calendar:
        """Any timeline entries arranged as :meth:`calendar` arranges the briefing's."""
        from briefing.analysis.calendar import arrange

        return arrange(entries)

    @staticmethod
    def statements_by_source(entries: Iterable[TimelineEntry]) -> dict[str, list[TimelineEntry]]:
        """Article id → its entries, one per sentence (a sentence with two dates shows once)."""
        from briefing.analysis.calendar import by_source

        return by_source(entries)

    def reading_state(self) -> ReadingState:
        """What the user has read and where they were, kept per briefing."""
        from briefing.state import ReadingState

        return ReadingState.load(paths.state_root() / self.key)

    def bookmarks(self) -> BookmarkStore:
        """The user's bookmarks and notes for this briefing."""
        from briefing.notes import BookmarkStore

        return BookmarkStore.for_briefing(self.key)
