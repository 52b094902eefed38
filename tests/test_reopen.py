"""Reopening a briefing: what changed on disk since is found, and a damaged index is rebuilt.

Written fixture text in a temporary folder (``private_dirs`` keeps the caches there too).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefing.briefing import Briefing
from briefing.search.store import INDEX_DIR, MANIFEST_FILE

TEXTS = {
    "canal.txt": "Canal locks reopen\n\nThe canal locks reopened after repairs to the gates.\n",
    "bakery.txt": "Bakery wins prize\n\nA village bakery won a prize for its rye bread.\n",
    "comet.txt": "Comet seen at dawn\n\nAstronomers saw the comet low in the east at dawn.\n",
}


@pytest.fixture
def folder(private_dirs: Path) -> Path:
    packet = private_dirs / "packet"
    packet.mkdir()
    for name, text in TEXTS.items():
        (packet / name).write_text(text, "utf-8")
    with Briefing.open([packet]) as briefing:
        assert len(briefing.articles) == 3 and briefing.needs_sync is False
    return packet


def test_a_file_changed_to_the_same_size_is_reindexed(folder: Path) -> None:
    path = folder / "bakery.txt"
    old = path.read_text("utf-8")
    new = old.replace("rye", "oat")
    assert len(new) == len(old)
    path.write_text(new, "utf-8")
    info = path.stat()
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns + 1_000_000_000))
    with Briefing.open([folder]) as briefing:
        assert briefing.search("oat").total == 1
        assert briefing.search("rye").total == 0


def test_a_removed_file_disappears(folder: Path) -> None:
    (folder / "comet.txt").unlink()
    with Briefing.open([folder]) as briefing:
        assert sorted(a.id for a in briefing.articles) == ["bakery", "canal"]
        assert briefing.search("astronomers").total == 0
        assert briefing.needs_sync is False


def test_a_damaged_manifest_is_rebuilt_with_a_notice(folder: Path) -> None:
    with Briefing.open([folder], sync=False) as briefing:
        manifest = briefing.cache_dir / "index" / INDEX_DIR / MANIFEST_FILE
    manifest.write_bytes(manifest.read_bytes()[:-10])  # cut short, as by a crash
    with Briefing.open([folder]) as briefing:
        assert any("rebuilt" in n and "record of indexed files" in n for n in briefing.notices)
        assert briefing.search("canal").total == 1
    with Briefing.open([folder]) as briefing:
        assert briefing.notices == ()
