"""``Or`` queries run with Whoosh's array matcher rank and count exactly as its union tree.

Above 5,000 documents Whoosh picks the union tree and the index switches to the array
matcher; this small index is made to switch too, and the tree is forced for the reference.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from search.factory import make_article
from whoosh import query as wq

from briefing.model import Article
from briefing.search import SearchIndex, results
from briefing.search.unions import FastOr

QUERIES = [
    "election",
    "parliament vote",
    "budget OR election OR minister",
    "elect*",
    "minster~",
    '"prime minister" OR budget',
    "budget AND (vote OR debate) NOT tax",
    "title:budget OR body:minister",
]

TEXTS = [
    "The prime minister lost the budget vote in parliament.",
    "An election was called after the budget debate.",
    "Minister says tax rises are off the table for this election.",
    "Parliament will vote on the electoral reform bill next week.",
    "Elected members debated the budget and the tax on fuel.",
    "The minister of finance presented the budget.",
]


@pytest.fixture
def index(tmp_path: Path, seeds: list[Article]) -> SearchIndex:
    extra = [
        make_article(f"x{i:03d}", f"{TEXTS[i % len(TEXTS)]}\nParagraph {i} of the series.")
        for i in range(60)
    ]
    built = SearchIndex.open(tmp_path / "search")
    built.sync([*seeds, *extra])
    return built


def _answers(index: SearchIndex, query: str) -> tuple[int, list[tuple[str, float]]]:
    index._last = None  # the index would answer a repeated query from its last run
    found = index.search(query, {}, limit=100, snippets=False)
    assert found.error is None, found.error
    return found.total, [(hit.article_id, round(hit.score, 9)) for hit in found.hits]


@pytest.mark.parametrize("query", QUERIES)
def test_array_unions_give_the_union_trees_answers(
    index: SearchIndex, query: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as patch:
        patch.setattr(results, "ARRAY_FROM", 0)  # as above 5,000 documents
        calls: list[object] = []
        real = results._array_unions

        def counted(q: wq.Query) -> wq.Query:
            calls.append(q)
            return real(q)

        patch.setattr(results, "_array_unions", counted)
        ours = _answers(index, query)
        assert calls  # the array matcher really was asked for
    with monkeypatch.context() as patch:
        patch.setattr(results, "_array_unions", lambda q: q)
        patch.setattr(wq.Or, "matcher_type", wq.Or.DEFAULT_MATCHER)
        tree = _answers(index, query)
    assert ours == tree
    assert ours[0] > 0  # each query matches something, or the comparison says nothing


def test_every_or_in_a_nested_query_is_switched() -> None:
    inner = wq.Or([wq.Term("body", "b"), wq.Term("title", "b")])
    outer = wq.Or([wq.Term("body", "a"), wq.And([inner, wq.Not(wq.Term("body", "c"))])])
    nested = wq.And([outer, wq.Term("title", "d")])
    switched = results._array_unions(nested)
    ors = [q for q in _nodes(switched) if isinstance(q, wq.Or)]
    assert len(ors) == 2
    assert all(isinstance(q, FastOr) for q in ors)
    assert all(q.matcher_type == wq.Or.ARRAY_MATCHER for q in ors)
    assert wq.Or.matcher_type == wq.Or.AUTO_MATCHER  # the class default is left alone
    assert str(switched) == str(nested)  # the same query, only run differently


def _nodes(q: wq.Query) -> list[wq.Query]:
    return [q] if q.is_leaf() else [q, *(n for child in q.children() for n in _nodes(child))]
