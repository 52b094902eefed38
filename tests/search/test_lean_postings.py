"""The rebuild's lean segment writer writes the bytes Whoosh's own writes (``lean_postings.py``).

The same articles are indexed twice by one writer in this process, once with
``write_postings`` at commit and once through Whoosh's ``FieldWriter.add_postings``, and
every file of the two segments is compared byte for byte. The corpus is large enough for
the common words' posting lists to fill several of the codec's 128-posting blocks, and has
titles, sources and dates (every field kind: positions, existence, sortable columns).
"""

from __future__ import annotations

import random
import zlib
from pathlib import Path

import pytest
from search.written_corpus import written_articles
from whoosh import index as wix

from briefing.search import building, lean_postings
from briefing.search.schema import build_schema, document


def _segment_files(folder: Path, lean: bool, monkeypatch: pytest.MonkeyPatch) -> dict[str, bytes]:
    """Index the corpus into ``folder`` with one writer; every segment file by extension."""
    monkeypatch.setattr(
        building, "lean_fields", building.lean_fields if lean else (lambda _writer: False)
    )
    folder.mkdir()
    ix = wix.create_in(str(folder), build_schema())
    writer = building.LeanWriter(ix, limitmb=building.BUILD_POOL_MB, compound=False)
    for article in written_articles(300):
        writer.add_lean(document(article))
    writer.commit()
    (segment,) = ix._segments()
    prefix = f"{segment.segment_id()}."
    files = [p for p in folder.iterdir() if p.name.startswith(prefix)]
    return {p.name[len(prefix) :]: p.read_bytes() for p in files}


def test_the_lean_postings_are_whooshs_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # with zlib's own compress; the lean one differs in each block's two header bytes only
    monkeypatch.setattr(lean_postings, "compress", zlib.compress)
    ours = _segment_files(tmp_path / "lean", True, monkeypatch)
    theirs = _segment_files(tmp_path / "stock", False, monkeypatch)
    assert sorted(ours) == sorted(theirs)
    assert {"trm", "pst"} <= {name.rsplit(".", 1)[-1] for name in ours}
    assert len(ours[next(n for n in ours if n.endswith("pst"))]) > 50_000
    for name in ours:
        assert ours[name] == theirs[name], name


def test_a_posting_list_longer_than_a_block_is_found_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _segment_files(tmp_path / "ix", True, monkeypatch)
    reader = wix.open_dir(str(tmp_path / "ix")).reader()
    frequencies = [reader.doc_frequency(f, t) for f, t in reader.all_terms()]
    assert max(frequencies) > 128  # more than one block, the last one partial
    for field, term in reader.all_terms():
        docs = list(reader.postings(field, term).all_ids())
        assert docs == sorted(set(docs))
        assert len(docs) == reader.doc_frequency(field, term)
    reader.close()


@pytest.mark.parametrize("size", [0, 1, 19, 76, 250, 251, 300, 826, 4096, 8683, 40_000, 100_000])
def test_the_small_window_compresses_to_the_same_data(size: int) -> None:
    rng = random.Random(size)
    # pickle-like bytes: a small alphabet, so there are matches to find
    data = bytes(rng.choice(b"\x00\x01\x80\x02]q(K.abcXYZ") for _ in range(size))
    ours = lean_postings.compress(data, 3)
    assert zlib.decompress(ours) == data
    # the same deflate stream as zlib's default; only the header's window size differs
    assert ours[2:] == zlib.compress(data, 3)[2:]
