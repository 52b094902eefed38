"""Find the article files under the paths a user named, and say why anything else was left out.

Rules a polished tool follows here:

- Folders are walked recursively with ``os.scandir`` and an explicit stack (deep trees cannot hit
  the recursion limit). Hidden files and folders (``.git``, ``.DS_Store``) are ignored silently:
  they are never articles and listing them would bury the useful skip messages.
- Symlinks are followed, but a folder already on the walk (a loop, or two links to one place)
  is entered once; the link is reported as a symlink loop. Dangling links, unreadable folders,
  FIFOs, sockets and devices are each reported and never stop the rest (opening a FIFO would
  block for ever).
- File names are untrusted like file contents: ids and Skipped entries are sanitised;
  ``FoundFile.path`` is kept exact so the file can be opened (sanitise it before display).
- The same file reached twice (named directly *and* inside a named folder) is listed once.
- Ids are the path under the named root without extension, POSIX form; a file named directly
  is its name without extension. Collisions are resolved deterministically: two files of one
  root differing only by extension keep the extension (``a.txt``, ``a.md``); equal ids from
  different roots get the root folder's name as prefix; anything still equal gets ``~2``, ``~3``
  in path order.
"""

from __future__ import annotations

import errno
import os
import stat
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Literal

from briefing.corpus.sanitize import sanitize
from briefing.model import Skipped

__all__ = ["EXTENSIONS", "MAX_DEPTH", "Discovery", "FoundFile", "discover"]

Format = Literal["txt", "md", "html"]

#: Recognised extensions (compared case-insensitively) → reader format.
EXTENSIONS: dict[str, Format] = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
}
#: Folders nested deeper than this are reported instead of walked.
MAX_DEPTH = 64


@dataclass(frozen=True, slots=True)
class FoundFile:
    """A candidate article file, found but not yet read."""

    #: Absolute path as found (not symlink-resolved), for display and reading.
    path: Path
    #: Path under its root without extension, POSIX form (``003_5584dc1f58897884``).
    id: str
    format: Format
    #: From ``stat()`` at discovery: cheap change detection before any reading.
    size: int
    mtime_ns: int


@dataclass(frozen=True, slots=True)
class Discovery:
    """What :func:`discover` found: article files sorted by id, and everything it skipped."""

    files: tuple[FoundFile, ...]
    skipped: tuple[Skipped, ...]


@dataclass(slots=True)
class _Candidate:
    path: Path
    rel: PurePosixPath
    root: str
    root_path: Path
    format: Format
    st: os.stat_result


def discover(paths: Sequence[Path]) -> Discovery:
    """Files and folders (recursively) → article files and skipped entries, never raising."""
    found: list[_Candidate] = []
    skipped: list[Skipped] = []
    seen_files: set[tuple[int, int]] = set()
    for given in paths:
        path = Path(os.path.abspath(given))
        st, problem = _stat(path)
        if st is None:
            skipped.append(Skipped(str(path), problem))
        elif stat.S_ISDIR(st.st_mode):
            _walk(path, st, found, skipped, seen_files)
        else:
            _consider(path, PurePosixPath(path.name), path.parent, st, found, skipped, seen_files)
    files = _assign_ids(found)
    # Skipped entries are only ever shown, and file names and link targets are as untrusted as
    # file contents: both fields are sanitised (FoundFile.path stays exact, for opening).
    skipped = [Skipped(_display(s.path), _display(s.reason)) for s in skipped]
    return Discovery(
        files=tuple(sorted(files, key=lambda f: f.id)),
        skipped=tuple(sorted(skipped, key=lambda s: s.path)),
    )


def _walk(
    root: Path,
    root_st: os.stat_result,
    found: list[_Candidate],
    skipped: list[Skipped],
    seen_files: set[tuple[int, int]],
) -> None:
    """Walk one named folder, depth-first, in sorted order.

    A linked folder that is one of its own ancestors is a loop; one already walked through
    another path is a duplicate. Real folders are taken before links in each folder, so the ids
    follow the real layout when both lead to the same place.
    """
    root_key = (root_st.st_dev, root_st.st_ino)
    visited = {root_key}
    Item = tuple[Path, PurePosixPath, tuple[tuple[int, int], ...]]
    stack: list[Item] = [(root, PurePosixPath(), (root_key,))]
    while stack:
        folder, rel, ancestors = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = sorted(
                    (e for e in it if not e.name.startswith(".")),
                    key=lambda e: (e.is_symlink(), e.name),
                )
        except OSError as err:
            skipped.append(Skipped(str(folder), _describe(err, "folder")))
            continue
        subfolders: list[Item] = []
        for entry in entries:
            path = folder / entry.name
            st, problem = _stat(path)
            if st is None:
                skipped.append(Skipped(str(path), problem))
            elif stat.S_ISDIR(st.st_mode):
                key = (st.st_dev, st.st_ino)
                target = os.readlink(path) if entry.is_symlink() else entry.name
                if key in ancestors:
                    skipped.append(Skipped(str(path), f"symlink loop (points back to {target})"))
                elif key in visited:
                    reason = f"folder already read through another path ({target})"
                    skipped.append(Skipped(str(path), reason))
                elif len(ancestors) > MAX_DEPTH:
                    skipped.append(Skipped(str(path), f"nested deeper than {MAX_DEPTH} folders"))
                else:
                    visited.add(key)
                    subfolders.append((path, rel / entry.name, (*ancestors, key)))
            else:
                _consider(path, rel / entry.name, root, st, found, skipped, seen_files)
        subfolders.sort(key=lambda item: item[0].name)
        stack.extend(reversed(subfolders))


def _consider(
    path: Path,
    rel: PurePosixPath,
    root: Path,
    st: os.stat_result,
    found: list[_Candidate],
    skipped: list[Skipped],
    seen_files: set[tuple[int, int]],
) -> None:
    """Accept a regular file with a known extension, or record why not."""
    if not stat.S_ISREG(st.st_mode):
        skipped.append(Skipped(str(path), "not a regular file (device, FIFO or socket)"))
        return
    suffix = path.suffix.lower()
    fmt = EXTENSIONS.get(suffix)
    if fmt is None:
        what = f"({suffix})" if suffix else "(no extension)"
        skipped.append(Skipped(str(path), f"unsupported file type {what}"))
        return
    key = (st.st_dev, st.st_ino)
    if key in seen_files:
        return
    seen_files.add(key)
    found.append(_Candidate(path, rel, root.name or root.anchor, root, fmt, st))


def _stat(path: Path) -> tuple[os.stat_result | None, str]:
    """stat() following links, with a clear reason when that fails."""
    try:
        return os.stat(path), ""
    except OSError as err:
        if err.errno == errno.ELOOP:
            return None, "symlink loop"
        if os.path.islink(path):
            try:
                target = os.readlink(path)
            except OSError:
                target = "?"
            return None, f"dangling symlink (points to {target}, which does not exist)"
        return None, _describe(err, "path")


def _describe(err: OSError, what: str) -> str:
    """A short, user-facing reason for an OS error."""
    if err.errno in (errno.EACCES, errno.EPERM):
        return f"permission denied ({what} is not readable)"
    if err.errno == errno.ENOENT:
        return "no such file or folder"
    if err.errno == errno.ELOOP:
        return "symlink loop"
    return f"cannot read {what}: {err.strerror or err}"


def _assign_ids(found: list[_Candidate]) -> list[FoundFile]:
    """Unique, deterministic ids (see the module docstring for the collision rules)."""
    found = sorted(found, key=lambda c: (str(c.rel), str(c.path)))
    # File names are untrusted: an id never carries control or BiDi characters (nor the lone
    # surrogates that undecodable bytes in a name become); the path stays exact for reading.
    ids = [_display(str(c.rel.with_suffix(""))) or "untitled" for c in found]
    for group in _collisions(ids):
        roots = {found[i].root_path for i in group}
        for i in group:
            same_root = sum(1 for j in group if found[j].root_path == found[i].root_path) > 1
            if same_root:
                ids[i] = _display(str(found[i].rel))
            if len(roots) > 1:
                ids[i] = f"{found[i].root}/{ids[i]}"
    for group in _collisions(ids):
        for n, i in enumerate(group[1:], start=2):
            ids[i] = f"{ids[i]}~{n}"
    return [
        FoundFile(
            path=c.path,
            id=ids[i],
            format=c.format,
            size=c.st.st_size,
            mtime_ns=c.st.st_mtime_ns,
        )
        for i, c in enumerate(found)
    ]


def _display(name: str) -> str:
    """A file name made safe to show: undecodable bytes become U+FFFD, controls go."""
    return sanitize(os.fsencode(name).decode("utf-8", errors="replace"))


def _collisions(ids: list[str]) -> list[list[int]]:
    """Index groups of equal ids (only groups of two or more), in first-seen order."""
    groups: dict[str, list[int]] = defaultdict(list)
    for i, value in enumerate(ids):
        groups[value].append(i)
    return [g for g in groups.values() if len(g) > 1]
