"""Reading state: persisted per briefing, atomic, and a corrupt file is set aside, never fatal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.state import STATE_FILE, Position, ReadingState


def test_missing_file_is_a_fresh_start(tmp_path: Path) -> None:
    state = ReadingState.load(tmp_path / "key")
    assert state.read == set()
    assert state.position is None
    assert state.problems == []
    assert not (tmp_path / "key").exists()  # loading writes nothing


def test_round_trip_read_marks_and_position(tmp_path: Path) -> None:
    state = ReadingState.load(tmp_path / "key")
    state.mark_read("003_b")
    state.mark_read("001_a")
    assert state.toggle_read("002_c") is True
    assert state.toggle_read("002_c") is False
    state.remember("001_a", 17.0)
    assert state.save() is None

    again = ReadingState.load(tmp_path / "key")
    assert again.read == {"001_a", "003_b"}
    assert again.position == Position("001_a", 17.0)
    assert again.problems == []
    assert [p.name for p in (tmp_path / "key").iterdir()] == [STATE_FILE]  # no temp files left


def test_negative_scroll_is_clamped(tmp_path: Path) -> None:
    state = ReadingState(directory=tmp_path)
    state.remember("a", -5)
    assert state.position == Position("a", 0.0)


@pytest.mark.parametrize(
    "content",
    [
        b"{not json",
        b"\xff\xfe\x00garbage",
        b"[]",
        b'{"version": 99, "read": []}',
        b'{"version": 1, "read": "abc"}',
        b'{"version": 1, "read": [1, 2]}',
        b'{"version": 1, "read": [], "position": {"article": 5}}',
        b'{"version": 1, "read": [], "position": []}',
    ],
)
def test_corrupt_file_is_set_aside_and_reported(tmp_path: Path, content: bytes) -> None:
    (tmp_path / STATE_FILE).write_bytes(content)
    state = ReadingState.load(tmp_path)
    assert state.read == set() and state.position is None
    assert len(state.problems) == 1
    assert "set aside as state.json.corrupt" in state.problems[0]
    assert (tmp_path / "state.json.corrupt").read_bytes() == content  # kept, not deleted
    assert not (tmp_path / STATE_FILE).exists()
    # and the fresh state saves normally next to the set-aside file
    state.mark_read("x")
    assert state.save() is None
    assert ReadingState.load(tmp_path).read == {"x"}


def test_second_corruption_does_not_overwrite_the_first(tmp_path: Path) -> None:
    (tmp_path / STATE_FILE).write_bytes(b"first")
    ReadingState.load(tmp_path)
    (tmp_path / STATE_FILE).write_bytes(b"second")
    state = ReadingState.load(tmp_path)
    assert "state.json.corrupt.1" in state.problems[0]
    assert (tmp_path / "state.json.corrupt").read_bytes() == b"first"
    assert (tmp_path / "state.json.corrupt.1").read_bytes() == b"second"


def test_save_failure_when_directory_is_a_file(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder")
    state = ReadingState(directory=blocker / "key")
    state.mark_read("a")
    problem = state.save()
    assert problem is not None and str(blocker / "key") in problem
    assert blocker.read_text() == "not a folder"


def test_written_document_is_plain_json(tmp_path: Path) -> None:
    state = ReadingState(directory=tmp_path)
    state.mark_read("b")
    state.mark_read("a")
    state.remember("a", 3)
    assert state.save() is None
    document = json.loads((tmp_path / STATE_FILE).read_text(encoding="utf-8"))
    assert document == {
        "version": 1,
        "read": ["a", "b"],
        "position": {"article": "a", "scroll_y": 3.0},
    }
