"""What a reopen checks cheaply, and that the cheap checks still catch every change.

An unchanged index is vouched for by the identity of its files (size, mtime, ctime, inode)
recorded in the manifest, not by reading them; a commit checksums only the files it wrote;
a sync writes its words beside the vocabulary. Each shortcut is tested against the damage it
must still notice, on written articles (``make_article``) in a temporary folder.
"""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest
from search.factory import make_article

from briefing.search import SearchIndex, manifest, store, vocabulary
from briefing.search.store import INDEX_DIR, MANIFEST_FILE

ARTICLES = [
    make_article("harbour", "The harbour cranes were repaired before the winter storms."),
    make_article("orchard", "Apple orchards flowered early after a mild spring."),
    make_article("railway", "A new railway bridge crosses the river at the old ford."),
]


def _built(index_dir: Path) -> Path:
    with SearchIndex.open(index_dir) as index:
        index.sync(ARTICLES)
    return index_dir / INDEX_DIR


def _segment(live: Path) -> Path:
    return max(live.glob("MAIN_*.seg"), key=lambda p: p.stat().st_size)


def test_an_unchanged_index_is_vouched_for_without_reading_it(index_dir: Path, monkeypatch) -> None:
    live = _built(index_dir)
    read: list[str] = []
    real = manifest.crc_of
    monkeypatch.setattr(manifest, "crc_of", lambda path: read.append(path.name) or real(path))
    with SearchIndex.open(index_dir) as index:
        assert index.notices == []
        assert read == []
        assert index.needs_sync(ARTICLES) is False
        assert index.search("orchards", {a.id: a for a in ARTICLES}).total == 1
    record = store.read_manifest(live)
    assert all(f.stamp is not None for f in record.files.values())


def test_a_segment_rewritten_with_its_size_and_mtime_restored_is_caught(index_dir: Path) -> None:
    """Same size, same mtime, different bytes: the ctime (which nobody can set back) differs,
    so the file is checksummed, found damaged, and the index rebuilt."""
    live = _built(index_dir)
    segment = _segment(live)
    before = segment.stat()
    data = bytearray(segment.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 64] = random.Random(3).randbytes(64)
    segment.write_bytes(bytes(data))
    os.utime(segment, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert (segment.stat().st_size, segment.stat().st_mtime_ns) == (
        before.st_size,
        before.st_mtime_ns,
    )
    with SearchIndex.open(index_dir) as index:
        assert any("damaged" in n and segment.name in n for n in index.notices), index.notices
        report = index.sync(ARTICLES)
        assert report.rebuilt and report.indexed == 3
        assert index.search("railway", {a.id: a for a in ARTICLES}).total == 1


@pytest.mark.parametrize(
    "harm",
    [
        pytest.param(lambda raw: raw[: len(raw) * 2 // 3], id="cut short"),
        pytest.param(lambda raw: raw[:-5] + bytes(b ^ 0xFF for b in raw[-5:]), id="bytes flipped"),
        pytest.param(lambda raw: raw.replace(b'"format": 2', b'"format": 1'), id="older format"),
    ],
)
def test_a_damaged_manifest_is_detected_and_rebuilt(index_dir: Path, harm) -> None:
    live = _built(index_dir)
    path = live / MANIFEST_FILE
    path.write_bytes(harm(path.read_bytes()))
    with pytest.raises(store.ManifestError):
        store.read_manifest(live)
    with SearchIndex.open(index_dir) as index:
        assert any("record of indexed files was unreadable" in n for n in index.notices)
        assert index.sync(ARTICLES).rebuilt


def test_a_file_without_a_settled_identity_is_checksummed_at_every_open(
    index_dir: Path, monkeypatch
) -> None:
    """When the clock did not pass a file's ctime before the manifest was written, a later
    write could leave the same ctime: such files are recorded without identity and read."""
    monkeypatch.setattr(manifest, "_settle", lambda fd, stamps: 0)
    live = _built(index_dir)
    record = store.read_manifest(live)
    assert all(f.stamp is None for f in record.files.values())
    assert manifest.check_files(live, record).read is True
    with SearchIndex.open(index_dir) as index:  # read, found intact, and searched
        assert index.notices == [] and index.needs_sync(ARTICLES) is False


def test_a_sync_checksums_only_what_its_commit_wrote(index_dir: Path, monkeypatch) -> None:
    live = _built(index_dir)
    old_segments = {p.name for p in live.glob("MAIN_*.seg")}
    read: list[str] = []
    real = manifest.crc_of
    monkeypatch.setattr(manifest, "crc_of", lambda path: read.append(path.name) or real(path))
    changed = [*ARTICLES[:2], make_article("railway", "The railway bridge opened in March.")]
    with SearchIndex.open(index_dir) as index:
        assert index.sync(changed).changed == ("railway",)
        assert index.search("March", {a.id: a for a in changed}).total == 1
    kept = old_segments & {p.name for p in live.glob("MAIN_*.seg")}
    assert not kept & set(read), "an unchanged segment was read again"
    assert any(name.startswith("MAIN_") for name in read)  # the new one was
    with SearchIndex.open(index_dir) as index:
        assert index.notices == [] and index.needs_sync(changed) is False


def test_words_of_later_syncs_are_added_then_folded_in(index_dir: Path, monkeypatch) -> None:
    monkeypatch.setattr(vocabulary, "MAX_ADDITIONS", 2)
    live = _built(index_dir)
    articles = list(ARTICLES)
    words = ["glaciers", "lighthouse", "vineyards"]
    with SearchIndex.open(index_dir) as index:
        for number, word in enumerate(words):
            articles.append(make_article(f"extra{number}", f"Reports about {word} today."))
            index.sync(articles)
            additions = sorted(p.name for p in live.glob("briefing-words.*.json"))
            assert len(additions) == [1, 2, 0][number], additions
    by_id = {a.id: a for a in articles}
    with SearchIndex.open(index_dir) as index:
        assert index.notices == []
        for word in words:  # found by patterns and typos, which go through the vocabulary
            assert index.search(f"{word[:-1]}*", by_id).total == 1
    assert set(words) <= set(vocabulary.Vocabulary.load(live).counts)


def test_a_damaged_addition_of_words_is_detected_and_rebuilt(index_dir: Path) -> None:
    live = _built(index_dir)
    more = [*ARTICLES, make_article("ferry", "The ferry timetable changed.")]
    with SearchIndex.open(index_dir) as index:
        index.sync(more)
    (addition,) = live.glob("briefing-words.*.json")
    data = addition.read_bytes()
    addition.write_bytes(data[:-1] + b"#")  # same size, the closing brace gone
    with SearchIndex.open(index_dir) as index:
        assert any("damaged" in n for n in index.notices), index.notices
        assert index.sync(more).rebuilt
    assert not list(live.glob("briefing-words.*.json"))  # a rebuild starts afresh


def test_a_sync_that_only_removes_writes_no_words(index_dir: Path) -> None:
    live = _built(index_dir)
    with SearchIndex.open(index_dir) as index:
        assert index.sync(ARTICLES[:2]).removed == ("railway",)
    assert not list(live.glob("briefing-words.*.json"))
    with SearchIndex.open(index_dir) as index:
        assert index.notices == [] and index.needs_sync(ARTICLES[:2]) is False
