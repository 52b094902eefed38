"""``SearchIndex``: the persistent Whoosh index of one briefing.

The article files are the truth; the index is a cache of them that may be deleted, damaged,
half-written by a killed process, or written by another Whoosh. Every such state is detected on
open (or first use) and answered alike: the next ``sync`` rebuilds it, and ``notices`` says why
(opening: :mod:`briefing.search.live`).

Concurrency: one sync at a time per process (a thread lock) and per directory (an OS file lock),
so a second process waits, then finds nothing left to do. Searches take only the state lock,
which a sync holds just to swap in a new searcher: the UI searches while a worker syncs.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from whoosh.index import LockError

from briefing import errorlog
from briefing.model import Article, SearchResult, SyncReport
from briefing.parallel import WorkerFailed
from briefing.search import store, writing
from briefing.search.analysis import stoplist
from briefing.search.live import DEFAULT_LOCK_TIMEOUT, Live, LiveIndex
from briefing.search.manifest import Manifest
from briefing.search.match_terms import MatchTerms, match_terms
from briefing.search.plan import plan_sync
from briefing.search.query import (
    QueryError,
    clean,
    expand_patterns,
    make_parser,
    parse,
)
from briefing.search.results import HighlightCache, SortOrder, make_hit, run_query
from briefing.search.schema import article_id_from_key, doc_key, tagged_text
from briefing.search.stemmers import stemmer
from briefing.search.suggest import suggest as suggest_query
from briefing.search.tokens import prepare_patterns
from briefing.search.vocabulary import Vocabulary, VocabularyError

Progress = Callable[[int, int], None]


class SearchIndex(LiveIndex):
    """A briefing's search index on disk. Create with :meth:`open`; close with :meth:`close`."""

    def __init__(
        self,
        directory: Path,
        lock_timeout: float = DEFAULT_LOCK_TIMEOUT,
        code: str = "",
        jobs: int | None = None,
    ) -> None:
        super().__init__(directory, lock_timeout, code, jobs)
        self._parser = make_parser(self._schema)
        #: The articles last passed in (sync, needs_sync, search): ``related`` needs their text.
        self._articles: Mapping[str, Article] = {}
        self._highlights = HighlightCache()
        #: The last query run, its rows, total, matched terms and suggestion: asked again (the
        #: app highlights the hits on screen first, then the rest), it is not run again. Keyed
        #: by the searcher, so a sync (a new searcher) makes it stale.
        self._last: tuple[Any, list[Any], int, MatchTerms, str | None] | None = None

    # ----------------------------------------------------------------- syncing

    def needs_sync(self, articles: Sequence[Article]) -> bool:
        """Whether ``sync`` would write anything. Reads only what is already in memory."""
        self._articles = {a.id: a for a in articles}
        with self._state:
            if self._live is None or self._rebuild_reason is not None:
                return True
            if store.index_stamp(self._index_dir) != self._live.stamp:
                return True
            plan = plan_sync(articles, self._live.ids, self._live.manifest)
        return bool(plan.write or plan.remove)

    def sync(self, articles: Sequence[Article], progress: Progress | None = None) -> SyncReport:
        """Bring the index up to date with ``articles``, writing only what changed."""
        return self._sync(articles, progress, force_rebuild=None)

    def rebuild(self, articles: Sequence[Article], progress: Progress | None = None) -> SyncReport:
        """Throw the index away and index every article again."""
        return self._sync(articles, progress, force_rebuild="a rebuild was asked for")

    def _sync(
        self, articles: Sequence[Article], progress: Progress | None, force_rebuild: str | None
    ) -> SyncReport:
        started = time.monotonic()
        self._articles = {a.id: a for a in articles}
        try:
            return self._sync_locked(articles, progress, force_rebuild, started)
        except (LockError, OSError, WorkerFailed) as error:
            # full disk, read-only folder, lock not creatable, a build worker that died
            if isinstance(error, WorkerFailed):
                errorlog.record(error, f"rebuilding the search index: {error.details}")
            cause = store.write_failure(error)
            self.write_failure = cause
            store.remove_strays(self._index_dir)
            notice = f"The search index could not be updated: {cause} in {self.directory}."
            self._note(notice)
            return SyncReport(reason=notice, error=notice, seconds=time.monotonic() - started)

    def _sync_locked(
        self,
        articles: Sequence[Article],
        progress: Progress | None,
        force_rebuild: str | None,
        started: float,
    ) -> SyncReport:
        with self._writing, store.process_lock(self.directory, self._lock_timeout) as locked:
            if not locked:
                notice = (
                    "Another briefing process is updating the search index; results may be stale."
                )
                self._note(notice)
                return SyncReport(reason=notice, seconds=time.monotonic() - started)
            with self._state:
                self._closed = False  # a closed index opens again when synced
                live = self._live
                if live is None or store.index_stamp(self._index_dir) != live.stamp:
                    self._load()  # another process committed or rebuilt since we looked
                reason = force_rebuild or self._rebuild_reason
                live = self._live
            if reason is not None or live is None:
                reason = reason or "there was no index yet"
                return self._rebuild(articles, progress, reason, started)
            try:
                return self._update(articles, progress, live, started)
            except (LockError, OSError):
                raise
            except Exception as error:  # a damaged segment can fail a merge in many ways
                errorlog.record(error, f"updating the search index in {self._index_dir}")
                reason = f"it was damaged ({type(error).__name__} while updating)"
                self._note(f"The search index was rebuilt because {reason}.")
                return self._rebuild(articles, progress, reason, started)

    def _update(
        self, articles: Sequence[Article], progress: Progress | None, live: Live, started: float
    ) -> SyncReport:
        plan = plan_sync(articles, live.ids, live.manifest)
        self.write_failure = None if not plan.write and not plan.remove else self.write_failure
        if not plan.write and not plan.remove:
            return SyncReport(unchanged=plan.unchanged, seconds=time.monotonic() - started)
        # The vocabulary is not read for this: the sync's words are written beside it, and a
        # vocabulary already read for searching is updated in memory.
        vocabulary = live.vocabulary
        record = writing.apply_plan(
            live.ix,
            self._index_dir,
            plan,
            live.record or Manifest(live.manifest),
            live.ids,
            vocabulary,
            progress,
        )
        manifest = record.articles
        self.write_failure = None
        # A fresh searcher, not ``searcher.refresh()``: in whoosh-reloaded 2.7.5 refresh reuses
        # the old segment readers with their old deletion sets, so deleted and replaced
        # documents stay visible (tests/search/test_sync.py catches it).
        searcher = live.ix.searcher()
        with self._state:
            store.quietly_close(live.searcher)
            if self._closed:  # closed by another thread while this sync ran
                store.quietly_close(searcher)
                return SyncReport(seconds=time.monotonic() - started)
            self._live = Live(
                live.ix,
                searcher,
                frozenset(manifest),
                manifest,
                store.index_stamp(self._index_dir),
                record=record,
                vocabulary=vocabulary,
            )
        return SyncReport(
            added=tuple(plan.added),
            changed=tuple(plan.changed),
            removed=tuple(plan.remove),
            unchanged=plan.unchanged,
            seconds=time.monotonic() - started,
        )

    def _rebuild(
        self, articles: Sequence[Article], progress: Progress | None, reason: str, started: float
    ) -> SyncReport:
        """Index everything into a staging folder, then swap it in with two renames."""
        staging = writing.build_staging(
            self.directory, articles, progress, self.code, jobs=self.jobs
        )
        self.write_failure = None
        with self._state:
            self._close_live()
            writing.swap_in(self.directory, staging)
            if not self._closed:
                self._load()
        return SyncReport(
            added=tuple(a.id for a in articles),
            rebuilt=True,
            reason=reason,
            seconds=time.monotonic() - started,
        )

    # ---------------------------------------------------------------- querying

    def search(
        self,
        query: str,
        articles: Mapping[str, Article],
        *,
        limit: int = 20,
        snippets: bool = True,
        sort: SortOrder = "relevance",
        snippets_for: int | None = None,
    ) -> SearchResult:
        """Run a user query. Never raises: a bad query or a broken index gives ``error``.

        ``articles`` supplies the text for spans and snippets (computed only for the ``limit``
        hits returned, and only when ``snippets`` is true; with ``snippets_for`` only for the
        first that many, e.g. the rows on screen, the rest carry none). Spans and snippets
        are cached across calls. ``sort`` ``"newest"``/``"oldest"`` orders by date with
        undated articles last.
        """
        self._articles = articles
        text = clean(query)
        if not text:
            return SearchResult(query=query, total=0)
        with self._state:
            self._follow_other_writers()
            live = self._live
            if live is None:
                why = f" ({self.write_failure})" if self.write_failure else " yet"
                state = "out of date" if self.write_failure else "not ready"
                return SearchResult(
                    query=query, total=0, error=f"The search index is {state}{why}."
                )
            key = (text, limit, sort, live.searcher)  # held, so never a reused id
            last = self._last
            if last is not None and last[0] == key:  # the same query again: only highlights
                _, rows, total, terms, suggestion = last
            else:
                vocabulary = self._words(live)
                try:
                    parsed = parse(self._parser, text, vocabulary.languages, vocabulary)
                except QueryError as error:
                    return SearchResult(query=query, total=0, error=str(error))
                try:
                    parsed = expand_patterns(parsed, vocabulary)
                    rows, total = run_query(live.searcher, parsed, limit, sort)
                    terms = match_terms(parsed, live.searcher.reader())
                    suggestion = suggest_query(text, live.searcher, vocabulary)
                except Exception as error:  # a damaged segment surfaces here (WHOOSH.md #8)
                    errorlog.record(error, f"searching for {query!r}")
                    return SearchResult(query=query, total=0, error=self._search_failed(error))
                self._last = (key, rows, total, terms, suggestion)
        shown = len(rows) if snippets_for is None else max(0, snippets_for)
        hits = tuple(
            make_hit(row, articles.get(row[0]), terms, snippets and rank < shown, self._highlights)
            for rank, row in enumerate(rows)
        )
        return SearchResult(query=query, total=total, hits=hits, suggestion=suggestion)

    def prepare(self) -> None:
        """Read the vocabulary and build its lookups now, so the first search that needs
        them (an unknown word, a pattern) does not pay for it while the user waits: a
        quarter of a second at 10,000 articles. Never raises: a search will say what failed."""
        prepare_patterns()  # highlighting's lazily compiled pattern, off the first key
        with self._state:
            live = self._live
            if live is None:
                return
            vocabulary = self._words(live)
        vocabulary.prepare()
        _prepare_analysers(vocabulary.languages)

    def _vocabulary(self, live: Live) -> Vocabulary:
        """The live index's vocabulary, read once; ``VocabularyError`` if it is unreadable.

        The manifest's checksum vouched for the file when the index was opened, so failing
        now means it was damaged since. A sync then rebuilds (any error but an OS one in an
        update does); a search goes on without patterns and suggestions (``_words``).
        """
        if live.vocabulary is None:
            live.vocabulary = Vocabulary.load(self._index_dir)
        return live.vocabulary

    def _words(self, live: Live) -> Vocabulary:
        """The vocabulary for a search; caller holds the state lock."""
        try:
            return self._vocabulary(live)
        except VocabularyError:
            live.vocabulary = Vocabulary()
            self._needs_rebuild("its list of words was damaged")
            return live.vocabulary

    def _follow_other_writers(self) -> None:
        """Reopen if another process changed the index since we opened it; caller holds lock.

        Only when nobody is writing (the inter-process lock is free right now): reading a
        half-swapped index would look like damage. Otherwise keep the old searcher, whose
        open files stay valid until the writer finishes.
        """
        live = self._live
        if live is None or self._writing.locked():
            return
        if store.index_stamp(self._index_dir) == live.stamp:
            return
        with store.process_lock(self.directory, timeout=0) as locked:
            if locked:
                self._load()

    def _search_failed(self, error: Exception) -> str:
        """Tell a query Whoosh cannot run from an index that is broken; caller holds the lock."""
        live = self._live
        try:
            if live is not None:
                store.probe(live.searcher)
        except Exception as damage:
            errorlog.record(damage, f"checking the search index in {self._index_dir}")
            self._close_live()
            self._needs_rebuild(f"it was damaged ({type(error).__name__} while searching)")
            return "The search index is damaged; it will be rebuilt on the next sync."
        return f"This query could not be run ({type(error).__name__})."

    def related(
        self, article_id: str, limit: int = 5, articles: Mapping[str, Article] | None = None
    ) -> tuple[str, ...]:
        """Ids of the articles most like ``article_id`` (more-like-this over the body).

        The body is not stored, so the key terms come from the article's text: from
        ``articles`` if given, else from the articles last passed to sync, needs_sync or
        search.
        """
        article = (articles or self._articles).get(article_id)
        if article is None:
            return ()
        body = tagged_text(article, furniture=False)
        with self._state:
            live = self._live
            if live is None or not any(p.text.strip() for _, p in article.body_paragraphs):
                return ()
            try:
                docnum = live.searcher.document_number(id=doc_key(article_id))
                if docnum is None:
                    return ()
                results = live.searcher.more_like(docnum, "body", text=body, top=limit, numterms=20)
                return tuple(article_id_from_key(str(r["id"])) for r in results)
            except Exception as error:  # key_terms raises on texts with no terms (WHOOSH.md #11)
                errorlog.record(error, f"finding articles like {article_id!r}")
                return ()


def _prepare_analysers(languages: Iterable[str]) -> None:
    """Load every stemmer and stop list a typed word is analysed with (``query_terms`` asks
    each of the briefing's languages, then the fallbacks), as the first query of two letters
    or more did, on the key's time: importing Snowball and building its stemmers was ~40 ms
    of "me" at 10,000 articles (benchmarks/PROFILE.md). Loads only what that query would."""
    for language in (*languages, "und", "en", "ru"):
        stemmer(language)
        stoplist(language)
