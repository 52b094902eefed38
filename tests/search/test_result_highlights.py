"""Highlights only where asked (``snippets_for``) and cached across searches, never stale;
totals that count every match."""

from __future__ import annotations

from pathlib import Path

from search.factory import make_article

from briefing.model import Article
from briefing.search import SearchIndex
from briefing.search.match_terms import MatchTerms
from briefing.search.results import HighlightCache


def test_snippets_for_highlights_only_the_first_hits(
    seed_index: SearchIndex, seed_map: dict[str, Article]
) -> None:
    full = seed_index.search("meeting", seed_map)
    part = seed_index.search("meeting", seed_map, snippets_for=2)
    assert part.total == full.total == len(full.hits) > 2
    assert [h.article_id for h in part.hits] == [h.article_id for h in full.hits]
    assert part.hits[:2] == full.hits[:2]
    assert all(h.spans and h.snippets for h in part.hits[:2])
    assert all(h.spans == () and h.snippets == () for h in part.hits[2:])
    assert all(h.spans == () for h in seed_index.search("meeting", seed_map, snippets_for=0).hits)


def test_repeated_searches_give_the_same_hits(
    seed_index: SearchIndex, seed_map: dict[str, Article]
) -> None:
    for query in ("meeting", '"state visit"', "hydropow*", "migraton~"):
        first = seed_index.search(query, seed_map)
        assert first.hits and seed_index.search(query, seed_map) == first


def test_a_changed_article_is_never_highlighted_from_the_cache(index_dir: Path) -> None:
    before = make_article("a", "The summit opened.\nNothing else.")
    after = make_article("a", "Nothing at first.\nLater the long awaited summit opened.")
    with SearchIndex.open(index_dir) as index:
        index.sync([before])
        (old,) = index.search("summit", {"a": before}).hits
        index.sync([after])
        (new,) = index.search("summit", {"a": after}).hits
    text = after.paragraphs[new.spans[0].paragraph].text
    assert old.spans != new.spans
    assert text[new.spans[0].start : new.spans[0].end] == "summit"


def test_the_cache_keeps_only_the_most_recent_entries() -> None:
    articles = [make_article(f"a{i}", f"summit number {i}") for i in range(5)]
    terms = MatchTerms(frozenset({"summit"}))
    cache = HighlightCache(size=2)
    first = cache.highlights(articles[0], terms)
    assert cache.highlights(articles[0], terms) is first  # served from the cache
    for article in articles[1:]:
        cache.highlights(article, terms)
    again = cache.highlights(articles[0], terms)
    assert again == first and again is not first  # evicted, then computed again


def test_the_total_counts_every_match_however_few_hits_are_asked(index_dir: Path) -> None:
    """The total counts every match, not only those the top-N collector visits.

    Whoosh's collector replaces a union it no longer needs whole by an intersection once
    its heap is full; with ``optimize=False`` alone that undercounted "memory" at 10,000
    articles (532 of 2,667). This small briefing does not trigger the replacement, so it
    guards the contract, and benchmarks compare the totals at scale.
    """
    body = [
        make_article(f"body{i:03d}", f"Line {i} of a log.\nThe memory use grew by {i} pages.")
        for i in range(200)
    ]
    both = [
        make_article(f"both{i}", "Memory, memory and memory again.", title=f"Memory report {i}")
        for i in range(5)
    ]
    # Document order matters to Whoosh's pruning: a few weak matches, the strong ones, the rest.
    articles = body[:10] + both + body[10:]
    with SearchIndex.open(index_dir) as index:
        index.sync(articles)
        by_id = {a.id: a for a in articles}
        for limit in (1, 5, 20):
            result = index.search("memory", by_id, limit=limit, snippets=False)
            assert result.total == 205
            assert len(result.hits) == limit
            assert {h.article_id for h in result.hits[:5]} <= {f"both{i}" for i in range(5)}
