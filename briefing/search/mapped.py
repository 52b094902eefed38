"""Reading Whoosh's compound segments straight from a memory map, without copying them.

Whoosh maps a compound segment (``MAIN_<id>.seg``: terms, postings, stored fields in one
file) and then hands each part to a ``BufferFile``, whose constructor copies the part into a
``BytesIO``. At 10,000 articles that is a 70 MB copy made on every open: a quarter of a second
of a reopen, and 70 MB of private memory on top of the mapped pages (WHOOSH.md #4, issue 15).
``writer(compound=False)`` avoids it but makes pattern and did-you-mean lookups slower.

:class:`MappedStorage` keeps compound segments and avoids the copy: Whoosh is told the
storage cannot map (so ``CompoundStorage`` asks the segment file for each part with
``subset``), and the segment file answers ``subset`` with a :class:`MappedPart`, a
``BufferFile`` that reads from the shared map. Pages are read from the page cache when first
touched and can be dropped again by the kernel: nothing of the index is copied into the
process. Writing is unchanged (Whoosh writes through ``create_file``).
"""

from __future__ import annotations

import mmap
import os
from typing import Any

from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.structfile import BufferFile, StructFile

#: Whoosh's extension for a compound segment file.
COMPOUND_EXT = ".seg"


class _View:
    """A read-only, seekable file over ``length`` bytes of a map from ``offset`` on.

    Implements what Whoosh (and ``pickle.load``) call on a part: read, readline, seek, tell.
    Each read copies only the bytes asked for.
    """

    __slots__ = ("_end", "_map", "_pos", "_start")

    def __init__(self, source: mmap.mmap, offset: int, length: int) -> None:
        self._map = source
        self._start = offset
        self._end = offset + length
        self._pos = offset

    def read(self, size: int | None = -1) -> bytes:
        pos = self._pos
        end = self._end if size is None or size < 0 else min(pos + size, self._end)
        self._pos = max(pos, end)
        return self._map[pos:end]

    def readline(self, size: int | None = -1) -> bytes:
        pos = self._pos
        newline = self._map.find(b"\n", pos, self._end)
        end = self._end if newline < 0 else newline + 1
        if size is not None and size >= 0:
            end = min(end, pos + size)
        self._pos = max(pos, end)
        return self._map[pos:end]

    def seek(self, pos: int, whence: int = os.SEEK_SET) -> int:
        if whence == os.SEEK_CUR:
            pos += self._pos - self._start
        elif whence == os.SEEK_END:
            pos += self._end - self._start
        if pos < 0:
            raise ValueError(f"negative seek position {pos}")
        self._pos = self._start + pos
        return pos

    def tell(self) -> int:
        return self._pos - self._start

    def close(self) -> None:
        """Nothing to release: the map is shared and freed with its last part."""


class MappedPart(BufferFile):
    """A part of a compound segment, read from the map in place (see the module docstring).

    ``get`` and ``get_array`` (the hot paths) slice a ``memoryview`` of the map, as
    ``BufferFile`` does; sequential reads go to a :class:`_View` instead of a ``BytesIO`` copy.
    """

    def __init__(self, source: mmap.mmap, offset: int, length: int, name: str | None = None):
        # Not BufferFile.__init__: that is where the copy happens.
        self._buf = memoryview(source)[offset : offset + length]
        self._name = name
        self.onclose = None
        self.is_real = False
        self.is_closed = False
        view = _View(source, offset, length)
        self.file = view
        # Bound straight to the view: one call per read instead of two through StructFile.
        self.read = view.read
        self.seek = view.seek
        self.tell = view.tell

    def subset(self, position: int, length: int, name: str | None = None) -> BufferFile:
        return BufferFile(self.get(position, length), name=name or self._name)

    def close(self) -> None:
        self.is_closed = True


class _SegmentFile(StructFile):
    """An open compound segment whose ``subset`` gives :class:`MappedPart` views of one map."""

    def __init__(self, handle: Any, name: str) -> None:
        super().__init__(handle, name=name)
        size = os.fstat(handle.fileno()).st_size
        self._map = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) if size else None

    def subset(self, offset: int, length: int, name: str | None = None) -> StructFile:
        if self._map is None:
            return super().subset(offset, length, name)
        return MappedPart(self._map, offset, length, name=name or self._name)


class MappedStorage(FileStorage):
    """A ``FileStorage`` whose compound segments are read from a map without copies."""

    supports_mmap = False  # read by CompoundStorage: take the ``subset`` path

    def __init__(self, path: str, readonly: bool = False) -> None:
        super().__init__(path, supports_mmap=False, readonly=readonly)

    def open_file(self, name: str, **kwargs: Any) -> StructFile:
        if not name.endswith(COMPOUND_EXT) or kwargs:
            return super().open_file(name, **kwargs)
        handle = open(self._fpath(name), "rb")  # noqa: SIM115 (owned by the StructFile)
        try:
            return _SegmentFile(handle, name)
        except (OSError, ValueError):
            handle.close()
            raise


def open_index(directory: str, schema: Any) -> Any:
    """``whoosh.index.open_dir`` over a :class:`MappedStorage`."""
    return MappedStorage(directory).open_index(schema=schema)
