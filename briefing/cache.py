"""The façade's on-disk caches: MessagePack that cannot run code, in folders only the user owns.

Every cache file is a one-line JSON header naming the format and the fingerprint of the code
and data that made it, then a MessagePack payload of plain values. A file whose header differs
is not parsed further and is rebuilt from the article files (the truth). MessagePack, like
JSON, describes data and nothing else: the caches used to be pickles, and a pickle planted in a
shared cache folder ran its payload on open. (JSON was measured too: at 10,000 articles it
loaded 2–3.6× slower than the pickle; MessagePack loads as fast — benchmarks/cache_format.py.)

Cache folders are created 0700 and files 0600. Whoosh's own table of contents is still a
pickle, so a folder that another user owns, or that group or others may write, is refused
(:func:`folder_problem`) and the façade works in a private temporary folder instead.

The article cache has a layout of its own (rows, then paragraphs read on demand): see
``briefing.stored_articles``.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import msgpack

from briefing import codec

#: The largest single item (an article row, a topic) unpacked: a corrupt length cannot make
#: the reader allocate more than this.
_MAX_ITEM = 64 * 1024 * 1024

#: Bump when the layout of the cache files (not of the model: that is in the schema) changes.
CACHE_FORMAT = 3


class CacheWriteError(OSError):
    """A cache file could not be written; ``str()`` names the cause and the folder."""


# ----------------------------------------------------------------- private folders


def private_dir(path: Path) -> Path:
    """Create ``path`` and any missing parents with mode 0700; return it."""
    missing = []
    probe = path
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):
            folder.mkdir(mode=0o700)
    return path


def folder_problem(path: Path) -> str | None:
    """Why ``path`` must not be trusted with files that are loaded as code, or ``None``.

    Whoosh unpickles its table of contents: anyone who can write the folder (another user
    who owns it, or group and others when its mode allows) could make that run their code.
    """
    try:
        info = path.stat()
    except OSError:  # missing, or not a folder: creating it fails and says so
        return None
    if info.st_uid != os.geteuid():
        return f"it belongs to another user (uid {info.st_uid})"
    if info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        return f"other users may write to it (mode {stat.filemode(info.st_mode)})"
    return None


def make_private(paths: Iterable[Path]) -> None:
    """Set files to 0600 (Whoosh creates its files with the umask's mode)."""
    for path in paths:
        with contextlib.suppress(OSError):
            os.chmod(path, 0o600)


# ----------------------------------------------------------------- cache files


def check_header(
    line: bytes, fingerprint: str, expected: int = CACHE_FORMAT
) -> tuple[int, str | None]:
    """(how many items follow, why a cache whose first line is ``line`` cannot be used)."""
    try:
        head = json.loads(line)
    except ValueError:
        return 0, "it was damaged"
    if not isinstance(head, dict) or head.get("format") != expected:
        return 0, "it was written in another format"
    if head.get("fingerprint") != fingerprint:
        return 0, "the program that made it has changed"
    count = head.get("count")
    return (count, None) if type(count) is int else (0, "it was damaged")


def sections_header(
    expected: int, fingerprint: str, count: int, meta: int, second: str, length: int
) -> bytes:
    """The header line of a two-section cache file (:func:`read_sections` reads it back):
    ``count`` records in ``meta`` bytes, then ``length`` bytes of the section ``second``."""
    head = {"format": expected, "fingerprint": fingerprint, "count": count, "meta": meta}
    return json.dumps({**head, second: length}).encode() + b"\n"


def read_sections(
    fd: int, fingerprint: str, expected: int, second: str
) -> tuple[tuple[int, list[Any], int, int] | None, str | None]:
    """A two-section cache file: a JSON header line, ``meta`` bytes of MessagePack records,
    then ``second`` bytes read later on demand (the article texts, the topics' mentions).

    ((count, records, where the second section starts, its length), None) when this code
    made it whole; else (None, why it cannot be used): another format or program, a header
    that does not add up to the file's size (cut short), records that do not decode.
    ``fd`` stays open: the caller reads the second section through it.
    """
    try:
        with os.fdopen(os.dup(fd), "rb") as handle:
            line = handle.readline()
            count, reason = check_header(line, fingerprint, expected)
            if reason is not None:
                return None, reason
            head = json.loads(line)
            meta, rest = head.get("meta"), head.get(second)
            if type(meta) is not int or type(rest) is not int or meta < 0 or rest < 0:
                return None, "it was damaged"
            if os.fstat(fd).st_size != len(line) + meta + rest:
                return None, "it was cut short"
            unpacker = msgpack.Unpacker(
                use_list=False,
                unicode_errors="surrogatepass",
                strict_map_key=True,
                max_buffer_size=max(meta, 1),
            )
            unpacker.feed(handle.read(meta))
            items = list(unpacker)
    except (ValueError, TypeError, msgpack.UnpackException):
        return None, "it was damaged"
    except OSError as error:
        return None, f"it could not be read ({error.strerror or error})"
    return (count, items, len(line) + meta, rest), None


def load(path: Path, fingerprint: str) -> tuple[list[Any] | None, str | None]:
    """(items, None) if ``path`` was made by this code; else (None, why it was not used).

    The reason is ``None`` when there was simply no cache yet; a stale, truncated or damaged
    one says so (the façade tells the user what is being rebuilt). Nothing in the file can run
    code: MessagePack describes data only, and extension types are not turned into objects.
    """
    try:
        with path.open("rb") as handle:
            count, reason = check_header(handle.readline(), fingerprint)
            if reason is not None:
                return None, reason
            # Streamed in 64 KB reads, one item at a time, so the bytes being parsed are still
            # in the processor's cache (unpacking a 50 MB buffer at once was 40% slower).
            # Tuples, not lists: the collector stops tracking a tuple of strings after one
            # look, while 240,000 lists would be traversed again at every full collection.
            unpacker = msgpack.Unpacker(
                handle,
                read_size=1 << 16,
                use_list=False,
                unicode_errors="surrogatepass",
                strict_map_key=True,
                max_buffer_size=_MAX_ITEM,
            )
            items = list(unpacker)
    except FileNotFoundError:
        return None, None
    except (ValueError, TypeError, msgpack.UnpackException):
        return None, "it was damaged"
    except OSError as error:
        return None, f"it could not be read ({error.strerror or error})"
    if len(items) != count:
        return None, "it was cut short"
    return items, None


def save(path: Path, fingerprint: str, items: Sequence[Any]) -> None:
    """Write ``items`` atomically (temp file 0600 + rename), or raise :class:`CacheWriteError`.

    A failed write leaves the previous file (or none) and no temporary file behind.
    """
    header = {"format": CACHE_FORMAT, "fingerprint": fingerprint, "count": len(items)}
    packer = msgpack.Packer(unicode_errors="surrogatepass")

    def write(handle: Any) -> None:
        handle.write(json.dumps(header).encode() + b"\n")
        for item in items:
            handle.write(packer.pack(item))

    write_atomic(path, write)


def write_atomic(path: Path, write: Any) -> None:
    """``write(handle)`` into a temporary file 0600 renamed over ``path``, or raise
    :class:`CacheWriteError` leaving the previous file (or none) and no temporary file."""
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            write(handle)
        os.replace(tmp, path)
    except OSError as error:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        cause = error.strerror or type(error).__name__
        raise CacheWriteError(
            error.errno, f"could not save {path.name} in {path.parent} ({cause})"
        ) from error


def load_records(
    path: Path, fingerprint: str, kind: type
) -> tuple[tuple[Any, ...] | None, str | None]:
    """A cached tuple of ``kind`` dataclasses (topics, timeline entries…), or why not."""
    items, reason = load(path, fingerprint)
    if items is None:
        return None, reason
    try:
        return tuple(map(codec.decoder(kind), items)), None
    except (codec.CodecError, TypeError, ValueError):
        return None, "it was damaged"


def save_records(path: Path, fingerprint: str, records: Iterable[Any]) -> None:
    """Write a tuple of dataclasses (see :func:`load_records`)."""
    save(path, fingerprint, [codec.encode(record) for record in records])
