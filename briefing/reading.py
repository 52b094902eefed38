"""Reading a briefing's files into articles: from the article cache where a file is unchanged,
else with the readers, on every core.

Reading is pure Python (decoding, paragraphs, classification, language detection), so the
files not in the cache are cut into one share per job and read in worker processes
(``briefing.parallel``), the first share in this process. A worker sends each article back
as a cache row (plain values: ``cache.article_row``), which crosses a pipe far faster than a
pickled ``Article`` and becomes a lazily built ``StoredArticle`` here, exactly as an article
from the cache does.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from briefing import corpus, gcpause
from briefing.cache import CacheWriteError
from briefing.fingerprint import code_fingerprint
from briefing.model import Article, Skipped
from briefing.parallel import run_shares
from briefing.stored_articles import (
    article_from_row,
    article_row,
    load_article_rows,
    save_article_rows,
)

#: (done, total) while reading.
Progress = Callable[[int, int], None]

#: A worker process costs about a third of a second to start and the readers take 1–2 ms a
#: file: below this many files to read per job, fewer jobs.
MIN_FILES_PER_JOB = 200
#: How often (in files) a share reports progress.
REPORT_EVERY = 50


def articles_fingerprint() -> str:
    """What makes an ``Article`` from a file: the readers and cleaning, and the model."""
    from briefing.stored_articles import articles_schema

    return code_fingerprint("corpus", extra=[articles_schema()])


def _from_cache(row: Any, item: corpus.FoundFile) -> Article | None:
    """The cached article for a found file if its size, mtime and id are unchanged."""
    if row is None:
        return None
    try:
        article = article_from_row(row, item.path)
    except (TypeError, ValueError):  # a row of another layout: read the file again
        return None
    if (article.size, article.mtime_ns, article.id) != (item.size, item.mtime_ns, item.id):
        return None
    return article


def read_articles(
    found: Sequence[corpus.FoundFile],
    cache_path: Any,
    progress: Progress | None,
    notices: list[str],
    jobs: int = 1,
) -> tuple[tuple[Article, ...], tuple[Skipped, ...]]:
    """Every found file as an article (sorted by id) or a reason it was skipped, reusing the
    cached articles whose file size and mtime are unchanged and reading the rest on up to
    ``jobs`` processes; the cache at ``cache_path`` is rewritten when anything changed."""
    fingerprint = articles_fingerprint()
    # Each file's path as a string, once: the cache and the outcome are keyed by it.
    keys = [str(item.path) for item in found]
    with gcpause.paused(long_lived=True):  # a row and an article per file: see gcpause
        cached, stale = load_article_rows(cache_path, fingerprint)
        rows = map(cached.get, keys)
        outcome: dict[str, Article | Skipped | None] = {
            key: _from_cache(row, item) for key, row, item in zip(keys, rows, found, strict=True)
        }
    if stale is not None:
        notices.append(f"The cached articles were read again because {stale}.")
    unread = [item for item, key in zip(found, keys, strict=True) if outcome[key] is None]
    reused = len(found) - len(unread)
    if progress is not None and found:
        progress(reused, len(found))
    tell = None if progress is None else (lambda done: progress(reused + done, len(found)))
    for share in run_shares(_read_share, _shares(unread, jobs), tell, "a reading worker"):
        for item, (kind, value) in share:
            outcome[str(item.path)] = article_from_row(value, item.path) if kind else value
    articles: list[Article] = []
    skipped: list[Skipped] = []
    fresh: dict[str, Article] = {}
    for key in keys:
        read = outcome[key]
        if isinstance(read, Article):
            articles.append(read)
            fresh[key] = read
        elif read is not None:
            skipped.append(read)
    if unread or len(fresh) != len(cached):
        try:
            save_article_rows(cache_path, fingerprint, fresh)
        except CacheWriteError as error:
            notices.append(f"The articles will be read again next time: {error}.")
    articles.sort(key=lambda a: a.id)
    return tuple(articles), tuple(skipped)


def _shares(items: Sequence[corpus.FoundFile], jobs: int) -> list[list[corpus.FoundFile]]:
    """``items`` dealt into one share per worthwhile job, each a mix of the whole list (large
    and small files alike), so the shares take about as long."""
    count = max(1, min(jobs, len(items) // max(1, MIN_FILES_PER_JOB)))
    if not items:
        return []
    return [list(items[number::count]) for number in range(count)]


def _read_share(
    items: Sequence[corpus.FoundFile], report: Callable[[int], None]
) -> list[tuple[corpus.FoundFile, tuple[bool, Any]]]:
    """Read one share: (item, (True, article row)) or (item, (False, Skipped)) per file."""
    out: list[tuple[corpus.FoundFile, tuple[bool, Any]]] = []
    pending = 0
    for item in items:
        read = corpus.read_article(item)
        if isinstance(read, Article):
            out.append((item, (True, article_row(read))))
        else:
            out.append((item, (False, read)))
        pending += 1
        if pending == REPORT_EVERY:
            report(pending)
            pending = 0
    if pending:
        report(pending)
    return out
