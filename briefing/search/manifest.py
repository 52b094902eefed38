"""The index's manifest: which articles the last commit holds, and whether its files are intact.

Whoosh keeps no checksums (WHOOSH.md #8), so after every commit the manifest records, for each
file of the index, its size and CRC-32 — and, to avoid reading 90 MB at every reopen of a
10,000-article briefing, the file's identity as the kernel reports it: size, mtime, ctime and
inode. Any write, truncation, replacement or rename of a file after that changes its ctime
(which no program can set back) or its inode, so an unchanged identity vouches for unchanged
bytes, and only a file whose identity differs is read and checksummed. A file whose identity
could not be told apart from a later write (written in the same tick of the kernel's
coarse clock as the manifest: see :func:`_settle`) carries no identity and is checksummed at
every open, as every file used to be.

A commit adds files and leaves the others as they were: their recorded CRC is kept when their
identity is unchanged, so a sync after one change checksums the new segment, not the index.

Layout: one line of JSON (format, payload length and CRC-32), then MessagePack::

    {"files": {name: [size, crc, size, mtime_ns, ctime_ns, inode] or [size, crc]},
     "rows": [[doc key, path, size, mtime_ns, content hash], ...]}

A manifest cut short, damaged or of another format fails its length, CRC or layout check and is
reported as :class:`ManifestError`, never half-read.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
import time
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

import msgpack

from briefing.cache import make_private
from briefing.search.schema import article_id_from_key, doc_key

MANIFEST_FILE = "briefing-manifest.msgpack"
MANIFEST_FORMAT = 2
#: The vocabulary beside the index (see ``vocabulary.py``; named here to avoid an import cycle).
VOCABULARY_FILE = "briefing-words.json"
#: Words added by later syncs: ``briefing-words.<n>.json`` (see ``vocabulary.save_addition``).
ADDITION_PREFIX = "briefing-words."

#: One manifest row: (path, size, mtime_ns, content_hash).
Entry = tuple[str, int, int, str]
#: What the kernel says about a file: (size, mtime_ns, ctime_ns, inode).
Stamp = tuple[int, int, int, int]

#: How long a commit waits for the coarse clock to pass its files' ctimes (see ``_settle``).
SETTLE_SECONDS = 0.05


class ManifestError(Exception):
    """The manifest file exists but cannot be read as a manifest."""


class IndexFile(NamedTuple):
    """One file of the index as the commit left it."""

    size: int
    crc: int
    #: Its identity when the manifest was written, or None: checksum it at every open.
    stamp: Stamp | None = None


@dataclass(frozen=True, slots=True)
class Manifest:
    """What the last commit wrote: one row per article, and a record per index file."""

    articles: dict[str, Entry] = field(default_factory=dict)
    files: dict[str, IndexFile] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Check:
    """What :func:`check_files` found: the files that differ, and whether any file had to be
    checksummed (its identity had changed or was never recorded)."""

    damaged: list[str]
    read: bool


def stamp_of(info: os.stat_result) -> Stamp:
    return (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino)


def read_manifest(index_dir: Path) -> Manifest:
    """The manifest; empty when absent, ``ManifestError`` when present but damaged."""
    path = index_dir / MANIFEST_FILE
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Manifest()
    except OSError as error:
        raise ManifestError(str(error)) from error
    try:
        line, _, payload = raw.partition(b"\n")
        head = json.loads(line)
        if not isinstance(head, dict) or head.get("format") != MANIFEST_FORMAT:
            raise ValueError("not a manifest of this format")
        if head.get("length") != len(payload) or head.get("crc") != zlib.crc32(payload):
            raise ValueError("cut short or damaged (length or checksum)")
        data = msgpack.unpackb(payload, use_list=False, strict_map_key=True)
        files = {str(name): _index_file(record) for name, record in data["files"].items()}
        articles: dict[str, Entry] = {}
        for key, path_, size, mtime_ns, digest in data["rows"]:
            if type(size) is not int or type(mtime_ns) is not int:
                raise TypeError("a row of another layout")
            ident = article_id_from_key(key) if key[:1] == "\x00" else key
            articles[ident] = (path_, size, mtime_ns, digest)
    except (ValueError, TypeError, IndexError, KeyError, AttributeError) as error:
        raise ManifestError(f"{type(error).__name__}: {error}") from error
    except msgpack.UnpackException as error:
        raise ManifestError(f"{type(error).__name__}: {error}") from error
    return Manifest(articles, files)


def _index_file(record: Any) -> IndexFile:
    size, crc, *rest = record
    if type(size) is not int or type(crc) is not int:
        raise TypeError("a file record of another layout")
    stamp = tuple(rest) if len(rest) == 4 and all(type(v) is int for v in rest) else None
    return IndexFile(size, crc, stamp)


def check_files(index_dir: Path, manifest: Manifest) -> Check:
    """Compare the index files with the manifest: by identity, or by checksum where that
    changed or was never recorded."""
    damaged = []
    read = False
    for name, record in sorted(manifest.files.items()):
        path = index_dir / name
        try:
            info = os.stat(path)
            if info.st_size != record.size:
                damaged.append(name)
            elif record.stamp is None or stamp_of(info) != record.stamp:
                read = True
                if crc_of(path) != record.crc:
                    damaged.append(name)
        except OSError:
            damaged.append(name)
    return Check(damaged, read)


def is_index_file(name: str) -> bool:
    """Whoosh's files for index "MAIN" (``_MAIN_<gen>.toc``, ``MAIN_<segment>.*``) and the
    vocabulary with its additions, which belong to the same commit."""
    return (
        (name.startswith("_MAIN_") and name.endswith(".toc"))
        or (name.startswith("MAIN_") and name != "MAIN_WRITELOCK")
        or (name.startswith(ADDITION_PREFIX) and name.endswith(".json"))
    )


def crc_of(path: Path) -> int:
    crc = 0
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            crc = zlib.crc32(chunk, crc)
    return crc


def write_manifest(
    index_dir: Path, articles: Mapping[str, Entry], previous: Manifest | None = None
) -> Manifest:
    """Record the index files just committed and atomically replace the manifest.

    Right after a commit Whoosh has deleted every file the new generation does not use, so
    what is left is exactly this generation. A file ``previous`` recorded with the same
    identity keeps its checksum; the others (new segments, the vocabulary) are read.
    """
    names = sorted(p.name for p in index_dir.iterdir() if is_index_file(p.name))
    make_private([index_dir / "MAIN_WRITELOCK"])
    known = previous.files if previous is not None else {}
    records: dict[str, IndexFile] = {}
    for name in names:
        path = index_dir / name
        info = os.stat(path)
        if info.st_mode & 0o777 != 0o600:  # Whoosh creates files with the umask's mode
            make_private([path])  # (only then: a chmod changes the ctime, the identity)
            info = os.stat(path)
        stamp = stamp_of(info)
        old = known.get(name)
        crc = old.crc if old is not None and old.stamp == stamp else crc_of(path)
        records[name] = IndexFile(stamp[0], crc, stamp)
    fd, tmp = tempfile.mkstemp(prefix=f".{MANIFEST_FILE}.", suffix=".tmp", dir=index_dir)
    try:
        settled = _settle(fd, (r.stamp for r in records.values() if r.stamp))
        files = {
            name: r if r.stamp and r.stamp[2] < settled else r._replace(stamp=None)
            for name, r in records.items()
        }
        manifest = Manifest(dict(articles), files)
        with os.fdopen(fd, "wb") as handle:
            handle.write(_encode(manifest))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, index_dir / MANIFEST_FILE)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return manifest


def _settle(fd: int, stamps: Iterable[Stamp]) -> int:
    """Wait (at most ``SETTLE_SECONDS``) until the kernel's clock for file times has moved past
    every file's ctime, and return that time: a file with an older ctime that is written
    again gets a newer one. The kernel stamps files from a coarse clock (a few milliseconds
    a tick, a second or two on some file systems), so a write in the same tick as the commit
    could otherwise leave the same ctime; files the clock did not pass carry no identity."""
    newest = max((stamp[2] for stamp in stamps), default=0)
    deadline = time.monotonic() + SETTLE_SECONDS
    now = os.fstat(fd).st_mtime_ns
    while now <= newest and os.utime in os.supports_fd and time.monotonic() < deadline:
        time.sleep(0.001)
        os.utime(fd)  # the file's mtime becomes the clock's "now"
        now = os.fstat(fd).st_mtime_ns
    return now


def _encode(manifest: Manifest) -> bytes:
    payload = msgpack.packb(
        {
            "files": {
                name: [record.size, record.crc, *(record.stamp or ())]
                for name, record in manifest.files.items()
            },
            "rows": [
                [doc_key(ident), *entry]  # paths made safe by ``entry_for``
                for ident, entry in manifest.articles.items()
            ],
        },
        unicode_errors="surrogatepass",
    )
    head = {"format": MANIFEST_FORMAT, "length": len(payload), "crc": zlib.crc32(payload)}
    return json.dumps(head).encode() + b"\n" + payload
