"""Full-text search over a briefing: a persistent Whoosh index, queries, highlights.

Public API (the ``Briefing`` façade is the only intended caller)::

    index = SearchIndex.open(cache_dir / "search")   # IndexUnavailable if not writable
    report = index.sync(articles, progress)            # writes only what changed
    result = index.search("migrant AND source:reuters", articles_by_id)
    index.related(article_id)                          # more like this
    index.close()

Everything that can go wrong with the files on disk ends in a rebuild and a sentence in
``index.notices``, never an exception; every query string ends in hits or
``SearchResult.error``.
"""

from briefing.search.index import SearchIndex
from briefing.search.store import IndexUnavailable

__all__ = ["IndexUnavailable", "SearchIndex"]
