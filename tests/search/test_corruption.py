"""A damaged index is detected, explained in ``notices``, and rebuilt — never a crash.

Whoosh keeps no checksums (WHOOSH.md #8), so each kind of damage below is made for real on
the files of a real index, and the whole cycle is checked: open, notice, search, sync, search.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from search.factory import seed_articles
from support.files import snapshot

from briefing.search import IndexUnavailable, SearchIndex
from briefing.search.store import INDEX_DIR, MANIFEST_FILE, VOCABULARY_FILE


def _build(index_dir: Path) -> None:
    with SearchIndex.open(index_dir) as index:
        index.sync(seed_articles())


def _one(index_dir: Path, suffix: str) -> Path:
    (found,) = [p for p in (index_dir / INDEX_DIR).iterdir() if p.name.endswith(suffix)]
    return found


def _truncate(path: Path) -> None:
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.truncate(size // 2)


def _garbage(path: Path) -> None:
    """Overwrite the whole file, keeping its size, with bytes from a fixed seed."""
    size = path.stat().st_size
    path.write_bytes(random.Random(7).randbytes(size))


def _garbage_middle(path: Path) -> None:
    size = path.stat().st_size
    data = bytearray(path.read_bytes())
    data[size // 4 : size // 2] = random.Random(11).randbytes(size // 2 - size // 4)
    path.write_bytes(bytes(data))


DAMAGE: dict[str, tuple[str, Callable[[Path], object]]] = {
    "truncated segment": (".seg", _truncate),
    "garbage segment": (".seg", _garbage),
    "garbage inside segment": (".seg", _garbage_middle),
    "truncated toc": (".toc", _truncate),
    "garbage toc": (".toc", _garbage),
    "empty toc": (".toc", lambda p: p.write_bytes(b"")),
    "deleted segment": (".seg", lambda p: p.unlink()),
    "garbage manifest": (MANIFEST_FILE, lambda p: p.write_bytes(b"\x00\xff{not json")),
    "manifest of wrong shape": (MANIFEST_FILE, lambda p: p.write_text('{"a": [1]}')),
    "deleted manifest": (MANIFEST_FILE, lambda p: p.unlink()),
    "garbage vocabulary": (VOCABULARY_FILE, _garbage),
    "deleted vocabulary": (VOCABULARY_FILE, lambda p: p.unlink()),
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_damage_is_detected_and_rebuilt(index_dir: Path, damage: str) -> None:
    _build(index_dir)
    suffix, harm = DAMAGE[damage]
    harm(_one(index_dir, suffix))
    seeds = seed_articles()
    by_id = {a.id: a for a in seeds}
    with SearchIndex.open(index_dir) as index:
        # Either opening noticed, or the first search does; neither raises.
        first = index.search("Dushanbe", by_id)
        assert index.notices, f"{damage} went unnoticed: {first}"
        assert all(n.endswith(".") and "\n" not in n for n in index.notices)
        assert index.needs_sync(seeds)
        report = index.sync(seeds)
        assert report.rebuilt and report.indexed == 5
        assert index.search("Dushanbe", by_id).total == 5
        assert index.search("hydropower", by_id).total == 1
    with SearchIndex.open(index_dir) as index:
        assert index.notices == []
        assert index.sync(seeds).indexed == 0


def test_leftovers_of_an_interrupted_rebuild_are_cleared(index_dir: Path) -> None:
    _build(index_dir)
    staging = index_dir / "index.new"
    staging.mkdir()
    (staging / "_MAIN_1.toc").write_bytes(b"half a toc")
    seeds = seed_articles()
    with SearchIndex.open(index_dir) as index:
        assert index.notices == []
        index.rebuild(seeds)
    assert not staging.exists()


def test_path_under_a_file_raises_index_unavailable(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    with pytest.raises(IndexUnavailable) as caught:
        SearchIndex.open(blocker / "search")
    message = str(caught.value)
    assert "\n" not in message and str(blocker) in message


_OPEN_READ_ONLY = """
import sys
from pathlib import Path
from briefing.search import IndexUnavailable, SearchIndex
try:
    SearchIndex.open(Path(sys.argv[1]))
except IndexUnavailable as error:
    print("UNAVAILABLE", error)
else:
    print("OPENED")
"""


def test_read_only_directory_raises_index_unavailable(tmp_path: Path) -> None:
    """An existing index on a read-only folder. File modes do not stop root, so as root the
    folder is bind-mounted read-only inside a private mount namespace (``unshare -m``)."""
    folder = tmp_path / "ro"
    _build(folder)
    before = snapshot(folder)
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            with pytest.raises(IndexUnavailable, match="Permission denied"):
                SearchIndex.open(folder)
        finally:
            folder.chmod(0o755)
        assert snapshot(folder) == before  # byte for byte
        return
    unshare = shutil.which("unshare")
    assert unshare, "util-linux unshare is needed to make a read-only folder as root"
    script = (
        'mount --bind "$1" "$1" && mount -o remount,ro,bind "$1" "$1" && exec "$2" -c "$3" "$1"'
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    done = subprocess.run(
        [
            unshare,
            "-m",
            "--propagation",
            "private",
            "sh",
            "-c",
            script,
            "sh",
            str(folder),
            sys.executable,
            _OPEN_READ_ONLY,
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("UNAVAILABLE"), done.stdout + done.stderr
    assert "Read-only file system" in done.stdout
    assert done.stdout.count("\n") == 1
    assert snapshot(folder) == before  # byte for byte


def _open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def test_failed_opens_do_not_leak_file_handles(index_dir: Path) -> None:
    _build(index_dir)
    toc = _one(index_dir, ".toc")
    seg = _one(index_dir, ".seg")
    # Damage Whoosh must read to notice, behind a manifest that still matches, so the
    # failure happens inside Whoosh's open rather than in our checksum check.
    from briefing.search import store

    _truncate(seg)
    manifest = store.read_manifest(index_dir / INDEX_DIR)
    store.write_manifest(index_dir / INDEX_DIR, manifest.articles)
    assert toc.exists()
    before = _open_fds()
    for _ in range(20):
        with SearchIndex.open(index_dir) as index:
            assert index.notices and "damaged" in index.notices[0]
    assert _open_fds() <= before + 1


def test_empty_briefing_and_empty_articles(index_dir: Path) -> None:
    from search.factory import make_article

    with SearchIndex.open(index_dir) as index:
        report = index.sync([])
        assert report.rebuilt and report.indexed == 0
        assert index.search("anything", {}).total == 0
        blank = make_article("blank", "")
        index.sync([blank])
        assert index.search("*", {"blank": blank}).total == 1
        assert index.related("blank") == ()
    with SearchIndex.open(index_dir) as index:
        assert index.notices == [] and index.sync([blank]).indexed == 0
