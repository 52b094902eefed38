"""Compound segments read from a map in place (``briefing.search.mapped``).

The point is memory: Whoosh's own path copies every part of a compound segment into a
``BytesIO``. These tests check that the mapped path gives exactly what Whoosh's gives, and
that the parts it hands out are views of the map, not copies.
"""

from __future__ import annotations

import mmap
import os
import pickle
from pathlib import Path

import pytest
from search.factory import make_article
from whoosh import index as wix
from whoosh.filedb.compound import CompoundStorage
from whoosh.qparser import QueryParser

from briefing.model import Article
from briefing.search import SearchIndex, mapped
from briefing.search.mapped import MappedPart, MappedStorage, _View
from briefing.search.schema import build_schema


@pytest.fixture
def index_folder(tmp_path: Path, seeds: list[Article]) -> Path:
    index = SearchIndex.open(tmp_path / "search")
    extra = [
        make_article(f"extra{i:02d}", f"Parliament debated the budget number {i}.\nA vote.")
        for i in range(30)
    ]
    index.sync([*seeds, *extra])
    index.close()
    return tmp_path / "search" / "index"


def _answers(ix: object, query: str) -> list[tuple[str, float]]:
    with ix.searcher() as searcher:  # type: ignore[attr-defined]
        parsed = QueryParser("body", ix.schema).parse(query)  # type: ignore[attr-defined]
        return [(hit["id"], round(hit.score, 6)) for hit in searcher.search(parsed, limit=None)]


@pytest.mark.parametrize("query", ["budget", '"budget number"', "parliament vote", "putin"])
def test_mapped_storage_answers_exactly_as_whoosh_does(index_folder: Path, query: str) -> None:
    ours = mapped.open_index(str(index_folder), build_schema())
    theirs = wix.open_dir(str(index_folder), schema=build_schema())
    assert _answers(ours, query) == _answers(theirs, query)
    assert _answers(ours, query)  # every query here matches something


def test_compound_parts_are_views_of_the_map_not_copies(index_folder: Path) -> None:
    segments = sorted(index_folder.glob("*.seg"))
    assert segments, "the index is written as compound segments"
    storage = MappedStorage(str(index_folder))
    compound = CompoundStorage(storage.open_file(segments[0].name), use_mmap=storage.supports_mmap)
    names = compound.list()
    assert names
    for name in names:
        part = compound.open_file(name)
        assert isinstance(part, MappedPart)
        assert isinstance(part.file, _View)  # Whoosh's BufferFile would hold a BytesIO copy
        whole = part.read()
        assert len(whole) == compound.file_length(name)
        assert part.get(0, 8) == whole[:8]
    compound.close()


def test_view_reads_lines_seeks_and_unpickles_like_a_file(tmp_path: Path) -> None:
    payload = b"head\n" + pickle.dumps({"a": [1, 2, 3]}) + b"tail"
    path = tmp_path / "blob"
    path.write_bytes(b"XXXX" + payload + b"YYYY")
    with path.open("rb") as handle:
        source = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    view = _View(source, 4, len(payload))
    assert view.readline() == b"head\n"
    assert pickle.load(view) == {"a": [1, 2, 3]}  # type: ignore[arg-type]
    assert view.read() == b"tail"
    assert view.read(10) == b""  # never past the part's end, into the next part
    assert view.seek(-4, os.SEEK_END) == len(payload) - 4
    assert view.read(2) == b"ta"
    assert view.tell() == len(payload) - 2
    view.seek(1)
    assert view.read(3) == b"ead"
    with pytest.raises(ValueError):
        view.seek(-1)
