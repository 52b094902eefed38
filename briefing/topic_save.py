"""Saving the topics cache (the layout is described in ``briefing.topic_store``).

Split from :mod:`briefing.topic_store`, which reads the file lazily and keeps the stored
topics: writing is done once per analysis, from topics whose mentions are all in memory, and
shares with reading only the column packing and the format number.
"""

from __future__ import annotations

import errno
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import msgpack

from briefing.cache import CacheWriteError, sections_header, write_atomic
from briefing.model import Topic
from briefing.topic_store import TOPICS_FORMAT, _pack


def save_topics(path: Path, fingerprint: str, topics: Sequence[Topic]) -> None:
    """Write the topics cache atomically, or raise :class:`~briefing.cache.CacheWriteError`."""
    packer = msgpack.Packer(unicode_errors="surrogatepass")
    table: dict[str, int] = {}
    blobs: list[bytes] = []
    rows: list[tuple[Any, ...]] = []
    pairs: dict[int, set[tuple[int, int]]] = {}
    offset = 0
    try:
        for number, topic in enumerate(topics):
            mentions = topic.mentions
            surfaces: dict[str, int] = {}
            articles = [table.setdefault(m.article_id, len(table)) for m in mentions]
            paragraphs = [m.span.paragraph for m in mentions]
            for article, paragraph in zip(articles, paragraphs, strict=True):
                pairs.setdefault(article, set()).add((number, paragraph))
            columns = (
                articles,
                paragraphs,
                [m.span.start for m in mentions],
                [m.span.end for m in mentions],
                [surfaces.setdefault(m.surface, len(surfaces)) for m in mentions],
            )
            blob = packer.pack((tuple(surfaces), *map(_pack, columns)))
            first_seen = _pack(dict.fromkeys(articles))
            crc = zlib.crc32(blob)
            summary = (topic.id, topic.name, topic.kind, topic.aliases, topic.score)
            rows.append((*summary, len(mentions), first_seen, offset, len(blob), crc))
            blobs.append(blob)
            offset += len(blob)
        index_offsets, index_crcs = [offset], []
        for article in range(len(table)):
            entry = sorted(pairs.get(article, ()))
            data = _pack(t for t, _ in entry) + _pack(p for _, p in entry)
            blobs.append(data)
            index_crcs.append(zlib.crc32(data))
            offset += len(data)
            index_offsets.append(offset)
        meta = packer.pack(tuple(table))
        meta += b"".join(packer.pack(row) for row in rows)
        meta += packer.pack((_pack(index_offsets), _pack(index_crcs)))
    except (OverflowError, TypeError, ValueError) as error:  # a value no column can hold
        raise CacheWriteError(errno.EINVAL, f"could not store the topics ({error})") from error
    header = sections_header(TOPICS_FORMAT, fingerprint, len(rows), len(meta), "body", offset)

    def write(handle: Any) -> None:
        handle.write(header)
        handle.write(meta)
        for blob in blobs:
            handle.write(blob)

    write_atomic(path, write)
