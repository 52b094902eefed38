"""Field lengths read in bulk equal Whoosh's per-document answers (``postings._bulk_lengths``)."""

from __future__ import annotations

from pathlib import Path

from search.factory import make_article

from briefing.model import Article
from briefing.search import SearchIndex, postings


def test_bulk_lengths_equal_whooshs_for_every_field_and_segment(
    tmp_path: Path, seeds: list[Article]
) -> None:
    index = SearchIndex.open(tmp_path / "search")
    words = ["budget", "vote", "minister", "parliament", "election", "debate", "tax", "reform"]
    extra = [
        make_article(f"x{i:03d}", " ".join(words[: 1 + i % len(words)] * (1 + i)))
        for i in range(40)
    ]
    index.sync([*seeds, *extra[:20]])
    index.sync([*seeds, *extra])  # a second segment
    searcher = index._live.searcher
    readers = [r for r, _ in searcher.reader().leaf_readers()]
    assert len(readers) >= 2
    checked = 0
    for reader in readers:
        for field in ("title", "body", "furniture", "source", "nosuchfield"):
            slow = [reader.doc_field_length(d, field, 1) for d in range(reader.doc_count_all())]
            fast = postings._bulk_lengths(reader, field, reader.doc_count_all())
            assert fast == slow, field
            checked += sum(n is not None and n > 1 for n in slow)
    assert checked > 20  # lengths that differ from the default were compared


def test_a_reader_of_another_kind_gets_no_bulk_answer() -> None:
    assert postings._bulk_lengths(object(), "body", 3) is None
