"""What the in-app export decides: where the brief may go, and what goes into it. No Textual.

The export dialog only asks for a path and shows the answer; the rules live here so they are
tested on plain paths. A brief is never written into the briefing's own folders (they may be
read-only and shared, and a stray ``brief.md`` would become an article next time), never over
one of its article files, and never silently over an existing file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.export import compose_brief

if TYPE_CHECKING:
    from briefing.briefing import Briefing
    from briefing.notes import Bookmark

#: Topics in the brief: the same number the CLI's ``export`` uses by default.
TOPICS_IN_BRIEF = 5


class ExportRefused(Exception):
    """The path cannot take the brief; ``str(error)`` says why and what to do instead."""


@dataclass(frozen=True, slots=True)
class ExportTarget:
    """A checked destination: the absolute path, and whether a file is already there."""

    path: Path
    exists: bool


def default_path(today: dt.date) -> str:
    """ "~/briefing-2025-10-09.md" as the user would type it (``~`` is expanded on use)."""
    return f"~/briefing-{today.isoformat()}.md"


def check_target(typed: str, briefing_paths: Sequence[Path]) -> ExportTarget:
    """The absolute path for what the user typed, or ``ExportRefused`` with a reason."""
    text = typed.strip()
    if not text:
        raise ExportRefused("Type a file name, e.g. ~/brief.md")
    if "\x00" in text:
        raise ExportRefused("A file name cannot contain a NUL character")
    try:
        target = Path(text).expanduser()
    except RuntimeError as error:  # "~" with no home folder to expand it to
        raise ExportRefused(f"Cannot use {text}: {error}; type the whole path") from error
    if not target.is_absolute():
        target = Path.cwd() / target
    try:
        resolved = target.resolve()
    except (OSError, RuntimeError) as error:  # a symlink loop
        raise ExportRefused(f"Cannot use {text}: {error}") from error
    if resolved.is_dir():
        raise ExportRefused(f"{text} is a folder; add a file name, e.g. {target / 'brief.md'}")
    for root in briefing_paths:
        root = Path(root).expanduser().resolve()
        inside = resolved == root or (root.is_dir() and resolved.is_relative_to(root))
        if inside:
            raise ExportRefused(
                f"{text} is inside the briefing ({root}); save the brief somewhere else"
            )
    if not resolved.parent.is_dir():
        raise ExportRefused(f"The folder {resolved.parent} does not exist")
    return ExportTarget(resolved, resolved.exists())


def compose(
    briefing: Briefing,
    bookmarks: Sequence[Bookmark],
    today: dt.date,
    topics: int = TOPICS_IN_BRIEF,
) -> str:
    """The whole brief (top topics, timeline, discrepancies, notes), as ``briefing export``.

    Slow on a large briefing the first time (topics and analyses are computed, then cached):
    the app calls it from a thread worker.
    """
    return compose_brief(briefing, bookmarks, today, count=topics)
