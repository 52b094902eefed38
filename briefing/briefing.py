"""The ``Briefing`` façade: the one object the CLI and the TUI talk to.

It strings the domain together in one direction — files → ``Article``s → index and topics —
and owns the only decisions that span them: where the caches live, what to do when the cache
folder cannot be written, and which derived data is still valid. Neither the CLI nor the TUI
reaches into Whoosh or the readers; this module never imports Textual.

Derived data is cached under ``paths.cache_root()/<key>/`` and validated, never trusted:

* ``articles.pickle`` — parsed articles keyed by path, size and mtime, so reopening a
  briefing re-reads only the files that changed (reading is most of a cold open); stored
  as plain rows whose paragraphs are built on first use (see ``briefing.cache``);
* ``index/`` — the Whoosh index, with its own manifest of content hashes;
* ``topics.pickle`` — topics keyed by the articles' content hashes.

Each cache also records a fingerprint of the code that produced it, so a new reader or topic
extractor invalidates old results without anyone remembering to bump a version.
"""

from __future__ import annotations

import hashlib
import tempfile
import threading
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefing import corpus, paths
from briefing.cache import (
    article_from_row,
    code_fingerprint,
    load_article_rows,
    load_pickle,
    save_article_rows,
    save_pickle,
)
from briefing.model import Article, Passage, SearchResult, Skipped, SyncReport, Topic
from briefing.search import IndexUnavailable, SearchIndex

if TYPE_CHECKING:
    from briefing.analysis import Discrepancy, TimelineEntry
    from briefing.overview import PacketOverview

#: (phase, done, total); phase is "reading", "indexing" or "topics".
Progress = Callable[[str, int, int], None]


#: Topics kept per briefing, best first. A large briefing yields tens of thousands of
#: candidates (19,652 for 1,000 articles); beyond the first thousand they are noise to an
#: analyst, and loading them all cost a second of the app's start-up with the GIL held.
MAX_TOPICS = 1000


class BriefingError(Exception):
    """Nothing could be opened; ``str(error)`` is one clear sentence for the user."""


def _from_cache(row: Any, item: corpus.FoundFile) -> Article | None:
    """The cached article for a found file if its size, mtime and id are unchanged."""
    if not isinstance(row, tuple):
        return None
    try:
        article = article_from_row(row, item.path)
    except (TypeError, ValueError):  # a row of another layout: read the file again
        return None
    if (article.size, article.mtime_ns, article.id) != (item.size, item.mtime_ns, item.id):
        return None
    return article


class Briefing:
    """An opened briefing: its articles, its index and its topics."""

    def __init__(
        self,
        paths_: tuple[Path, ...],
        key: str,
        cache_dir: Path,
        articles: tuple[Article, ...],
        skipped: tuple[Skipped, ...],
        index: SearchIndex,
        notices: list[str],
    ) -> None:
        self.paths = paths_
        self.key = key
        self.cache_dir = cache_dir
        self.articles = articles
        self.skipped = skipped
        self._by_id: dict[str, Article] = {a.id: a for a in articles}
        self._index = index
        self._notices = notices
        self._write_lock = threading.Lock()
        self._derived_lock = threading.RLock()
        self._topics: tuple[Topic, ...] | None = None
        self._timeline: tuple[TimelineEntry, ...] | None = None
        self._discrepancies: tuple[Discrepancy, ...] | None = None
        self._topics_by_id: dict[str, Topic] = {}

    # ------------------------------------------------------------------ opening

    @classmethod
    def open(
        cls,
        paths_: Sequence[Path | str] | None = None,
        *,
        sync: bool = True,
        progress: Progress | None = None,
    ) -> Briefing:
        """Open files and folders (the bundled seeds when none are given)."""
        given = tuple(Path(p).expanduser() for p in paths_ or ()) or (paths.bundled_seeds(),)
        present = tuple(p for p in given if p.exists() or p.is_symlink())
        if not present:
            names = ", ".join(str(p) for p in given)
            raise BriefingError(f"No such file or folder: {names}")
        missing = tuple(
            Skipped(str(p), "no such file or folder") for p in given if p not in present
        )

        notices: list[str] = []
        key = paths.briefing_key(present)
        cache_dir = cls._cache_dir(key, notices)

        discovery = corpus.discover(present)
        articles, unreadable = cls._read_articles(discovery.files, cache_dir, progress)
        skipped = tuple(sorted(missing + discovery.skipped + unreadable, key=lambda s: s.path))
        if not articles:
            detail = f" ({len(skipped)} skipped: {skipped[0].reason} …)" if skipped else ""
            raise BriefingError(
                f"No readable articles (.txt, .md, .html) in {', '.join(map(str, present))}{detail}"
            )

        index = cls._open_index(cache_dir, notices)
        briefing = cls(present, key, cache_dir, articles, skipped, index, notices)
        if sync:
            briefing.sync(progress)
        return briefing

    @staticmethod
    def _cache_dir(key: str, notices: list[str]) -> Path:
        """The per-briefing cache folder, or a temporary one when the cache root is unusable."""
        wanted = paths.cache_root() / key
        try:
            wanted.mkdir(parents=True, exist_ok=True)
            probe = wanted / ".write-test"
            probe.write_bytes(b"")
            probe.unlink()
            return wanted
        except OSError as error:
            fallback = Path(tempfile.mkdtemp(prefix=f"briefing-{key}-"))
            notices.append(
                f"The cache folder {wanted} is not writable ({error.strerror or error}); "
                "using a temporary index that will be rebuilt next time."
            )
            return fallback

    @staticmethod
    def _open_index(cache_dir: Path, notices: list[str]) -> SearchIndex:
        try:
            index = SearchIndex.open(cache_dir / "index")
        except IndexUnavailable as error:
            fallback = Path(tempfile.mkdtemp(prefix="briefing-index-"))
            notices.append(f"{error} Using a temporary index.")
            index = SearchIndex.open(fallback)
        return index

    @staticmethod
    def _read_articles(
        found: Sequence[corpus.FoundFile], cache_dir: Path, progress: Progress | None
    ) -> tuple[tuple[Article, ...], tuple[Skipped, ...]]:
        """Read every found file, reusing cached articles whose size and mtime are unchanged."""
        fingerprint = code_fingerprint("corpus")
        cache_path = cache_dir / "articles.pickle"
        cached = load_article_rows(cache_path, fingerprint)
        articles: list[Article] = []
        skipped: list[Skipped] = []
        fresh: dict[str, Article] = {}
        reread = 0
        for done, item in enumerate(found, start=1):
            key = str(item.path)
            article: Article | Skipped | None = _from_cache(cached.get(key), item)
            if article is None:
                article = corpus.read_article(item)
                reread += 1
            if isinstance(article, Article):
                articles.append(article)
                fresh[key] = article
            else:
                skipped.append(article)
            if progress is not None and (done % 50 == 0 or done == len(found)):
                progress("reading", done, len(found))
        if reread or len(fresh) != len(cached):
            save_article_rows(cache_path, fingerprint, fresh)
        articles.sort(key=lambda a: a.id)
        return tuple(articles), tuple(skipped)

    # ------------------------------------------------------------------ articles

    @property
    def notices(self) -> tuple[str, ...]:
        """Sentences the user should be told (cache fallbacks, rebuilt indexes)."""
        return tuple(dict.fromkeys([*self._notices, *self._index.notices]))

    def article(self, article_id: str) -> Article:
        """The article with this id (``KeyError`` when there is none)."""
        return self._by_id[article_id]

    @property
    def articles_by_id(self) -> Mapping[str, Article]:
        """Read-only mapping of id → article."""
        return self._by_id

    def overview(self) -> PacketOverview:
        """What the packet is: outlets, date span and languages, counted over its articles."""
        from briefing.overview import overview

        return overview(self.articles)

    # ------------------------------------------------------------------ index

    @property
    def needs_sync(self) -> bool:
        """Whether the index differs from the articles (cheap; writes nothing)."""
        return self._index.needs_sync(self.articles)

    def sync(self, progress: Progress | None = None) -> SyncReport:
        """Bring the index up to date with the articles; one writer at a time."""
        callback = None if progress is None else (lambda d, t: progress("indexing", d, t))
        with self._write_lock:
            return self._index.sync(self.articles, callback)

    def rebuild(self, progress: Progress | None = None) -> SyncReport:
        """Throw the index away and index every article again."""
        callback = None if progress is None else (lambda d, t: progress("indexing", d, t))
        with self._write_lock:
            return self._index.rebuild(self.articles, callback)

    def search(
        self,
        query: str,
        *,
        limit: int = 20,
        snippets: bool = True,
        snippets_for: int | None = None,
    ) -> SearchResult:
        """Ranked hits with spans and snippets; a bad query is an ``error``, never an exception.

        ``snippets_for=N`` highlights only the first N hits (those on screen): the rest come
        back with no spans or snippets, which is most of the time saved on a long list.
        """
        return self._index.search(
            query, self._by_id, limit=limit, snippets=snippets, snippets_for=snippets_for
        )

    def related(self, article_id: str, limit: int = 5) -> tuple[str, ...]:
        """Ids of the articles most like this one."""
        return self._index.related(article_id, limit=limit, articles=self._by_id)

    # ------------------------------------------------------------------ derived analyses

    def _corpus_key(self) -> str:
        """Identifies the articles' content: a derived cache is valid for exactly this corpus."""
        return hashlib.sha256(
            "\0".join(f"{a.id}:{a.content_hash}" for a in self.articles).encode()
        ).hexdigest()

    def _derived(
        self,
        name: str,
        package: str,
        compute: Callable[[], tuple[Any, ...]],
        progress: Progress | None,
    ) -> tuple[Any, ...]:
        """``<name>.pickle`` if this code made it for this corpus; else compute and save it."""
        fingerprint = f"{code_fingerprint(package)}:{self._corpus_key()}"
        cache_path = self.cache_dir / f"{name}.pickle"
        cached = load_pickle(cache_path, fingerprint)
        if isinstance(cached, tuple):
            return cached
        if progress is not None:
            progress(name, 0, 1)
        found = tuple(compute())
        save_pickle(cache_path, fingerprint, found)
        if progress is not None:
            progress(name, 1, 1)
        return found

    def topics(self, progress: Progress | None = None) -> tuple[Topic, ...]:
        """Key topics, ranked; computed once per corpus and cached on disk."""
        from briefing import topics as topic_extraction

        with self._derived_lock:
            if self._topics is None:
                self._topics = self._derived(
                    "topics",
                    "topics",
                    lambda: topic_extraction.extract_topics(self.articles, limit=MAX_TOPICS),
                    progress,
                )
                self._topics_by_id = {t.id: t for t in self._topics}
            return self._topics

    def timeline(self) -> tuple[TimelineEntry, ...]:
        """Dated statements of every source, by date; cached on disk like the topics."""
        from briefing import analysis

        with self._derived_lock:
            if self._timeline is None:
                self._timeline = self._derived(
                    "timeline", "analysis", lambda: analysis.extract_timeline(self.articles), None
                )
            return self._timeline

    def discrepancies(self) -> tuple[Discrepancy, ...]:
        """Where the sources disagree (dates, figures, spellings, names); cached on disk."""
        from briefing import analysis

        timeline = self.timeline()
        with self._derived_lock:
            if self._discrepancies is None:
                self._discrepancies = self._derived(
                    "discrepancies",
                    "analysis",
                    lambda: analysis.find_discrepancies(self.articles, timeline),
                    None,
                )
            return self._discrepancies

    def topic(self, topic_id: str) -> Topic:
        """The topic with this id (``KeyError`` when there is none)."""
        self.topics()
        return self._topics_by_id[topic_id]

    def passages(self, topic_id: str) -> tuple[Passage, ...]:
        """Every passage that mentions the topic, in article order."""
        from briefing import topics as topic_extraction

        return tuple(topic_extraction.passages(self.topic(topic_id), self._by_id))

    def cooccurring(self, topic_id: str, limit: int = 10) -> tuple[tuple[Topic, int], ...]:
        """Topics mentioned alongside this one, with how often."""
        from briefing import topics as topic_extraction

        return tuple(topic_extraction.cooccurring(self.topic(topic_id), self.topics(), limit))

    # ------------------------------------------------------------------ lifecycle

    def close(self) -> None:
        """Release the index's searcher and file handles."""
        self._index.close()

    def __enter__(self) -> Briefing:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
