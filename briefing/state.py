"""Reading state of one briefing: which articles were read, and where the reader last was.

It lives in ``paths.state_root()/<briefing key>/state.json`` — never in the briefing folder,
which may be read-only or shared. The file is small JSON written atomically (temp file +
rename), so a crash mid-write leaves the previous state intact.

A state file that cannot be understood is *set aside* (renamed to ``state.json.corrupt``,
``state.json.corrupt.1`` …) rather than deleted or trusted: the user is told, the old bytes
stay on disk for inspection, and reading continues with a fresh state. Nothing here raises
for bad data; saving reports a failure as a sentence so the UI can show it once.

This module is deliberately free of Textual so it can be tested (and reused by the CLI)
without a terminal.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

STATE_FILE = "state.json"
#: Bumped when the JSON layout changes incompatibly; an unknown version is set aside.
STATE_VERSION = 1


@dataclass(frozen=True, slots=True)
class Position:
    """Where the reader was: an article and how far down it was scrolled (in lines)."""

    article_id: str
    scroll_y: float = 0.0


@dataclass(slots=True)
class ReadingState:
    """Mutable reading state of one briefing, loaded from and saved to ``directory``.

    ``problems`` holds user-facing sentences about what went wrong while loading (a corrupt
    file that was set aside); the app shows them as notifications.
    """

    directory: Path
    read: set[str] = field(default_factory=set)
    position: Position | None = None
    problems: list[str] = field(default_factory=list)

    @property
    def path(self) -> Path:
        """The JSON file this state is kept in."""
        return self.directory / STATE_FILE

    # ------------------------------------------------------------------ loading

    @classmethod
    def load(cls, directory: Path) -> ReadingState:
        """Load from ``directory``: a missing file is a fresh start, a bad one is set aside."""
        state = cls(directory=directory)
        try:
            raw = state.path.read_bytes()
        except FileNotFoundError:
            return state
        except OSError as error:
            state.problems.append(
                f"Reading state {state.path} could not be read ({error.strerror or error}); "
                "starting fresh."
            )
            return state
        try:
            data = json.loads(raw.decode("utf-8"))
            read, position = _parse(data)
        except (UnicodeDecodeError, ValueError, TypeError) as error:
            state.problems.append(state._set_aside(str(error)))
            return state
        state.read = read
        state.position = position
        return state

    def _set_aside(self, why: str) -> str:
        """Rename the unreadable file out of the way and say where it went."""
        target = self.path.with_name(STATE_FILE + ".corrupt")
        counter = 0
        while target.exists():
            counter += 1
            target = self.path.with_name(f"{STATE_FILE}.corrupt.{counter}")
        try:
            os.replace(self.path, target)
        except OSError as error:
            return (
                f"Reading state {self.path} is unreadable ({why}) and could not be moved aside "
                f"({error.strerror or error}); starting fresh without saving over it."
            )
        return (
            f"Reading state {self.path} was unreadable ({why}); "
            f"it was set aside as {target.name} and a fresh one started."
        )

    # ------------------------------------------------------------------ changes

    def is_read(self, article_id: str) -> bool:
        """Whether the article has been opened (or marked read)."""
        return article_id in self.read

    def mark_read(self, article_id: str, read: bool = True) -> None:
        """Mark one article read (or unread with ``read=False``)."""
        if read:
            self.read.add(article_id)
        else:
            self.read.discard(article_id)

    def toggle_read(self, article_id: str) -> bool:
        """Flip the read mark; returns the new value."""
        now = not self.is_read(article_id)
        self.mark_read(article_id, now)
        return now

    def remember(self, article_id: str, scroll_y: float = 0.0) -> None:
        """Remember the article on screen and its scroll offset, for the next launch."""
        self.position = Position(article_id, max(0.0, float(scroll_y)))

    # ------------------------------------------------------------------ saving

    def to_json(self) -> dict[str, Any]:
        """The JSON document written to disk."""
        document: dict[str, Any] = {"version": STATE_VERSION, "read": sorted(self.read)}
        if self.position is not None:
            document["position"] = {
                "article": self.position.article_id,
                "scroll_y": self.position.scroll_y,
            }
        return document

    def save(self) -> str | None:
        """Write atomically; returns ``None`` on success or one sentence saying why it failed."""
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.directory, prefix=STATE_FILE, suffix=".tmp")
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as handle:
                    json.dump(self.to_json(), handle, ensure_ascii=False, indent=1)
                os.replace(tmp, self.path)
            finally:
                Path(tmp).unlink(missing_ok=True)
        except OSError as error:
            return f"Could not save reading state to {self.directory} ({error.strerror or error})."
        return None


def _parse(data: object) -> tuple[set[str], Position | None]:
    """Validate the JSON document; raises ValueError/TypeError with a short reason."""
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    if data.get("version") != STATE_VERSION:
        raise ValueError(f"unknown version {data.get('version')!r}")
    read = data.get("read", [])
    if not isinstance(read, list) or not all(isinstance(item, str) for item in read):
        raise ValueError("'read' is not a list of article ids")
    position = None
    raw_position = data.get("position")
    if raw_position is not None:
        if not isinstance(raw_position, dict):
            raise ValueError("'position' is not an object")
        article = raw_position.get("article")
        scroll = raw_position.get("scroll_y", 0.0)
        if not isinstance(article, str) or not isinstance(scroll, int | float):
            raise ValueError("'position' has the wrong shape")
        position = Position(article, max(0.0, float(scroll)))
    return set(read), position
