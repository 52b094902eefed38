"""Messages the main screen's thread workers post back, and the worker bodies' plain helpers.

Workers never touch widgets: they call the façade and post one of these; the screen's handlers
(on the UI thread) apply the result, after checking it is not stale.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from textual.message import Message

from briefing.model import SearchResult, SyncReport, Topic

if TYPE_CHECKING:
    from briefing.briefing import Briefing


class Opened(Message):
    """The briefing opened (cached articles; the index may still need a sync)."""

    def __init__(self, briefing: Briefing) -> None:
        super().__init__()
        self.briefing = briefing


class OpenFailed(Message):
    """Nothing could be opened; ``reason`` is one sentence for the user."""

    def __init__(self, reason: str) -> None:
        super().__init__()
        self.reason = reason


class Progressed(Message):
    """Progress of long work; floods coalesce (only the latest matters)."""

    def __init__(self, phase: str, done: int, total: int) -> None:
        super().__init__()
        self.phase = phase
        self.done = done
        self.total = total

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, Progressed)


class Synced(Message):
    """The index is up to date."""

    def __init__(self, report: SyncReport | None) -> None:
        super().__init__()
        self.report = report


class TopicsLoaded(Message):
    """Topics are ready."""

    def __init__(self, topics: tuple[Topic, ...]) -> None:
        super().__init__()
        self.topics = topics


class Searched(Message):
    """A search finished; ``generation`` says which query it answers (stale ones are dropped)."""

    def __init__(
        self, generation: int, result: SearchResult, highlighted: int | None = None
    ) -> None:
        super().__init__()
        self.generation = generation
        self.result = result
        #: Only the first this many hits carry highlights (the rest follow); None: all do.
        self.highlighted = highlighted


class RelatedFound(Message):
    """Articles related to ``article_id``."""

    def __init__(self, article_id: str, related: tuple[str, ...]) -> None:
        super().__init__()
        self.article_id = article_id
        self.related = related


class WorkFailed(Message):
    """A background task failed unexpectedly; shown as one line, never a traceback."""

    def __init__(self, what: str, error: BaseException) -> None:
        super().__init__()
        self.what = what
        self.error = error


PHASE_LABELS = {"reading": "Reading articles", "indexing": "Indexing", "topics": "Finding topics"}


def progress_label(phase: str, done: int, total: int) -> str:
    """ "Indexing 120/1000" — what the status line shows while work runs."""
    label = PHASE_LABELS.get(phase, phase.title())
    return f"{label} {done}/{total}…" if total > 1 else f"{label}…"


def sync_summary(report: SyncReport | None, said: Sequence[str] = ()) -> str | None:
    """One line about an index sync worth telling the user (None: nothing to say).

    One notification, not two: on a first launch "there was no index yet" and "Indexed 5
    articles" arrived as separate toasts covering the search pane at 80×24. A reason already
    in one of the notes ``said`` at opening ("will be rebuilt because …") is not repeated.
    """
    if report is None:
        return None
    if report.reason and any(report.reason in note for note in said):
        report = replace(report, reason=None)
    parts = []
    if report.indexed:
        noun = "article" if report.indexed == 1 else "articles"
        parts.append(f"Indexed {report.indexed} {noun}")
    if report.removed:
        parts.append(f"dropped {len(report.removed)} removed")
    if not parts:
        return report.reason
    line = ", ".join(parts)
    return f"{line} ({report.reason})." if report.reason else f"{line}."
