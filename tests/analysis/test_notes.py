"""The bookmark store: real files in a temporary folder, atomic saves, broken files set aside."""

from __future__ import annotations

import json
import resource
import signal
import threading
from pathlib import Path

import pytest

from briefing import paths
from briefing.notes import FILE_NAME, BookmarkError, BookmarkStore


def test_a_missing_file_is_an_empty_store_and_loading_writes_nothing(tmp_path: Path) -> None:
    store = BookmarkStore.load(tmp_path / "key")
    assert store.all() == ()
    assert store.notices == ()
    assert not (tmp_path / "key").exists()


def test_bookmarks_survive_a_reload(tmp_path: Path) -> None:
    store = BookmarkStore.load(tmp_path)
    kept = store.add("003_ap", 4, 10, 42, "in power for nearly 33 years", note="check age")
    other = store.add("001_aa", 13, 0, 20, "Putin arrived late")
    again = BookmarkStore.load(tmp_path)
    assert again.all() == (other, kept)  # reading order: article, paragraph, offset
    assert again.get(kept.id).note == "check age"
    assert kept.created and kept.updated
    document = json.loads((tmp_path / FILE_NAME).read_text(encoding="utf-8"))
    assert document["version"] == 1
    assert [b["article_id"] for b in document["bookmarks"]] == ["001_aa", "003_ap"]


def test_set_note_and_remove(tmp_path: Path) -> None:
    store = BookmarkStore.load(tmp_path)
    kept = store.add("a", 0, 0, 5, "Hello")
    noted = store.set_note(kept.id, "a **markdown** [note]\nover two lines")
    assert noted.note == "a **markdown** [note]\nover two lines"
    assert BookmarkStore.load(tmp_path).get(kept.id).note == noted.note
    assert store.remove(kept.id) == noted
    assert BookmarkStore.load(tmp_path).all() == ()
    with pytest.raises(KeyError):
        store.remove(kept.id)
    with pytest.raises(KeyError):
        store.set_note("nope", "x")


def test_the_same_passage_twice_is_one_bookmark(tmp_path: Path) -> None:
    store = BookmarkStore.load(tmp_path)
    first = store.add("a", 1, 2, 9, "quoted")
    second = store.add("a", 1, 2, 9, "quoted", note="now with a note")
    assert second.id == first.id
    assert [b.note for b in store.all()] == ["now with a note"]


def test_nonsense_passages_and_huge_notes_are_refused(tmp_path: Path) -> None:
    store = BookmarkStore.load(tmp_path)
    with pytest.raises(BookmarkError, match="not a passage"):
        store.add("a", 0, 9, 2, "x")
    with pytest.raises(BookmarkError, match="at most"):
        store.add("a", 0, 0, 2, "x", note="n" * 20_001)
    assert not (tmp_path / FILE_NAME).exists()


@pytest.mark.parametrize(
    "content",
    [
        b"{not json",
        b"\xff\xfe\x00garbage",
        b'{"version": 1, "bookmarks": [{"id": 3}]}',
        b'{"version": 99, "bookmarks": []}',
        b"[]",
    ],
)
def test_a_broken_file_is_set_aside_and_reported(tmp_path: Path, content: bytes) -> None:
    (tmp_path / FILE_NAME).write_bytes(content)
    store = BookmarkStore.load(tmp_path)
    assert store.all() == ()
    (notice,) = store.notices
    assert "unreadable" in notice
    aside = [p for p in tmp_path.iterdir() if p.name != FILE_NAME]
    assert len(aside) == 1 and aside[0].read_bytes() == content  # renamed, never deleted
    assert str(aside[0]) in notice
    store.add("a", 0, 0, 1, "x")  # and the store works again
    assert len(BookmarkStore.load(tmp_path).all()) == 1


def test_an_unreadable_file_is_never_saved_over(tmp_path: Path) -> None:
    (tmp_path / FILE_NAME).mkdir()  # a folder where the file should be: cannot be read
    store = BookmarkStore.load(tmp_path)
    assert store.all() == () and store.notices
    with pytest.raises(BookmarkError):
        store.add("a", 0, 0, 1, "x")
    assert (tmp_path / FILE_NAME).is_dir()


def test_a_failed_save_keeps_the_old_file_and_the_old_state(tmp_path: Path) -> None:
    store = BookmarkStore.load(tmp_path)
    kept = store.add("a", 0, 0, 1, "x")
    before = (tmp_path / FILE_NAME).read_bytes()
    # A disk that fills up mid-write: cap the file size this process may write (works as root,
    # where folder permissions would not stop us).
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (len(before) + 100, hard))
    try:
        with pytest.raises(BookmarkError, match="cannot save"):
            store.add("b", 0, 0, 1, "y" * 5_000)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous)
    assert store.all() == (kept,)
    assert (tmp_path / FILE_NAME).read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == [FILE_NAME]  # no temporary left behind


def test_concurrent_adds_from_threads_all_land(tmp_path: Path) -> None:
    store = BookmarkStore.load(tmp_path)

    def add(n: int) -> None:
        store.add("a", n, 0, 1, f"q{n}")

    threads = [threading.Thread(target=add, args=(n,)) for n in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(BookmarkStore.load(tmp_path).all()) == 20


def test_for_briefing_lives_under_the_data_root(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BRIEFING_DATA_DIR", str(tmp_path / "data"))
    store = BookmarkStore.for_briefing("abc123")
    store.add("a", 0, 0, 1, "x")
    assert store.path == paths.data_root() / "abc123" / FILE_NAME
    assert store.path.is_file()


def test_a_save_keeps_what_another_process_added_meanwhile(tmp_path: Path) -> None:
    """The app holds a store open while `briefing bookmarks --add` writes the same file."""
    app = BookmarkStore.load(tmp_path)
    first = app.add("a", 0, 0, 5, "Hello")
    cli = BookmarkStore.load(tmp_path)
    from_cli = cli.add("b", 1, 0, 5, "World", note="kept by the CLI")
    app.set_note(first.id, "edited in the app")
    again = BookmarkStore.load(tmp_path)
    assert {b.id: b.note for b in again.all()} == {
        first.id: "edited in the app",
        from_cli.id: "kept by the CLI",
    }
    assert {b.id for b in app.all()} == {first.id, from_cli.id}
