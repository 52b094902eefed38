"""Opening a briefing: which files it is, where its caches live, its articles and its index.

Split from :mod:`briefing.briefing` so the façade keeps to what an opened briefing answers
(search, topics, timeline) while the decisions made once, on opening, live together: the
cache folder is refused when another user could write it (Whoosh unpickles its table of
contents) and replaced by a private temporary one, and an index that cannot be written
falls back the same way. ``Briefing.open`` calls :func:`open_files` and wraps what it found.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from briefing import corpus, gcpause, paths
from briefing.cache import folder_problem, private_dir
from briefing.fingerprint import code_fingerprint
from briefing.model import Article, Skipped
from briefing.parallel import resolve_jobs
from briefing.reading import read_articles
from briefing.search import IndexUnavailable, SearchIndex
from briefing.stored_articles import articles_schema

#: (phase, done, total); phase is "reading", "indexing" or "topics".
Progress = Callable[[str, int, int], None]


class BriefingError(Exception):
    """Nothing could be opened; ``str(error)`` is one clear sentence for the user."""


def index_fingerprint() -> str:
    """What makes the indexed text: the readers and cleaning, and the search analyzers."""
    return code_fingerprint("corpus", "search", extra=[articles_schema()])


@dataclass(frozen=True, slots=True)
class Opened:
    """What :func:`open_files` found, for ``Briefing`` to hold."""

    paths: tuple[Path, ...]
    key: str
    cache_dir: Path
    articles: tuple[Article, ...]
    skipped: tuple[Skipped, ...]
    index: SearchIndex
    #: Sentences for the user so far (cache fallbacks, rebuilt caches); the façade adds to it.
    notices: list[str]
    #: Processes for reading, indexing and the topics' first pass.
    jobs: int


def open_files(
    paths_: Sequence[Path | str] | None, progress: Progress | None, jobs: int | None
) -> Opened:
    """Discover and read the files and folders (the bundled seeds when none are given) and
    open their index, on ``jobs`` processes (``None``: one per core); raises
    :class:`BriefingError` when nothing can be read."""
    given = tuple(Path(p).expanduser() for p in paths_ or ()) or (paths.bundled_seeds(),)
    present = tuple(p for p in given if p.exists() or p.is_symlink())
    if not present:
        names = ", ".join(str(p) for p in given)
        raise BriefingError(f"No such file or folder: {names}")
    missing = tuple(Skipped(str(p), "no such file or folder") for p in given if p not in present)

    notices: list[str] = []
    key = paths.briefing_key(present)
    cache_dir = _cache_dir(key, notices)

    jobs = resolve_jobs(jobs)
    with gcpause.paused(long_lived=True):  # 10,000 found files: see gcpause
        discovery = corpus.discover(present)
    reading = None if progress is None else (lambda d, t: progress("reading", d, t))
    articles, unreadable = read_articles(
        discovery.files, cache_dir / "articles.msgpack", reading, notices, jobs
    )
    skipped = tuple(sorted(missing + discovery.skipped + unreadable, key=lambda s: s.path))
    if not articles:
        detail = f" ({len(skipped)} skipped: {skipped[0].reason} …)" if skipped else ""
        raise BriefingError(
            f"No readable articles (.txt, .md, .html) in {', '.join(map(str, present))}{detail}"
        )

    index = _open_index(cache_dir, notices, jobs)
    return Opened(present, key, cache_dir, articles, skipped, index, notices, jobs)


def _cache_dir(key: str, notices: list[str]) -> Path:
    """The per-briefing cache folder (0700), or a private temporary one when it is unusable.

    A folder that another user owns or may write is not used: Whoosh unpickles its table of
    contents, so whoever can write there could make this program run their code.
    """
    wanted = paths.cache_root() / key
    problem = folder_problem(wanted)
    if problem is None:
        try:
            private_dir(wanted)
            fd, probe = tempfile.mkstemp(prefix=".write-test-", dir=wanted)
            os.close(fd)
            os.unlink(probe)
            return wanted
        except OSError as error:
            problem = f"it is not writable ({error.strerror or error})"
    notices.append(
        f"The cache folder {wanted} is not used because {problem}; "
        "using a private temporary folder that will be rebuilt next time."
    )
    return Path(tempfile.mkdtemp(prefix=f"briefing-{key}-"))


def _open_index(cache_dir: Path, notices: list[str], jobs: int) -> SearchIndex:
    code = index_fingerprint()
    try:
        index = SearchIndex.open(cache_dir / "index", code=code, jobs=jobs)
    except IndexUnavailable as error:
        fallback = Path(tempfile.mkdtemp(prefix="briefing-index-"))
        notices.append(f"{error} Using a private temporary index.")
        index = SearchIndex.open(fallback, code=code, jobs=jobs)
    return index
