"""Opening a briefing on several processes reads and indexes it as one process does."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing import reading
from briefing.briefing import Briefing
from briefing.search import building

#: Written for this test: a few formats, and files the readers must skip.
FILES = {
    "harbour.txt": "Ferry terminal opens\n\nThe harbour authority opened a second ferry "
    "terminal on the northern quay.\n\nWaiting times should halve, the operator said.\n",
    "bridge.md": "---\ntitle: Bridge inspection\nsource: City Wire\ndate: 2025-03-04\n---\n\n"
    "Inspectors found cracks in three pylons of the old railway bridge.\n",
    "council.html": "<html><head><title>Night buses</title></head><body><p>The council "
    "voted to extend the night bus service until spring.</p></body></html>",
    "gare.txt": "Rénovation de la gare\n\nLe conseil municipal a approuvé la rénovation de "
    "la gare routière.\n",
    "мост.txt": "Ремонт моста\n\nГородской совет утвердил ремонт старого железнодорожного моста.\n",
    "empty.txt": "",
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "packet"
    root.mkdir()
    for name, text in FILES.items():
        (root / name).write_text(text, encoding="utf-8")
    (root / "blob.txt").write_bytes(b"\x00\x01\x02binary\x00" * 40)
    for n in range(12):  # more files than jobs, so every job reads several
        (root / f"note-{n:02d}.txt").write_text(
            f"Harbour note {n}\n\nThe ferry left {n} minutes late because of fog on the river.\n",
            encoding="utf-8",
        )
    return root


def _open(folder: Path, cache: Path, monkeypatch: pytest.MonkeyPatch, jobs: int) -> Briefing:
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(cache))
    return Briefing.open([folder], jobs=jobs)


def test_reading_and_indexing_on_three_processes_equals_one(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, private_dirs: Path
) -> None:
    monkeypatch.setattr(reading, "MIN_FILES_PER_JOB", 1)
    monkeypatch.setattr(building, "MIN_ARTICLES_PER_JOB", 1)
    phases: list[tuple[str, int, int]] = []
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "c3"))
    three = Briefing.open([folder], jobs=3, progress=lambda *p: phases.append(p))
    one = _open(folder, tmp_path / "c1", monkeypatch, 1)
    assert len(three.articles) == 17 and three.articles == one.articles
    assert [(s.path, s.reason) for s in three.skipped] == [(s.path, s.reason) for s in one.skipped]
    assert len(three.skipped) == 2
    for query in ("ferry", "pont OR gare", "мост", '"night bus"', "title:bridge", "fog~"):
        a, b = three.search(query), one.search(query)
        assert a.total == b.total > 0, query
        assert [(h.article_id, h.spans) for h in a.hits] == [
            (h.article_id, h.spans) for h in b.hits
        ]
    reads = [p for p in phases if p[0] == "reading"]
    assert reads[-1][1:] == (19, 19)  # every file, including the two skipped
    assert [p for p in phases if p[0] == "indexing"][-1][1:] == (17, 17)
    # reopened in one process: the cache the three processes wrote is used as it is
    again = _open(folder, tmp_path / "c3", monkeypatch, 1)
    assert again.articles == one.articles and not again.notices
    for b in (one, three, again):
        b.close()
