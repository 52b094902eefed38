"""The rebuild's lean ``add_document`` writes what Whoosh's own writes (``lean_add.py``).

Each comparison builds the same written corpus twice in one process, once the lean way and
once through Whoosh's ``add_document``, posting pool and per-document reader, and compares
everything a search reads: every posting (field, term, document, weight, encoded positions),
each term's statistics (document frequency, weight, lengths), every document's stored fields
and field lengths, the vocabulary, and the answers to a set of queries.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from search.factory import make_article
from search.test_parallel_build import _answers
from search.written_corpus import written_articles
from whoosh.formats import Positions

from briefing.model import Article
from briefing.search import SearchIndex, building, lean_add
from briefing.search.analysis import STEMMING, collecting_words, tagged
from briefing.search.lean_add import encode_positions, positions_by_term


def _everything(index: SearchIndex) -> dict[str, object]:
    assert index._live is not None
    reader = index._live.searcher.reader()
    postings = list(reader.iter_postings())
    terms = sorted({(f, t) for f, t, *_ in postings})
    infos = [
        (f, t, i.doc_frequency(), i.weight(), i.min_length(), i.max_length(), i.max_weight())
        for f, t in terms
        for i in [reader.term_info(f, t)]
    ]
    docs = range(reader.doc_count_all())
    fields = ("title", "body", "furniture", "source", "id", "path", "language")
    return {
        "postings": postings,
        "infos": infos,
        "stored": [reader.stored_fields(d) for d in docs],
        "lengths": [[reader.doc_field_length(d, f) for f in fields] for d in docs],
        "totals": [reader.field_length(f) for f in fields],
        "vocabulary": dict(index._words(index._live).counts),
    }


def _build(folder: Path, articles: list[Article], jobs: int) -> SearchIndex:
    index = SearchIndex.open(folder, jobs=jobs)
    index.rebuild(articles)
    return index


@pytest.mark.parametrize("jobs", [1, 2])
def test_the_lean_writer_writes_what_whoosh_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    monkeypatch.setattr(building, "MIN_ARTICLES_PER_JOB", 1)
    articles = written_articles(48)
    # an article with an empty body and a title of stop words, and one with no source
    articles.append(make_article("stops", "A\nthe of", title="The And Of"))
    lean = _build(tmp_path / "lean", articles, jobs)
    monkeypatch.setattr(building, "LEAN", False)
    stock = _build(tmp_path / "stock", articles, jobs)
    ours, theirs = _everything(lean), _everything(stock)
    assert len(ours["postings"]) > 1000  # type: ignore[arg-type]
    assert ours == theirs
    assert _answers(lean, articles) == _answers(stock, articles)
    lean.close()
    stock.close()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The ferry and the ferry terminal: a quay, the quay!", "en"),
        ("Le pont et le pont ferroviaire de l'été", "fr"),
        ("Мост и мост через реку, Kyiv bridge", "ru"),
        ("a I x", "en"),
        ("e.g. U.S.A. file_name.txt wild*card 3.14 ... a..b _x_ *", "en"),
        ("the towers.Firefighters came; Node.js at example.com, NATO.The end", "en"),
        ("мосты.Спасатели прибыли", "ru"),
        ("Éire café naïve — CAFÉ Straße İstanbul", "fr"),
        ("", "en"),
    ],
)
def test_positions_by_term_are_the_analyzers(text: str, language: str) -> None:
    value = tagged(text, language) + " " + tagged("second part, other words", "de")
    expected: dict[str, list[int]] = {}
    with collecting_words() as seen:
        for token in STEMMING(value, positions=True, mode="index"):
            expected.setdefault(token.text, []).append(token.pos)
    with collecting_words() as collected:
        found = positions_by_term(value)
    assert found == expected
    assert list(found) == list(expected)  # first occurrences in the same order
    assert collected == seen
    for positions in found.values():
        assert encode_positions(positions) == Positions().encode(positions)


def test_word_tables_stay_bounded_and_give_the_same_terms(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The per-language word tables are emptied when full, and a word looked up again after
    that gets the same term (and the same positions) as before."""
    monkeypatch.setattr(lean_add, "_TABLES", {})
    monkeypatch.setattr(lean_add, "_TERMS_MAX", 3)
    value = tagged("Bridges and ferries: the bridge, a ferry, bridges again", "en")
    first = positions_by_term(value)
    second = positions_by_term(value)
    # stop words take no position: the kept words are numbered one after another
    assert first == second == {"bridg": [0, 2, 4], "ferri": [1, 3], "again": [5]}
    assert all(len(table) <= 3 for table in lean_add._TABLES.values())
