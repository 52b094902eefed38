"""A planted cache file never runs code, and a cache folder others may write is not used.

Each payload, if it were ever unpickled, writes a marker file. Every test first proves its
payload is live (loading it the unsafe way does write the marker), so a test here fails if
the guard it checks goes away.
"""

from __future__ import annotations

import os
import pickle
import stat
from pathlib import Path

import pytest
from whoosh.filedb.filestore import FileStorage
from whoosh.index import TOC

from briefing import paths
from briefing.briefing import Briefing
from briefing.search import store
from briefing.search.schema import build_schema

pytestmark = pytest.mark.usefixtures("private_dirs")

CACHE_FILES = tuple(f"{n}.msgpack" for n in ("articles", "topics", "timeline", "discrepancies"))
#: The names the caches had when they were pickles: a stale or planted one must be ignored.
OLD_CACHE_FILES = ("articles.pickle", "topics.pickle", "timeline.pickle", "discrepancies.pickle")


class Payload:
    """Unpickling this runs ``exec`` on code that writes ``marker``."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, ...]:
        return (exec, (f"open({str(self.marker)!r}, 'w').write('ran')",))


def _payload_bytes(marker: Path) -> bytes:
    data = pickle.dumps({"fingerprint": "x", "payload": Payload(marker)})
    pickle.loads(data)  # the payload is live: loading it the unsafe way runs it
    assert marker.read_text() == "ran"
    marker.unlink()
    return data


def _use_everything(briefing: Briefing) -> None:
    assert len(briefing.articles) == 5
    assert briefing.search("Dushanbe").total == 5
    assert briefing.topics() and briefing.timeline() and briefing.discrepancies()


def test_a_pickle_planted_in_each_cache_file_never_runs(packet: Path, tmp_path: Path) -> None:
    with Briefing.open([packet]) as briefing:
        _use_everything(briefing)
        folder = briefing.cache_dir
    marker = tmp_path / "marker"
    planted = _payload_bytes(marker)
    for name in CACHE_FILES + OLD_CACHE_FILES:
        (folder / name).write_bytes(planted)
    with Briefing.open([packet]) as briefing:
        _use_everything(briefing)
        assert any("read again because it was damaged" in n for n in briefing.notices)
    assert not marker.exists()


def test_a_planted_payload_after_a_valid_header_never_runs(packet: Path, tmp_path: Path) -> None:
    with Briefing.open([packet]) as briefing:
        _use_everything(briefing)
        folder = briefing.cache_dir
    marker = tmp_path / "marker"
    planted = _payload_bytes(marker)
    for name in CACHE_FILES:
        first_line = (folder / name).read_bytes().split(b"\n", 1)[0]
        (folder / name).write_bytes(first_line + b"\n" + planted)
    with Briefing.open([packet]) as briefing:
        _use_everything(briefing)
    assert not marker.exists()


def _plant_toc(index_dir: Path, marker: Path) -> None:
    """Replace the live index's table of contents with one whose segment list is a payload,
    and record the new file in the manifest as the attacker would."""
    storage = FileStorage(str(index_dir))
    tocs = sorted(index_dir.glob("_MAIN_*.toc"))
    assert tocs, "a built index has a table of contents"
    generation = int(tocs[-1].stem.rsplit("_", 1)[1])
    tocs[-1].unlink()
    TOC(build_schema(), [Payload(marker)], generation).write(storage, "MAIN")  # type: ignore[list-item]
    articles = store.read_manifest(index_dir).articles
    store.write_manifest(index_dir, articles)


def test_a_group_writable_cache_folder_is_not_used(packet: Path, tmp_path: Path) -> None:
    with Briefing.open([packet]) as briefing:
        folder = briefing.cache_dir
    index_dir = folder / "index" / store.INDEX_DIR
    marker = tmp_path / "marker"
    _plant_toc(index_dir, marker)
    # The planted table of contents is live: a trusting open runs it (then rebuilds the index,
    # as the payload's return value is no segment list).
    with Briefing.open([packet], sync=False):
        pass
    assert marker.exists(), "the planted TOC should run when the folder is trusted"
    marker.unlink()
    _plant_toc(folder / "index" / store.INDEX_DIR, marker)

    folder.chmod(0o777)  # now others could have written it
    with Briefing.open([packet]) as briefing:
        assert not briefing.cache_dir.is_relative_to(folder)
        assert stat.S_IMODE(briefing.cache_dir.stat().st_mode) == 0o700
        notice = next(n for n in briefing.notices if str(folder) in n)
        assert "other users may write to it" in notice
        _use_everything(briefing)
    assert not marker.exists()


def test_a_group_writable_index_folder_is_not_used(packet: Path, tmp_path: Path) -> None:
    with Briefing.open([packet]) as briefing:
        folder = briefing.cache_dir
    index_dir = folder / "index" / store.INDEX_DIR
    marker = tmp_path / "marker"
    _plant_toc(index_dir, marker)
    (folder / "index").chmod(0o770)
    with Briefing.open([packet]) as briefing:
        assert any("Not using the search index folder" in n for n in briefing.notices)
        _use_everything(briefing)
    assert not marker.exists()


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can give a folder to another user")
def test_a_cache_folder_owned_by_another_user_is_not_used(packet: Path, tmp_path: Path) -> None:
    with Briefing.open([packet]) as briefing:
        folder = briefing.cache_dir
    marker = tmp_path / "marker"
    _plant_toc(folder / "index" / store.INDEX_DIR, marker)
    os.chown(folder, 65534, 65534)
    with Briefing.open([packet]) as briefing:
        assert any("belongs to another user" in n for n in briefing.notices)
        _use_everything(briefing)
    assert not marker.exists()


def test_cache_folders_and_files_are_private(packet: Path) -> None:
    with Briefing.open([packet]) as briefing:
        _use_everything(briefing)
        folder = briefing.cache_dir
    root = paths.cache_root()
    folders = [p for p in [root, *root.rglob("*")] if p.is_dir()]
    files = [p for p in root.rglob("*") if p.is_file()]
    assert len(folders) >= 4 and len(files) >= 8
    assert {p.name for p in files} >= set(CACHE_FILES)
    assert any(p.suffix == ".toc" for p in files) and any(p.suffix == ".seg" for p in files)
    loose = {str(p.relative_to(root)): oct(stat.S_IMODE(p.stat().st_mode)) for p in folders}
    assert set(loose.values()) == {"0o700"}, loose
    loose = {str(p.relative_to(root)): oct(stat.S_IMODE(p.stat().st_mode)) for p in files}
    assert set(loose.values()) == {"0o600"}, loose
    assert folder.is_relative_to(root)
