"""What lives beside the Whoosh files, and how it is written safely.

Layout of the directory the caller gives ``SearchIndex.open`` (always under the user's cache,
never the briefing folder)::

    <directory>/sync.lock            inter-process lock: one syncing process at a time
    <directory>/index/               the live Whoosh index, plus
    <directory>/index/briefing-meta.json      which whoosh distribution/version and schema wrote it
    <directory>/index/briefing-manifest.msgpack  id → [path, size, mtime_ns, content_hash],
                                              and a CRC and identity of each index file
                                              (manifest.py)
    <directory>/index/briefing-words.json     every unstemmed word (vocabulary.py)
    <directory>/index.new/           a rebuild in progress (swapped in when complete)

Meta and manifest live *inside* the index folder so that a rebuild swaps all three in one
rename. The manifest is written after Whoosh's commit, atomically; a crash between the two
only makes the next sync re-index (the manifest is checked against the ids really in the
index), never believe a stale document is current.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import shutil
import tempfile
import time
from collections.abc import Iterator, Mapping
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

from whoosh.filedb.filestore import FileStorage
from whoosh.index import LockError
from whoosh.searching import Searcher

from briefing.cache import folder_problem, make_private, private_dir
from briefing.model import Article
from briefing.search.manifest import MANIFEST_FILE as MANIFEST_FILE  # named here for callers
from briefing.search.manifest import VOCABULARY_FILE as VOCABULARY_FILE
from briefing.search.manifest import Check, Manifest
from briefing.search.manifest import Entry as Entry
from briefing.search.manifest import ManifestError as ManifestError
from briefing.search.manifest import read_manifest as read_manifest
from briefing.search.manifest import write_manifest as write_manifest
from briefing.search.schema import SCHEMA_VERSION, article_id_from_key, safe_text

INDEX_DIR = "index"
STAGING_DIR = "index.new"
RETIRED_DIR = "index.old"
META_FILE = "briefing-meta.json"
LOCK_NAME = "sync.lock"


def write_failure(error: BaseException) -> str:
    """The cause of a failed write in a few words: "disk full", "read-only folder"…"""
    number = getattr(error, "errno", None)
    if number in (errno.ENOSPC, errno.EDQUOT):
        return "disk full"
    if number == errno.EROFS:
        return "read-only file system"
    if number in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if isinstance(error, LockError):
        return "the index is locked by another program"
    if not isinstance(error, OSError):  # e.g. parallel.WorkerFailed: its message says it
        return str(error) or type(error).__name__
    return getattr(error, "strerror", None) or type(error).__name__


class IndexUnavailable(Exception):
    """The index directory cannot be created or written; the message is one clear line."""


def ensure_writable(directory: Path) -> None:
    """Create ``directory`` (0700) if needed and prove it is writable and private, or raise
    ``IndexUnavailable``.

    ``os.access`` lies for root and on some network mounts, so this really writes a file.
    Whoosh unpickles its table of contents, so a folder others can write is refused.
    """
    problem = folder_problem(directory)
    if problem is None and directory.is_dir():
        problem = folder_problem(directory / INDEX_DIR)
    if problem is not None:
        raise IndexUnavailable(f"Not using the search index folder {directory}: {problem}.")
    try:
        private_dir(directory)
        fd, probe = tempfile.mkstemp(prefix=".probe-", dir=directory)
        os.close(fd)
        os.unlink(probe)
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise IndexUnavailable(
            f"Cannot use the search index folder {directory}: {reason}."
        ) from error


@lru_cache(maxsize=1)
def current_meta() -> dict[str, Any]:
    """Who writes the index now: the installed distribution providing ``whoosh``, and ours."""
    dists = _whoosh_distributions()
    return {
        "distribution": "+".join(name for name, _ in dists) or "unknown",
        "version": "+".join(version for _, version in dists) or "unknown",
        "schema_version": SCHEMA_VERSION,
    }


def _whoosh_distributions() -> list[tuple[str, str]]:
    """(name, version) of each installed distribution that ships the ``whoosh`` package.

    Several forks install the same ``whoosh`` package over each other (WHOOSH.md), so the
    name matters as much as the version. ``packages_distributions()`` answers that by reading
    the metadata of every installed distribution (0.1–0.2 s, a third of a reopen); the
    distributions that matter sit beside the package itself and are named ``whoosh…``, so
    look there first and fall back to the full scan only when nothing is found.
    """
    import whoosh

    site = Path(whoosh.__file__).resolve().parent.parent
    found: list[tuple[str, str]] = []
    try:
        candidates = sorted(
            p
            for p in site.iterdir()
            if p.name.lower().startswith("whoosh") and p.name.endswith(".dist-info")
        )
    except OSError:
        candidates = []
    for info in candidates:
        dist = metadata.Distribution.at(info)
        if "whoosh" in (dist.read_text("top_level.txt") or "").split() or any(
            str(f).startswith("whoosh/") for f in dist.files or ()
        ):
            found.append((str(dist.metadata["Name"]), str(dist.version)))
    if found:
        return sorted(found)
    names = sorted(set(metadata.packages_distributions().get("whoosh", [])))
    for name in names:
        try:
            found.append((name, metadata.version(name)))
        except metadata.PackageNotFoundError:  # pragma: no cover - broken install
            found.append((name, "?"))
    return found


def meta_mismatch(found: Mapping[str, Any] | None, code: str = "") -> str | None:
    """A user-facing reason why an index with meta ``found`` must be rebuilt, or ``None``.

    ``code`` fingerprints the program that turns files into indexed text (readers, cleaning,
    analyzers): an index made by other code would hold words the articles no longer have.
    """
    now = current_meta()
    if found is None:
        return "it has no version record"
    if found.get("code", "") != code:
        return "the program that reads and indexes the articles has changed"
    if found.get("schema_version") != now["schema_version"]:
        return (
            f"its layout is from version {found.get('schema_version')} "
            f"and this program uses version {now['schema_version']}"
        )
    if (found.get("distribution"), found.get("version")) != (now["distribution"], now["version"]):
        return (
            f"it was written by {found.get('distribution')} {found.get('version')} "
            f"and this program uses {now['distribution']} {now['version']}"
        )
    return None


def read_meta(index_dir: Path) -> dict[str, Any] | None:
    """The meta record, or ``None`` when it is missing or unreadable."""
    try:
        data = json.loads((index_dir / META_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def write_json_atomic(path: Path, data: object) -> None:
    """Write JSON to ``path`` so a reader sees the old file or the new one, never half."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            # dumps + one write: json.dump streams through many small writes (3× slower).
            handle.write(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def entry_for(article: Article) -> Entry:
    """The manifest row for an article; articles built without a file hash use their text."""
    digest = (
        article.content_hash
        or hashlib.sha256(article.text.encode("utf-8", "surrogatepass")).hexdigest()
    )
    path = safe_text(str(article.path))  # as the manifest can store it, so rows compare equal
    return (path, int(article.size), int(article.mtime_ns), digest)


def remove_strays(index_dir: Path) -> None:
    """Delete what a failed commit left in the live index (half-written segments, Whoosh's
    pool file): on a full disk they are what fills it. Files the manifest lists, and the
    records beside them, are kept; without a readable manifest nothing is touched."""
    try:
        keep = set(read_manifest(index_dir).files)
    except ManifestError:
        return
    if not keep:
        return
    keep |= {META_FILE, MANIFEST_FILE, VOCABULARY_FILE, "MAIN_WRITELOCK"}
    with contextlib.suppress(OSError):
        for path in index_dir.iterdir():
            if path.name in keep:
                continue
            if path.is_dir():  # Whoosh's temporary storage ("MAIN.tmp")
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)


@contextlib.contextmanager
def process_lock(directory: Path, timeout: float) -> Iterator[bool]:
    """Hold the inter-process sync lock; yields False if another process kept it ``timeout`` s.

    Whoosh's own ``FileStorage.lock`` is used (fcntl on POSIX, msvcrt on Windows); the OS
    drops it when a process dies, so a ``kill -9`` never leaves the index locked.
    """
    lock = FileStorage(str(directory)).lock(LOCK_NAME)
    deadline = time.monotonic() + timeout
    acquired = lock.acquire(blocking=False)
    make_private([directory / LOCK_NAME])
    while not acquired and time.monotonic() < deadline:
        time.sleep(0.05)
        acquired = lock.acquire(blocking=False)
    try:
        yield acquired
    finally:
        if acquired:
            lock.release()


def index_stamp(index_dir: Path) -> tuple[int, int, tuple[str, ...]]:
    """Cheap fingerprint of the live index (folder identity and its TOC files).

    Lets a process notice that another one committed or swapped in a rebuild, without
    opening anything.
    """
    try:
        stat = index_dir.stat()
        tocs = tuple(sorted(n for n in os.listdir(index_dir) if n.endswith(".toc")))
    except OSError:
        return (0, 0, ())
    return (stat.st_ino, stat.st_dev, tocs)


def probe(searcher: Searcher) -> frozenset[str]:
    """Read every stored record and the id lexicon, so damage shows now, not mid-search."""
    stored = [article_id_from_key(fields["id"]) for fields in searcher.all_stored_fields()]
    # The lexicon keeps the ids of deleted documents until a merge, so only a subset check.
    lexicon = {article_id_from_key(b.decode("utf-8")) for b in searcher.lexicon("id")}
    if not lexicon.issuperset(stored) or len(set(stored)) != searcher.doc_count():
        raise ValueError("stored records and the id lexicon disagree")
    return frozenset(stored)


def indexed_ids(searcher: Searcher, manifest: Manifest, check: Check) -> frozenset[str]:
    """The ids in the index. When every file was vouched for by its identity, they are the
    manifest's, written with this very commit (Whoosh's document count must agree); when any
    file had to be checksummed, or the count differs, every stored record is read
    (:func:`probe`), so damage shows now and the manifest is believed only for ids really in
    the index."""
    if not check.read and searcher.doc_count() == len(manifest.articles):
        return frozenset(manifest.articles)
    return probe(searcher)


def quietly_close(searcher: Searcher) -> None:
    """Close a searcher that may sit on damaged files; failing to close is not news then."""
    with contextlib.suppress(Exception):
        searcher.close()
