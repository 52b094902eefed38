"""The fast phrase and union paths give Whoosh's own answers, to the last bit of every score.

A written corpus in three languages (tests/search/written_corpus.py) is indexed on two
processes (two segments), then updated (deleted documents inside the segments, a third
segment), and every query below runs twice through ``results.run_query``: once as the app
runs it, once with Whoosh's own matchers (its ``Phrase`` and its array matcher for every
``Or``). The index is told it is large (``ARRAY_FROM`` 0), as at 10,000 articles.
"""

from __future__ import annotations

import pickle
from collections.abc import Iterator
from dataclasses import replace
from itertools import accumulate
from pathlib import Path
from typing import Any

import pytest
from search.written_corpus import written_articles
from whoosh import query as wq
from whoosh.formats import Positions

from briefing.model import Article
from briefing.search import SearchIndex, phrases, results, unions
from briefing.search.query import expand_patterns, parse

QUERIES = [
    "ferry",
    "bridge railway",
    "ferry OR pont OR моста",
    '"ferry terminal"',
    '"night bus service"',
    '"the harbour"',  # a stop word inside: the phrase is its other words
    '"conseil municipal"',
    '"железнодорожного моста"',
    '"bridge bearings" OR "ferry operator"',
    '"ferry terminal" AND council',
    '"harbour authority" NOT bridge',
    "harbour AND NOT flood",
    "(ferry OR bridge) AND council",
    "termin*",
    "brid* OR quai*",
    "fery~",
    "counsil~1",
    'title:"report" OR title:ferry^2',
    'source:"harbour gazette"',
    '"ferry terminal"~3',  # another slop: Whoosh's own matcher
    "date:[2025-03-01 TO 2025-08-31] bridge",
]


def _whoosh_or(q: Any) -> Any:
    """The tree run by Whoosh's own array matcher for every ``Or`` (what ran before)."""
    if isinstance(q, wq.Or):
        q.matcher_type = wq.Or.ARRAY_MATCHER
    if not q.is_leaf():
        for child in q.children():
            _whoosh_or(child)
    return q


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    articles = written_articles(360)
    built = SearchIndex.open(tmp_path_factory.mktemp("fast") / "search", jobs=2)
    built.sync(articles)
    changed: list[Article] = []
    others = written_articles(360, seed=99)
    for n, article in enumerate(articles):
        if n % 37 == 5:
            continue  # removed: a deleted document in its segment
        if n % 41 == 3:  # changed: deleted and added again, in a new segment
            other = others[n]
            article = replace(article, paragraphs=other.paragraphs, content_hash="x", mtime_ns=2)
        changed.append(article)
    built.sync(changed)
    yield built
    built.close()


def _run(index: SearchIndex, text: str, sort: results.SortOrder) -> tuple[list[Any], int]:
    live = index._live
    assert live is not None
    vocabulary = index._words(live)
    parsed = expand_patterns(parse(index._parser, text, vocabulary.languages), vocabulary)
    return results.run_query(live.searcher, parsed, 40, sort)


@pytest.mark.parametrize("sort", ["relevance", "newest"])
@pytest.mark.parametrize("text", QUERIES)
def test_the_fast_paths_answer_as_whoosh_does(
    index: SearchIndex, text: str, sort: results.SortOrder, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(results, "ARRAY_FROM", 0)
    assert index._live is not None
    reader = index._live.searcher.reader()
    assert len(reader.leaf_readers()) >= 2  # a two-process build, and an update
    assert reader.has_deletions()
    fast = _run(index, text, sort)
    monkeypatch.setattr(results, "fast_phrases", lambda q: q)
    monkeypatch.setattr(results, "_array_unions", _whoosh_or)
    whoosh = _run(index, text, sort)
    assert fast == whoosh  # ids, order, scores (exactly) and stored fields; and the total
    assert fast[1] > 0  # every query finds something, or the comparison says nothing


def test_the_fast_paths_are_the_ones_taken(
    index: SearchIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(results, "ARRAY_FROM", 0)
    taken: list[str] = []
    phrase, union = phrases._phrase_matches, unions._add_term

    def phrase_taken(*args: Any) -> Any:
        taken.append("phrase")
        return phrase(*args)

    def term_taken(*args: Any) -> Any:
        taken.append("term")
        return union(*args)

    collapse = unions._collapse

    def collapse_taken(m: Any) -> Any:
        done = collapse(m)
        taken.append("and" if done is not None else "whoosh's and")
        return done

    monkeypatch.setattr(phrases, "_phrase_matches", phrase_taken)
    monkeypatch.setattr(unions, "_add_term", term_taken)
    monkeypatch.setattr(unions, "_collapse", collapse_taken)
    _run(index, '"ferry terminal" OR termin*', "relevance")
    assert "phrase" in taken and "term" in taken
    _run(index, "(ferry OR bridge) AND council", "relevance")
    assert "and" in taken


def test_a_small_index_keeps_whoosh_unions_and_takes_the_fast_phrases(
    index: SearchIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Below ``ARRAY_FROM`` (1,000 articles) Whoosh chooses the union matchers as before."""
    built: list[Any] = []
    real = unions.array_unions

    def switched(q: Any) -> Any:
        built.append(q)
        return real(q)

    monkeypatch.setattr(results, "_array_unions", switched)
    fast = _run(index, '"ferry terminal" OR "night bus"', "relevance")
    assert not built
    monkeypatch.setattr(results, "fast_phrases", lambda q: q)
    assert fast == _run(index, '"ferry terminal" OR "night bus"', "relevance")


def test_a_phrase_whose_word_is_missing_matches_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(results, "ARRAY_FROM", 0)
    index = SearchIndex.open(tmp_path / "search", jobs=1)
    index.sync(written_articles(12))
    try:
        assert _run(index, '"ferry zeppelin"', "relevance") == ([], 0)
        assert _run(index, '"ferry zeppelin" OR bridge', "relevance")[1] > 0
    finally:
        index.close()


def test_positions_decoded_together_are_whooshs_positions() -> None:
    """One ``loads`` for many postings: gaps of 46 (the STOP byte), 255, 256, 70,000 and
    one-position lists included, with and without the STOP Whoosh sometimes cuts off."""
    fmt = Positions()
    lists = [[0], [46], [3, 49, 50], list(range(0, 2000, 7)), [255, 511, 70_511], [1, 2, 3, 4]]
    values = [fmt.encode(p) for p in lists]
    values += [v[:-1] for v in values]  # stored without the final STOP
    decoded = phrases._decode_all(values)
    assert [list(accumulate(d)) for d in decoded] == [fmt.decode_positions(v) for v in values]
    assert phrases._decode_all([b"\x00\x00\x00\x01" + pickle.dumps((5,), 2)]) == [(5,)]
