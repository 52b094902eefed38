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
from operator import attrgetter
from pathlib import Path, PurePath
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
    #: The exact path as a string (``DirEntry.path``): sorting and comparing strings is cheap.
    path: str
    #: Folder holding the file, as a Path: ``folder / name`` is the cheapest exact Path to build.
    folder: Path
    name: str
    #: Path under the root, POSIX form, with the extension.
    rel: str
    suffix: str
    root: str
    root_path: str
    format: Format
    size: int
    mtime_ns: int


# Performance (a 10,000-file briefing is discovered at every opening): the walk works on plain
# strings from ``os.scandir`` and builds a ``Path`` only for the files it returns, once, as
# ``folder / name``. Each entry costs one stat() (size and mtime are needed anyway); nothing is
# resolved. Pure-ASCII printable names skip sanitising, which would return them unchanged.


def discover(paths: Sequence[Path]) -> Discovery:
    """Files and folders (recursively) → article files and skipped entries, never raising."""
    found: list[_Candidate] = []
    skipped: list[Skipped] = []
    seen_files: set[tuple[int, int]] = set()
    for given in paths:
        path = Path(os.path.abspath(given))
        st, problem = _stat(str(path))
        if st is None:
            skipped.append(Skipped(str(path), problem))
        elif stat.S_ISDIR(st.st_mode):
            _walk(path, st, found, skipped, seen_files)
        else:
            parent = path.parent
            root = (parent.name or parent.anchor, str(parent))
            _consider(str(path), parent, path.name, "", root, st, found, skipped, seen_files)
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
    root_id = (root.name or root.anchor, str(root))
    visited = {root_key}
    # (folder as str, folder as Path, rel prefix "a/b/" or "", keys of the folders above)
    Item = tuple[str, Path, str, tuple[tuple[int, int], ...]]
    stack: list[Item] = [(str(root), root, "", (root_key,))]
    while stack:
        folder, folder_path, prefix, ancestors = stack.pop()
        try:
            with os.scandir(folder) as it:
                visible = sorted(
                    (e for e in it if not e.name.startswith(".")), key=attrgetter("name")
                )
                # Real entries first, then links, each in name order (a stable partition).
                entries = [e for e in visible if not e.is_symlink()]
                entries += [e for e in visible if e.is_symlink()]
        except OSError as err:
            skipped.append(Skipped(folder, _describe(err, "folder")))
            continue
        subfolders: list[Item] = []
        for entry in entries:
            path, name = entry.path, entry.name
            try:
                st = os.stat(path)
            except OSError as err:
                skipped.append(Skipped(path, _stat_problem(path, err)))
                continue
            if stat.S_ISDIR(st.st_mode):
                key = (st.st_dev, st.st_ino)
                target = os.readlink(path) if entry.is_symlink() else name
                if key in ancestors:
                    skipped.append(Skipped(path, f"symlink loop (points back to {target})"))
                elif key in visited:
                    reason = f"folder already read through another path ({target})"
                    skipped.append(Skipped(path, reason))
                elif len(ancestors) > MAX_DEPTH:
                    skipped.append(Skipped(path, f"nested deeper than {MAX_DEPTH} folders"))
                else:
                    visited.add(key)
                    item = (path, folder_path / name, f"{prefix}{name}/", (*ancestors, key))
                    subfolders.append(item)
            else:
                _consider(path, folder_path, name, prefix, root_id, st, found, skipped, seen_files)
        subfolders.sort(key=lambda item: item[1].name)
        stack.extend(reversed(subfolders))


def _consider(
    path: str,
    folder: Path,
    name: str,
    prefix: str,
    root: tuple[str, str],
    st: os.stat_result,
    found: list[_Candidate],
    skipped: list[Skipped],
    seen_files: set[tuple[int, int]],
) -> None:
    """Accept a regular file with a known extension, or record why not.

    ``root`` is the root folder's (name, path): the name prefixes ids that collide across roots.
    """
    if not stat.S_ISREG(st.st_mode):
        skipped.append(Skipped(path, "not a regular file (device, FIFO or socket)"))
        return
    suffix = _suffix(name)
    fmt = EXTENSIONS.get(suffix.lower())
    if fmt is None:
        what = f"({suffix.lower()})" if suffix else "(no extension)"
        skipped.append(Skipped(path, f"unsupported file type {what}"))
        return
    key = (st.st_dev, st.st_ino)
    if key in seen_files:
        return
    seen_files.add(key)
    rel = prefix + name
    found.append(
        _Candidate(path, folder, name, rel, suffix, *root, fmt, st.st_size, st.st_mtime_ns)
    )


def _suffix(name: str) -> str:
    """The extension as ``PurePath.suffix`` has it: a leading or trailing dot is none."""
    i = name.rfind(".")
    return name[i:] if 0 < i < len(name) - 1 else ""


def _stat(path: str) -> tuple[os.stat_result | None, str]:
    """stat() following links, with a clear reason when that fails."""
    try:
        return os.stat(path), ""
    except OSError as err:
        return None, _stat_problem(path, err)


def _stat_problem(path: str, err: OSError) -> str:
    """Why stat() failed, in words: a loop, a dangling link, or the OS error."""
    if err.errno == errno.ELOOP:
        return "symlink loop"
    if os.path.islink(path):
        try:
            target = os.readlink(path)
        except OSError:
            target = "?"
        return f"dangling symlink (points to {target}, which does not exist)"
    return _describe(err, "path")


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
    found = sorted(found, key=lambda c: (c.rel, c.path))
    # File names are untrusted: an id never carries control or BiDi characters (nor the lone
    # surrogates that undecodable bytes in a name become); the path stays exact for reading.
    # Every candidate has a known extension, so the id is the rel path with it cut off.
    ids = [_display(c.rel[: -len(c.suffix)]) or "untitled" for c in found]
    for group in _collisions(ids):
        roots = {found[i].root_path for i in group}
        for i in group:
            same_root = sum(1 for j in group if found[j].root_path == found[i].root_path) > 1
            if same_root:
                ids[i] = _display(found[i].rel)
            if len(roots) > 1:
                ids[i] = f"{found[i].root}/{ids[i]}"
    for group in _collisions(ids):
        for n, i in enumerate(group[1:], start=2):
            ids[i] = f"{ids[i]}~{n}"
    return [
        _found(_child(c.folder, c.name, c.path), ids[i], c.format, c.size, c.mtime_ns)
        for i, c in enumerate(found)
    ]


def _found(path: Path, id_: str, fmt: Format, size: int, mtime_ns: int) -> FoundFile:
    """``FoundFile(path, id_, fmt, size, mtime_ns)`` through the slots' own setters: a frozen
    dataclass's ``__init__`` goes through ``object.__setattr__`` for each field, ~9 ms of
    every reopen at 10,000 files for the same five values."""
    found = object.__new__(FoundFile)
    _set_path(found, path)
    _set_id(found, id_)
    _set_format(found, fmt)
    _set_size(found, size)
    _set_mtime(found, mtime_ns)
    return found


_set_path, _set_id, _set_format, _set_size, _set_mtime = (
    FoundFile.__dict__[name].__set__ for name in ("path", "id", "format", "size", "mtime_ns")
)
#: Whether this Python's ``PurePath`` caches its string in a ``_str`` slot (3.11 and 3.12).
_CACHED_STR = "_str" in getattr(PurePath, "__slots__", ())


def _child(folder: Path, name: str, text: str) -> Path:
    """``folder / name`` for a name read from the folder itself (one component, no "/"), whose
    string is ``text`` (``DirEntry.path``: the folder's string, a slash, the name).

    pathlib parses the joined string again on ``/``; its own directory walks use the private
    ``_make_child_relpath``, which only appends — 5× faster, 40 ms of every reopen at 10,000
    files. Where a Python lacks it, the public operator does the same job. The string is
    handed over too: 3.11's ``_make_child_relpath`` leaves it to be joined again from the
    parts at the first ``str()`` (every file's is asked for at every opening: ~17 ms at
    10,000 files); 3.12's sets the same string itself. ``tests/corpus`` checks it is exact.
    """
    make = getattr(folder, "_make_child_relpath", None)
    if make is None:
        return folder / name
    child: Path = make(name)
    if _CACHED_STR:
        child._str = text  # type: ignore[attr-defined]
    return child


def _display(name: str) -> str:
    """A file name made safe to show: undecodable bytes become U+FFFD, controls go."""
    if name.isascii() and name.isprintable():
        return name  # nothing for either step to change, and most names are like this
    return sanitize(os.fsencode(name).decode("utf-8", errors="replace"))


def _collisions(ids: list[str]) -> list[list[int]]:
    """Index groups of equal ids (only groups of two or more), in first-seen order."""
    if len(set(ids)) == len(ids):
        return []  # the usual case, found without building a list per id
    groups: dict[str, list[int]] = defaultdict(list)
    for i, value in enumerate(ids):
        groups[value].append(i)
    return [g for g in groups.values() if len(g) > 1]
