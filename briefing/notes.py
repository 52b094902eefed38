"""Bookmarks and notes: passages the analyst kept, with what they thought of them.

One JSON file per briefing, ``paths.data_root()/<briefing key>/bookmarks.json`` — user data,
never in the briefing folder (which may be read-only and shared) and never in the cache
(which may be deleted at any time). Writes are atomic (a temporary file in the same folder,
flushed, then renamed over the old one), so a crash mid-write leaves the previous file whole.
A file that cannot be read is renamed aside, never deleted, and reported in ``notices``; the
store then starts empty, so the app keeps working and nothing the user wrote is lost.

Used from the CLI and from the app's worker threads: every method takes one lock.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import tempfile
import threading
import uuid
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from briefing import paths

FILE_NAME = "bookmarks.json"
FORMAT_VERSION = 1
#: A note longer than this is almost certainly a paste gone wrong; refuse it clearly.
MAX_NOTE = 20_000


class BookmarkError(Exception):
    """A bookmark operation the user can act on; ``str(error)`` is the whole message."""


@dataclass(frozen=True, slots=True)
class Bookmark:
    """A kept passage: ``article.paragraphs[paragraph].text[start:end] == quote`` when saved."""

    id: str
    article_id: str
    paragraph: int
    start: int
    end: int
    quote: str
    note: str = ""
    #: ISO 8601 UTC timestamps.
    created: str = ""
    updated: str = ""


class BookmarkStore:
    """The bookmarks of one briefing, loaded from and saved to one folder."""

    def __init__(
        self,
        directory: Path,
        items: dict[str, Bookmark],
        notices: tuple[str, ...],
        *,
        blocked: str | None = None,
    ):
        self.directory = directory
        self._items = items
        #: Why saving is refused (a file we could not read or set aside), or None.
        self._blocked = blocked
        #: What the user must be told about loading ("bookmarks.json was unreadable…").
        self.notices = notices
        self._lock = threading.Lock()
        #: (mtime_ns, size) of the file as we last read or wrote it: another process (the CLI
        #: while the app is open) may change it, and a save must not undo its changes.
        self._stamp = _stamp(self.path)

    @property
    def path(self) -> Path:
        """The JSON file (it may not exist yet)."""
        return self.directory / FILE_NAME

    @classmethod
    def for_briefing(cls, key: str) -> BookmarkStore:
        """The store of the briefing with this key, under the user's data folder."""
        return cls.load(paths.data_root() / key)

    @classmethod
    def load(cls, directory: Path) -> BookmarkStore:
        """Read ``directory/bookmarks.json``; a missing file is an empty store."""
        path = Path(directory) / FILE_NAME
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return cls(Path(directory), {}, ())
        except OSError as error:
            # Unreadable (permissions, a folder in its place): leave it alone and do not
            # save over it, but keep the app working with an empty store.
            message = f"could not read {path}: {error.strerror}; bookmarks will not be saved"
            return cls(Path(directory), {}, (message,), blocked=message)
        try:
            items = _parse(raw)
        except ValueError as error:  # includes undecodable bytes
            message, moved = _set_aside(path, str(error))
            return cls(Path(directory), {}, (message,), blocked=None if moved else message)
        return cls(Path(directory), items, ())

    def _refresh(self) -> None:
        """Adopt the file's contents if another process changed it since we last looked."""
        if self._blocked or _stamp(self.path) == self._stamp:
            return
        try:
            self._items = _parse(self.path.read_bytes())
        except FileNotFoundError:
            self._items = {}
        except (OSError, ValueError):
            return  # keep what we have; the next save writes a good file again
        self._stamp = _stamp(self.path)

    def all(self) -> tuple[Bookmark, ...]:
        """Every bookmark, in reading order (article, paragraph, offset)."""
        with self._lock:
            self._refresh()
            return tuple(sorted(self._items.values(), key=_reading_order))

    def for_article(self, article_id: str) -> tuple[Bookmark, ...]:
        """The bookmarks of one article, in reading order."""
        return tuple(b for b in self.all() if b.article_id == article_id)

    def get(self, bookmark_id: str) -> Bookmark:
        """One bookmark by id (``KeyError`` if there is none)."""
        with self._lock:
            return self._items[bookmark_id]

    def add(
        self, article_id: str, paragraph: int, start: int, end: int, quote: str, note: str = ""
    ) -> Bookmark:
        """Keep a passage; an identical passage already kept is returned, its note updated."""
        if paragraph < 0 or start < 0 or end < start:
            raise BookmarkError(f"not a passage: paragraph {paragraph}, characters {start}–{end}")
        _check_note(note)
        now = _now()
        with self._lock:
            self._refresh()
            for existing in self._items.values():
                same = (existing.article_id, existing.paragraph, existing.start, existing.end)
                if same == (article_id, paragraph, start, end):
                    if note and note != existing.note:
                        existing = replace(existing, note=note, updated=now)
                        self._commit({**self._items, existing.id: existing})
                    return existing
            bookmark = Bookmark(
                uuid.uuid4().hex[:12], article_id, paragraph, start, end, quote, note, now, now
            )
            self._commit({**self._items, bookmark.id: bookmark})
            return bookmark

    def remove(self, bookmark_id: str) -> Bookmark:
        """Delete one bookmark and return it (``KeyError`` if there is none)."""
        with self._lock:
            self._refresh()
            items = dict(self._items)
            removed = items.pop(bookmark_id)
            self._commit(items)
            return removed

    def set_note(self, bookmark_id: str, text: str) -> Bookmark:
        """Replace a bookmark's note ("" clears it); ``KeyError`` if there is no such bookmark."""
        _check_note(text)
        with self._lock:
            self._refresh()
            updated = replace(self._items[bookmark_id], note=text, updated=_now())
            self._commit({**self._items, bookmark_id: updated})
            return updated

    def _commit(self, items: dict[str, Bookmark]) -> None:
        """Write ``items`` atomically, then adopt them (memory never runs ahead of disk)."""
        if self._blocked:
            raise BookmarkError(self._blocked)
        document = {
            "version": FORMAT_VERSION,
            "bookmarks": [asdict(b) for b in sorted(items.values(), key=_reading_order)],
        }
        _write_atomic(self.path, json.dumps(document, ensure_ascii=False, indent=2) + "\n")
        self._items = items
        self._stamp = _stamp(self.path)


def _stamp(path: Path) -> tuple[int, int] | None:
    """What tells us the file changed under us: its mtime and size (None when absent)."""
    try:
        status = path.stat()
    except OSError:
        return None
    return (status.st_mtime_ns, status.st_size)


def _reading_order(bookmark: Bookmark) -> tuple[str, int, int, str]:
    return bookmark.article_id, bookmark.paragraph, bookmark.start, bookmark.id


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _check_note(note: str) -> None:
    if len(note) > MAX_NOTE:
        raise BookmarkError(f"a note can be at most {MAX_NOTE:,} characters ({len(note):,} given)")


_FIELDS: dict[str, type] = {
    "id": str, "article_id": str, "paragraph": int, "start": int, "end": int, "quote": str,
    "note": str, "created": str, "updated": str,
}  # fmt: skip


def _parse(raw: bytes) -> dict[str, Bookmark]:
    """The bookmarks in a file; ValueError (with a reason) if it is not ours or is broken."""
    try:
        document = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise ValueError(f"not UTF-8 text (byte {error.start})") from error
    except json.JSONDecodeError as error:
        raise ValueError(f"not valid JSON ({error.msg} at line {error.lineno})") from error
    if not isinstance(document, dict) or not isinstance(document.get("bookmarks"), list):
        raise ValueError("not a bookmarks file")
    if document.get("version") != FORMAT_VERSION:
        raise ValueError(f"unknown format version {document.get('version')!r}")
    items: dict[str, Bookmark] = {}
    for number, entry in enumerate(document["bookmarks"], 1):
        items_entry = _entry(entry, number)
        items[items_entry.id] = items_entry
    return items


def _entry(entry: Any, number: int) -> Bookmark:
    if not isinstance(entry, dict):
        raise ValueError(f"bookmark {number} is not an object")
    values: dict[str, Any] = {}
    for name, kind in _FIELDS.items():
        value = entry.get(name, "" if name in ("note", "created", "updated") else None)
        if not isinstance(value, kind) or isinstance(value, bool):
            raise ValueError(f"bookmark {number} has no valid {name!r}")
        values[name] = value
    return Bookmark(**values)


def _set_aside(path: Path, reason: str) -> tuple[str, bool]:
    """Rename a broken file out of the way (never delete it); say where, and whether it moved."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.stem}.corrupt-{stamp}{path.suffix}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.stem}.corrupt-{stamp}-{counter}{path.suffix}")
    try:
        path.rename(target)
    except OSError as error:
        message = (
            f"{path} is unreadable ({reason}) and could not be set aside ({error.strerror}); "
            "bookmarks start empty and will not be saved over it"
        )
        return message, False
    return f"{path.name} was unreadable ({reason}); kept as {target}; bookmarks start empty", True


def _write_atomic(path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    except OSError as error:
        raise BookmarkError(f"cannot save bookmarks in {path.parent}: {error.strerror}") from error
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise BookmarkError(f"cannot save bookmarks to {path}: {error.strerror}") from error
