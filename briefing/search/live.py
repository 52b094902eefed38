"""The index as opened: which Whoosh searcher is live, and why the next sync must rebuild.

Split from :mod:`briefing.search.index` so that deciding what state the files on disk are in
(missing, damaged, half-written, written by other code or another Whoosh) lives apart from
writing to them (``SearchIndex.sync``) and reading them (``SearchIndex.search``).
:class:`LiveIndex` holds the locks and the live searcher;
:class:`~briefing.search.index.SearchIndex` builds syncing and querying on it.
"""

from __future__ import annotations

import gc
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Self

from whoosh.searching import Searcher

from briefing import errorlog, gcpause
from briefing.parallel import resolve_jobs
from briefing.search import mapped, store
from briefing.search.manifest import Manifest, check_files
from briefing.search.schema import build_schema
from briefing.search.vocabulary import Vocabulary

#: How long a sync waits for another process's sync (a full rebuild of a big briefing).
DEFAULT_LOCK_TIMEOUT = 600.0


@dataclass(slots=True)
class Live:
    """The open index and what was learned when it was opened."""

    ix: Any
    searcher: Searcher
    ids: frozenset[str]
    manifest: dict[str, store.Entry]
    stamp: tuple[int, int, tuple[str, ...]]
    #: The whole manifest: its file records spare a commit checksumming unchanged files.
    record: Manifest | None = None
    #: Read on first use (a pattern or an unknown word), not on open: reopening stays cheap.
    vocabulary: Vocabulary | None = None


class LiveIndex:
    """A briefing's index directory as opened: its locks, its live searcher (if any) and the
    reason the next sync must rebuild (if one)."""

    def __init__(
        self,
        directory: Path,
        lock_timeout: float = DEFAULT_LOCK_TIMEOUT,
        code: str = "",
        jobs: int | None = None,
    ) -> None:
        self.directory = directory
        #: Fingerprint of the code that makes the indexed text; an index by other code is rebuilt.
        self.code = code
        #: How many processes a rebuild may use (every core by default).
        self.jobs = resolve_jobs(jobs)
        #: Why the last sync could not write ("disk full in …"), until one succeeds.
        self.write_failure: str | None = None
        #: User-facing sentences about what happened to the index (rebuilt, damaged, busy).
        self.notices: list[str] = []
        self._lock_timeout = lock_timeout
        self._state = threading.RLock()
        self._writing = threading.Lock()
        self._schema = build_schema()
        self._live: Live | None = None
        #: Why the next sync must rebuild (None: an incremental sync will do).
        self._rebuild_reason: str | None = None
        self._closed = False

    # ----------------------------------------------------------------- opening

    @classmethod
    def open(
        cls,
        directory: Path,
        *,
        lock_timeout: float = DEFAULT_LOCK_TIMEOUT,
        code: str = "",
        jobs: int | None = None,
    ) -> Self:
        """Open (creating if needed) the index in ``directory``.

        Raises ``IndexUnavailable`` only when the directory cannot be created or written, or
        may be written by someone else (Whoosh's table of contents is a pickle).
        A missing, damaged or foreign index is not an error: it is rebuilt on the next sync.
        A rebuild runs on ``jobs`` processes (``None``: one per core).
        """
        directory = Path(directory)
        store.ensure_writable(directory)
        self = cls(directory, lock_timeout, code, jobs)
        with self._state, gcpause.paused(long_lived=True):  # the manifest rows, ids: gcpause
            self._load()
        return self

    @property
    def _index_dir(self) -> Path:
        return self.directory / store.INDEX_DIR

    def _load(self) -> None:
        """(Re)open the live index, or record why it must be rebuilt. Caller holds the lock."""
        self._close_live()
        index_dir = self._index_dir
        if not index_dir.is_dir() or not any(index_dir.glob("_MAIN_*.toc")):
            self._rebuild_reason = "there was no index yet"
            return
        meta = store.read_meta(index_dir)
        mismatch = store.meta_mismatch(meta, self.code)
        if mismatch and store.meta_mismatch(meta, (meta or {}).get("code", "")):
            self._needs_rebuild(mismatch)  # another layout or Whoosh: do not even open it
            return
        try:
            manifest = store.read_manifest(index_dir)
        except store.ManifestError:
            self._needs_rebuild(mismatch or "its record of indexed files was unreadable")
            return
        if not manifest.files:
            self._needs_rebuild(mismatch or "its record of indexed files was missing")
            return
        check = check_files(index_dir, manifest)
        if check.damaged:
            self._needs_rebuild(f"it was damaged ({', '.join(check.damaged[:3])} changed on disk)")
            return
        stamp = store.index_stamp(index_dir)
        ix = searcher = None
        try:
            ix = mapped.open_index(str(index_dir), self._schema)
            searcher = ix.searcher()
            ids = store.indexed_ids(searcher, manifest, check)
        except Exception as error:  # corruption shows as almost any exception (WHOOSH.md #8)
            errorlog.record(error, f"opening the search index in {index_dir}")
            if searcher is not None:
                store.quietly_close(searcher)
            del ix, searcher
            gc.collect()  # release file handles the failed open left behind in tracebacks
            self._needs_rebuild(f"it was damaged ({type(error).__name__} on opening)")
            return
        self._live = Live(ix, searcher, ids, manifest.articles, stamp, record=manifest)
        self._rebuild_reason = None
        if mismatch:  # made by other code: searched until the rebuild has replaced it
            self._needs_rebuild(mismatch)

    def _needs_rebuild(self, reason: str) -> None:
        """Record why the next sync must rebuild, and tell the user in ``notices``."""
        self._rebuild_reason = reason
        self._note(f"The search index will be rebuilt because {reason}.")

    def _note(self, notice: str) -> None:
        if notice not in self.notices:
            self.notices.append(notice)

    def _close_live(self) -> None:
        if self._live is not None:
            store.quietly_close(self._live.searcher)
            self._live = None

    def close(self) -> None:
        """Release the searcher's files. Safe to call twice."""
        with self._state:
            self._closed = True
            self._close_live()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
