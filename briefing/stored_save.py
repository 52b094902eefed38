"""Saving the article cache (the layout is described in ``briefing.stored_articles``).

A save after one changed file must not cost what a first save does: articles loaded from the
cache and never built are written back as they were read (their stored fields, and their
paragraph blobs copied from the old file in runs of adjacent ones, by the kernel where it can).
"""

from __future__ import annotations

import errno
import os
import zlib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import msgpack

from briefing.cache import sections_header, write_atomic
from briefing.model import Article
from briefing.stored_articles import (
    _FIELDS,
    ARTICLES_FORMAT,
    StoredArticle,
    _Blob,
    _built,
    article_row,
    provenance_table,
)

#: Blobs copied from the old cache are read in runs of up to this many bytes.
_COPY_CHUNK = 4 << 20


def _unbuilt_blob(article: Article) -> _Blob | None:
    """Where the paragraphs of an article loaded from a cache and never built are."""
    if isinstance(article, StoredArticle) and not _built(article):
        stored = article._columns
        if isinstance(stored, _Blob):
            return stored
    return None


def save_article_rows(path: Path, fingerprint: str, articles: Mapping[str, Article]) -> None:
    """Write the article cache atomically: header, one row per article, then the blobs.

    Articles loaded from a cache and never built are written back as they were read: their
    stored fields, and their blobs copied in runs of adjacent ones (a save after one change
    copies the old file in a few large reads, and never holds all the text at once).
    """
    packer = msgpack.Packer(unicode_errors="surrogatepass")
    fresh: dict[str, bytes] = {}
    rows = []
    offset = 0
    for key, article in articles.items():
        blob = _unbuilt_blob(article)
        if blob is not None:
            fields, length, crc = blob.fields, blob.length, blob.crc
        else:
            row = article_row(article)
            fields = row[: len(_FIELDS)]
            data = fresh[key] = packer.pack(tuple(row[len(_FIELDS) :]))
            length, crc = len(data), zlib.crc32(data)
        rows.append((key, fields, offset, length, crc))
        offset += length
    table, stored = provenance_table([row[1] for row in rows])
    records: list[Any] = [table]
    records += ((row[0], fields, *row[2:]) for row, fields in zip(rows, stored, strict=True))
    meta = b"".join(packer.pack(record) for record in records)
    header = sections_header(ARTICLES_FORMAT, fingerprint, len(records), len(meta), "text", offset)

    def write(handle: Any) -> None:
        handle.write(header)
        handle.write(meta)
        run: list[Any] = []  # [source, start, end] of adjacent blobs not yet copied
        for key, article in articles.items():
            blob = _unbuilt_blob(article)
            if blob is not None and run and run[0] is blob.source and run[2] == blob.offset:
                run[2] += blob.length
                continue
            _copy(run, handle)
            if blob is not None:
                run = [blob.source, blob.offset, blob.offset + blob.length]
            else:
                run = []
                handle.write(fresh[key])
        _copy(run, handle)

    write_atomic(path, write)


def _copy(run: list[Any], handle: Any) -> None:
    """Copy ``[source, start, end)`` of an old cache file into ``handle``.

    In the kernel (``copy_file_range``) where it can: after one changed file, a save copies
    the other 57 MB of a 10,000-article cache, which through Python's buffers took a third
    of a second, and this way about 20 ms. Otherwise in chunks through memory.
    """
    if not run:
        return
    source, start, end = run
    copy_range = getattr(os, "copy_file_range", None)
    if copy_range is not None and _kernel_copy[0]:
        handle.flush()
        target = handle.fileno()
        try:
            while start < end:
                done = copy_range(source.fd, target, end - start, start)
                if not done:
                    raise OSError(errno.EIO, "the old article cache was cut short while copying it")
                start += done
        except OSError as error:
            if error.errno not in _NO_KERNEL_COPY:
                raise
            _kernel_copy[0] = False  # not on this file system: copy through memory
        finally:
            handle.seek(0, os.SEEK_END)  # the buffer's idea of the position, after the kernel's
    while start < end:
        data = os.pread(source.fd, min(_COPY_CHUNK, end - start), start)
        if not data:
            raise OSError(errno.EIO, "the old article cache was cut short while copying it")
        handle.write(data)
        start += len(data)


#: ``copy_file_range`` errors that mean "not here", not "failed": copy through memory instead.
_NO_KERNEL_COPY = {errno.EXDEV, errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP, errno.EBADF}
_kernel_copy = [True]
