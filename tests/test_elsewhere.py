"""Counting a large briefing's disagreements in a child process gives the in-process count."""

from __future__ import annotations

import io
import os
import sys
import time
from pathlib import Path

import pytest

from briefing import elsewhere as offload
from briefing.briefing import Briefing

pytestmark = pytest.mark.usefixtures("private_dirs")


def test_a_child_process_counts_what_the_app_would(
    packet: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Briefing.open([packet], sync=False) as briefing:
        here = len(briefing.discrepancies())
    monkeypatch.setattr(offload, "ELSEWHERE_FROM", 0)  # the seeds are below the threshold
    for cache in Path(briefing.cache_dir).glob("discrepancies.msgpack"):
        cache.unlink()  # the child works it out itself, and caches it
    with Briefing.open([packet], sync=False) as briefing:
        assert offload.disagreement_count(briefing, lambda: False) == here
        assert (briefing.cache_dir / "discrepancies.msgpack").is_file()


class _NoDescriptor(io.StringIO):
    """What Textual puts in ``sys.stderr`` while the app runs: a stream with no descriptor."""

    def fileno(self) -> int:
        return -1


def test_the_count_is_made_while_stderr_has_no_descriptor(
    packet: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Inside the app the child must start without the parent's stderr (a ``multiprocessing``
    child failed there with "bad value(s) in fds_to_keep")."""
    with Briefing.open([packet], sync=False) as briefing:
        here = len(briefing.discrepancies())
    monkeypatch.setattr(offload, "ELSEWHERE_FROM", 0)
    monkeypatch.setattr(sys, "stderr", _NoDescriptor())
    monkeypatch.setattr(sys, "stdout", _NoDescriptor())
    with Briefing.open([packet], sync=False) as briefing:
        assert offload.disagreement_count(briefing, lambda: False) == here


def test_a_cancelled_count_stops_waiting(packet: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(offload, "ELSEWHERE_FROM", 0)
    with Briefing.open([packet], sync=False) as briefing:
        start = time.monotonic()
        assert offload.disagreement_count(briefing, lambda: True) is None
        assert time.monotonic() - start < 5


def test_a_failing_child_is_one_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "gone"
    folder.mkdir()
    (folder / "a.txt").write_text("Some text about a meeting.\n", encoding="utf-8")
    monkeypatch.setattr(offload, "ELSEWHERE_FROM", 0)
    with Briefing.open([folder], sync=False) as briefing:
        (folder / "a.txt").unlink()  # the child finds nothing to open
        with pytest.raises(offload.ElsewhereFailed, match="BriefingError"):
            offload.disagreement_count(briefing, lambda: False)


def _niceness_after_yielding(conn) -> None:  # type: ignore[no-untyped-def]
    offload.yield_to_the_ui()
    conn.send(os.nice(0))
    conn.close()


def test_the_analysis_process_gives_way_to_the_app() -> None:
    """The child runs at a lower priority than its parent, so typed keys win the cores."""
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_niceness_after_yielding, args=(send,))
    child.start()
    assert receive.poll(30)
    assert receive.recv() == min(os.nice(0) + offload.NICENESS, 19)
    child.join(5)
