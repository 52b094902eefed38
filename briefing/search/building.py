"""Building a whole index on every core: one Whoosh segment per worker, one table of contents.

Whoosh's own multiprocessing writer is not used: when a document fails in one of its workers
the commit still succeeds without that worker's documents (WHOOSH.md #1). Here the articles
are cut into as many runs as there are jobs, each run a contiguous stretch of the articles in
their order, balanced by file size. Each run is indexed by Whoosh's ordinary single writer
into a complete little index of its own (``part-<n>/`` inside the staging folder), the first
in this process and the others in worker processes (``briefing.parallel``), so a failing
document raises as it does in one process. Then the parts' segment files move up into the
staging folder and one table of contents lists their segments in run order.

The result is an ordinary Whoosh index of several segments, the same index a single writer
makes but for how the postings are cut into files: documents are numbered run after run,
exactly as one writer numbers them, and Whoosh scores with index-wide statistics (document
frequencies and average field lengths are summed over the segments), so every search gives
the same hits in the same order with the same scores as a one-process build
(``tests/search/test_parallel_build.py`` holds it to that).

Each document's words are collected for the vocabulary in the same pass that indexes it
(``analysis.collecting_words``), not by tokenising every article a second time.
"""

from __future__ import annotations

import bisect
import itertools
import pickle
import shutil
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from whoosh import index as wix
from whoosh.filedb.filestore import FileStorage
from whoosh.index import TOC, clean_files
from whoosh.writing import PostingPool, SegmentWriter

from briefing.model import Article
from briefing.parallel import run_shares
from briefing.search.analysis import collecting_words
from briefing.search.lean_add import FieldLengths, add_document
from briefing.search.schema import build_schema, document
from briefing.search.segment_postings import TermPostings, write_postings
from briefing.search.vocabulary import Vocabulary, article_languages
from briefing.stored_articles import article_from_row, article_row

Progress = Callable[[int, int], None]

#: Whoosh's in-memory posting pool per writer before it spills runs to disk.
BUILD_POOL_MB = 128
#: A worker process costs about a third of a second to start (a fresh interpreter importing
#: Whoosh) and indexes ~200 articles a second: below this many articles per job, fewer jobs.
MIN_ARTICLES_PER_JOB = 150
#: How often (in documents) a worker reports progress.
REPORT_EVERY = 25

_INDEX_NAME = "MAIN"  # Whoosh's default index name, as ``create_in`` uses it


#: Postings per pickled batch when the pool spills a run to disk.
SPILL_BATCH = 20_000


class BatchedPool(PostingPool):
    """Whoosh's posting pool, spilling its sorted runs to disk as pickled lists of postings.

    When a writer's postings outgrow its memory limit, Whoosh writes them to a temporary run
    file one ``pickle.dump`` per posting and reads them back one ``load`` at a time: at 5,000
    articles that loop was a quarter of a build. One pickle per batch does the same in C.
    The runs hold the same postings in the same order, so the index is byte for byte what
    the stock pool makes.
    """

    currentsize: int

    def add_postings(
        self, fieldname: str, docnum: int, items: list[tuple[bytes, float, bytes]]
    ) -> None:
        """``add((fieldname, text, docnum, weight, value))`` for each item, counted against
        the memory limit as ``PostingPool.add`` counts them (its type checks left out: the
        items come from ``lean_add.add_document``)."""
        self.fieldnames.add(fieldname)
        # PostingPool.add's estimate: tuple, field name, text, docnum, weight, value
        fixed = 28 + 4 * 5 + 21 + len(fieldname) + 26 + 18 + 16 + 21
        size = self.currentsize
        current = self.current
        for text, weight, value in items:
            size += fixed + len(text) * 2 + len(value or "")
            if size > self.limit:
                self.save()  # sorts and spills ``current``, starts a new list
                size, current = 0, self.current
            current.append((fieldname, text, docnum, weight, value))
        self.currentsize = size

    def _write_run(self, f: Any, items: Any) -> None:
        iterator = iter(items)
        while batch := list(itertools.islice(iterator, SPILL_BATCH)):
            pickle.dump(batch, f, pickle.HIGHEST_PROTOCOL)
        f.close()

    def _read_run(self, path: str) -> Any:
        f = self._open_run(path)
        try:
            while True:
                try:
                    batch = pickle.load(f)
                except EOFError:
                    return
                yield from batch
        finally:
            f.close()
            self._remove_run(path)


#: Whether the rebuild's writers add documents the lean way (``lean_add.py``); the tests
#: turn it off to compare with Whoosh's own ``add_document``.
LEAN = True


class LeanWriter(SegmentWriter):
    """Whoosh's segment writer adding documents with ``lean_add.add_document`` and reading
    the field lengths once per field at commit (``lean_add.FieldLengths``)."""

    def add_lean(self, fields: dict[str, Any]) -> None:
        """``add_document(**fields)``, with less work per word and per posting."""
        add_document(self, fields)

    def per_document_reader(self) -> Any:
        return FieldLengths(super().per_document_reader())

    def _flush_segment(self) -> None:
        """``SegmentWriter._flush_segment`` with the postings written a term at a time
        (``segment_postings.write_postings``) when the pool is a ``TermPostings``."""
        if not isinstance(self.pool, TermPostings):
            super()._flush_segment()
            return
        self.perdocwriter.close()
        lengths = self.per_document_reader() if self.codec.length_stats else None
        write_postings(self.fieldwriter, self.schema, lengths, self.pool)
        self.fieldwriter.close()
        if lengths is not None:
            lengths.close()


@dataclass(frozen=True, slots=True)
class _Part:
    """What one run's writer made: its segments and its documents' words and languages."""

    segments: list[Any]
    counts: dict[str, int]
    languages: list[str]


def job_count(articles: int, jobs: int) -> int:
    """How many processes are worth starting for ``articles`` with at most ``jobs``."""
    return max(1, min(jobs, articles // max(1, MIN_ARTICLES_PER_JOB)))


def runs(articles: Sequence[Article], parts: int) -> list[Sequence[Article]]:
    """``articles`` cut into ``parts`` (at most one per article) contiguous, non-empty runs of
    about equal total file size."""
    parts = min(parts, len(articles))
    if parts <= 1:
        return [articles]
    reached = list(itertools.accumulate(max(1, a.size) for a in articles))
    bounds = [0]
    for number in range(1, parts):
        # the cut nearest this share of the bytes, leaving at least one article per run
        target = reached[-1] * number / parts
        at = bisect.bisect_left(reached, target)  # the article that reaches the target
        if at == 0 or reached[at] - target <= target - reached[at - 1]:
            at += 1  # cut after it
        bounds.append(min(max(at, bounds[-1] + 1), len(articles) - (parts - number)))
    bounds.append(len(articles))
    return [articles[a:b] for a, b in itertools.pairwise(bounds)]


def build_index(
    staging: Path,
    articles: Sequence[Article],
    progress: Progress | None,
    jobs: int,
) -> Vocabulary:
    """Index ``articles`` into the (existing, empty) folder ``staging`` on up to ``jobs``
    processes; return the vocabulary of what was indexed.

    Raises what a writer raised (``OSError`` for a full disk) or ``parallel.WorkerFailed``;
    the caller removes the staging folder then.
    """
    total = len(articles)
    # The first run is indexed here, from the articles themselves; the others travel to
    # their workers as cache rows (plain values, far cheaper to pickle than ``Article``s).
    shares = [
        (str(staging), number, run if number == 0 else [(str(a.path), article_row(a)) for a in run])
        for number, run in enumerate(runs(articles, job_count(total, jobs)))
    ]
    if progress:
        progress(0, total)
    tell = None if progress is None else (lambda done: progress(done, total))
    parts: list[_Part] = run_shares(_index_run, shares, tell, what="an indexing worker process")
    _combine(staging, parts)
    vocabulary = Vocabulary()
    for part in parts:
        vocabulary.counts.update(part.counts)
        vocabulary.languages.update(part.languages)
    return vocabulary


def _index_run(
    share: tuple[str, int, Sequence[Article] | list[tuple[str, Any]]],
    report: Callable[[int], None],
) -> _Part:
    """Index one run (articles, or (path, cache row) pairs) into ``<staging>/part-<n>/`` with
    one ordinary writer, in this process or a worker."""
    staging, number, items = share
    folder = Path(staging) / f"part-{number}"
    folder.mkdir(mode=0o700)
    ix = wix.create_in(str(folder), build_schema())
    writer = (LeanWriter if LEAN else SegmentWriter)(ix, limitmb=BUILD_POOL_MB)
    if LEAN:
        writer.pool = TermPostings()
    else:
        writer.pool = BatchedPool(writer.temp_storage(), writer.newsegment, limitmb=BUILD_POOL_MB)
    add = writer.add_lean if isinstance(writer, LeanWriter) else lambda d: writer.add_document(**d)
    counts: Counter[str] = Counter()
    languages: set[str] = set()
    pending = 0
    try:
        for item in items:
            article = (
                item if isinstance(item, Article) else article_from_row(item[1], Path(item[0]))
            )
            with collecting_words() as words:
                add(document(article))
            counts.update(words)
            languages.update(article_languages(article))
            pending += 1
            if pending == REPORT_EVERY:
                report(pending)
                pending = 0
        writer.commit()
    except BaseException:
        writer.cancel()
        raise
    if pending:
        report(pending)
    return _Part(list(ix._segments()), dict(counts), sorted(languages))


def _combine(staging: Path, parts: Sequence[_Part]) -> None:
    """Move every part's segment files into ``staging`` and write one table of contents
    listing all the segments, in run order (which is the documents' numbering)."""
    schema = build_schema()
    wix.create_in(str(staging), schema)
    segments = []
    for number, part in enumerate(parts):
        folder = staging / f"part-{number}"
        for segment in part.segments:
            prefix = f"{segment.segment_id()}."
            for path in folder.iterdir():
                if path.name.startswith(prefix):
                    path.rename(staging / path.name)
            segments.append(segment)
        shutil.rmtree(folder)
    storage = FileStorage(str(staging))
    TOC(schema, segments, 1).write(storage, _INDEX_NAME)
    clean_files(storage, _INDEX_NAME, 1, segments)
