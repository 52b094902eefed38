"""The rebuild's term-at-a-time postings writer (``segment_postings.py``).

With every block compressed it writes the very bytes Whoosh's own loop
(``FieldWriter.add_postings`` over ``W3PostingsWriter``) writes from the same postings; with
short blocks left uncompressed (the default) Whoosh's stock reader, opening the folder
itself, reads every posting and term statistic back the same.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from search.factory import make_article
from search.test_lean_add import _everything
from search.test_parallel_build import _answers
from search.written_corpus import written_articles
from whoosh import index as wix

from briefing.model import Article
from briefing.search import SearchIndex, building, segment_postings
from briefing.search.analysis import collecting_words
from briefing.search.schema import build_schema, document
from briefing.search.segment_postings import TermPostings


def _articles() -> list[Article]:
    """Enough articles that common terms span several 128-posting blocks, with words
    repeated (several positions, weights other than 1) and fields left empty."""
    articles = written_articles(150, seed=3)
    articles.append(make_article("stops", "A\nthe of", title="The And Of"))
    articles.append(make_article("echo", "echo echo echo\necho", title="Echo echo"))
    return articles


def _segment_files(
    folder: Path,
    articles: list[Article],
    whooshs_loop: bool,
    extra: Sequence[tuple[bytes, int, float, bytes]] = (),
) -> dict[str, bytes]:
    """The postings and term files of one segment of ``articles`` (plus ``extra`` postings
    of the body field: text, document, weight, value), written by ``write_postings`` or by
    Whoosh's own loop from the same ``TermPostings``."""
    folder.mkdir()
    ix = wix.create_in(str(folder), build_schema())
    writer = building.LeanWriter(ix, compound=False)
    writer.pool = pool = TermPostings()
    for article in articles:
        with collecting_words():
            writer.add_lean(document(article))
    for text, doc, weight, value in extra:
        pool.add(("body", text, doc, weight, value))
    if whooshs_loop:

        def flush() -> None:
            writer.perdocwriter.close()
            lengths = writer.per_document_reader()
            writer.fieldwriter.add_postings(writer.schema, lengths, pool.iter_postings())
            writer.fieldwriter.close()
            lengths.close()

        writer._flush_segment = flush  # type: ignore[method-assign]
    writer.commit()
    return {p.suffix: p.read_bytes() for p in folder.iterdir() if p.suffix in (".pst", ".trm")}


def test_with_every_block_compressed_the_files_are_whooshs_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(segment_postings, "COMPRESS_FROM", 0)
    articles = _articles()
    ours = _segment_files(tmp_path / "ours", articles, whooshs_loop=False)
    theirs = _segment_files(tmp_path / "theirs", articles, whooshs_loop=True)
    assert set(ours) == {".pst", ".trm"}
    assert len(ours[".pst"]) > 20_000
    assert ours == theirs
    # and short blocks left uncompressed do change the postings file
    monkeypatch.setattr(segment_postings, "COMPRESS_FROM", 128)
    short = _segment_files(tmp_path / "short", articles, whooshs_loop=False)
    assert short[".pst"] != theirs[".pst"]


PLACE = ("_offset", "_length")


def _stock(folder: Path) -> dict[str, Any]:
    """Every posting and term statistic as Whoosh's stock reader gives them, opening the
    index folder itself (no briefing code on the read path)."""
    ix = wix.open_dir(str(folder), schema=build_schema())
    with ix.reader() as reader:
        postings = list(reader.iter_postings())
        terms = sorted({(f, t) for f, t, *_ in postings})
        # every statistic but where the postings lie in the file
        infos = [
            (f, t, [(k, v) for k, v in vars(reader.term_info(f, t)).items() if k not in PLACE])
            for f, t in terms
        ]
        docs = [reader.stored_fields(d) for d in range(reader.doc_count_all())]
    ix.close()
    return {"postings": postings, "infos": infos, "docs": docs}


@pytest.mark.parametrize("jobs", [1, 2])
def test_uncompressed_short_blocks_read_back_the_same_through_stock_whoosh(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    monkeypatch.setattr(building, "MIN_ARTICLES_PER_JOB", 1)
    articles = _articles()
    short = SearchIndex.open(tmp_path / "short", jobs=jobs)
    short.rebuild(articles)
    monkeypatch.setattr(segment_postings, "COMPRESS_FROM", 0)
    packed = SearchIndex.open(tmp_path / "packed", jobs=jobs)
    packed.rebuild(articles)
    monkeypatch.setattr(building, "LEAN", False)  # Whoosh's own add_document, pool and loop
    stock = SearchIndex.open(tmp_path / "stock", jobs=jobs)
    stock.rebuild(articles)
    assert _everything(short) == _everything(packed) == _everything(stock)
    assert _answers(short, articles) == _answers(stock, articles)
    for index in (short, packed, stock):
        index.close()
    read = {name: _stock(tmp_path / name / "index") for name in ("short", "packed", "stock")}
    assert len(read["short"]["postings"]) > 5000
    assert read["short"] == read["packed"] == read["stock"]


def test_one_posting_terms_of_every_kind_are_whooshs_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The one-posting path (about half the terms) against Whoosh's loop on the same pool:
    weights of 1, above 1, 0 and below, float32 rounding, an empty value, documents with and
    without a field length, beside terms of several postings. Weights that are one key of
    the path's lookups but not one pickle (``2`` and ``2.0``, ``0.0`` and ``-0.0``), each
    order, are written as Whoosh writes each."""
    monkeypatch.setattr(segment_postings, "COMPRESS_FROM", 0)
    articles = _articles()
    odd = [
        (b"zz-boosted", 1, 2.5, b"\x01\x80\x02]q\x00K\x03a."),
        (b"zz-rounded", 2, 0.1, b"\x01\x80\x02]q\x00K\x01a."),
        (b"zz-zero", 3, 0.0, b"\x01\x80\x02]q\x00K\x00a."),
        (b"zz-negative", 4, -1.5, b"\x01\x80\x02]q\x00K\x02a."),
        (b"zz-empty-value", 5, 1.0, b""),
        (b"zz-two-int", 6, 2, b"\x01\x80\x02]q\x00K\x04a."),
        (b"zz-two-int2", 7, 2.0, b"\x01\x80\x02]q\x00K\x04a."),
        (b"zz-two-int3", 8, 2, b"\x01\x80\x02]q\x00K\x04a."),
        (b"zz-zero-minus", 9, -0.0, b"\x01\x80\x02]q\x00K\x00a."),
        (b"zz-zero-minus2", 10, 0.0, b"\x01\x80\x02]q\x00K\x00a."),
        (b"zz-zero-minus3", 11, -0.0, b"\x01\x80\x02]q\x00K\x00a."),
    ]

    ours = _segment_files(tmp_path / "ours", articles, whooshs_loop=False, extra=odd)
    theirs = _segment_files(tmp_path / "theirs", articles, whooshs_loop=True, extra=odd)
    assert all(text in ours[".trm"] for text, *_ in odd)
    assert ours == theirs


def test_a_field_without_terms_takes_no_field_number_as_in_whooshs_loop(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two short articles leave the furniture field with no term at all: the term table's
    keys (each prefixed by its field's number) are Whoosh's bytes all the same."""
    monkeypatch.setattr(segment_postings, "COMPRESS_FROM", 0)
    articles = [make_article(f"a{n}", f"alpha beta {n}\ngamma") for n in range(2)]
    ours = _segment_files(tmp_path / "ours", articles, whooshs_loop=False)
    theirs = _segment_files(tmp_path / "theirs", articles, whooshs_loop=True)
    assert ours == theirs


def test_terms_given_as_words_and_as_bytes_are_one_term_in_document_order() -> None:
    """``add_kept_terms`` keys a text field's terms by the term itself, Whoosh's ``add`` by
    its bytes: written, each term is its UTF-8 bytes once, with every document's posting in
    document order, whichever way each came (accented terms too)."""
    from briefing.search.lean_add import add_kept_terms, encode_positions

    pool = TermPostings()
    add_kept_terms(pool, "body", 0, ["brücke", "bridge", "brücke"], 1, 1.0)
    pool.add(("body", b"bridge", 1, 1.0, b"v1"))
    add_kept_terms(pool, "body", 2, ["bridge", "\u00e9clair"], 0, 1.0)
    pool.add(("body", "\u00e9clair".encode(), 3, 2.0, b"v3"))
    pool.add(("title", b"echo", 0, 3.0, b"t0"))
    assert pool.fieldnames() == ["body", "title"]
    assert pool.terms("body") == {
        b"bridge": [0, 1.0, encode_positions([2]), 1, 1.0, b"v1", 2, 1.0, encode_positions([0])],
        "brücke".encode(): [0, 2.0, encode_positions([1, 3])],
        "\u00e9clair".encode(): [2, 1.0, encode_positions([1]), 3, 2.0, b"v3"],
    }
    assert [(f, t, d) for f, t, d, _, _ in pool.iter_postings()] == [
        ("body", b"bridge", 0),
        ("body", b"bridge", 1),
        ("body", b"bridge", 2),
        ("body", "brücke".encode(), 0),
        ("body", "\u00e9clair".encode(), 2),
        ("body", "\u00e9clair".encode(), 3),
        ("title", b"echo", 0),
    ]
