"""The façade's searching: syncing the index with the articles and querying it.

Split from :mod:`briefing.briefing` to keep that module under the size limit: these methods
only forward to :class:`~briefing.search.SearchIndex`, with the façade's articles and its
one-writer lock, so :class:`~briefing.briefing.Briefing` inherits them and the views still
reach search only through the façade (tests/test_layers.py).
"""

from __future__ import annotations

import threading
from collections.abc import Mapping

from briefing.model import Article, SearchResult, SyncReport
from briefing.opening import Progress
from briefing.search import SearchIndex


class Searching:
    """The search half of ``Briefing``; the attributes below are set by its ``__init__``."""

    articles: tuple[Article, ...]
    _by_id: Mapping[str, Article]
    _index: SearchIndex
    _write_lock: threading.Lock

    @property
    def index_problem(self) -> str | None:
        """Why the last sync could not write the index ("disk full in …"), else ``None``;
        searches then answer from the previous index, which may miss recent changes."""
        failure = self._index.write_failure
        return f"{failure} in {self._index.directory}" if failure else None

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

    def prepare_search(self) -> None:
        """Load what searching needs beyond the index (its vocabulary) ahead of the first
        query; for a background thread after opening."""
        self._index.prepare()

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
