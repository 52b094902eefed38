"""A packet large enough that the app counts its disagreements in a process of its own.

From ``briefing.elsewhere.ELSEWHERE_FROM`` articles the count runs in a child process
started from a worker thread of the running app, where Textual has replaced ``sys.stderr``.
Pilot never starts it (below the threshold) and a plain test process has a real stderr, so
only the installed program in a real terminal shows whether the count ever reaches the line:
it did not, when the child was a ``multiprocessing`` process (Textual's stderr has no file
descriptor, and starting the child failed on it).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.elsewhere import ELSEWHERE_FROM
from e2e import app_texts, flows
from e2e.launch import Launcher

pytestmark = pytest.mark.e2e

#: This checkout's root: the pane runs the code of the tree the test is in (the installed
#: console script may be an editable install of another checkout).
ROOT = Path(__file__).resolve().parents[2]
#: Two reports of one made-up event that disagree on a figure, and neutral fillers.
REPORTS = (
    "A ferry carrying {n} passengers ran aground off the island of Corvel on Tuesday, "
    "the harbour authority said. All {n} passengers were brought ashore.",
    "Engineers inspected the pier at Corvel again on Wednesday and found a cracked beam. "
    "The harbour will stay closed to larger boats until the repairs are finished.",
)


def _write_packet(folder: Path, count: int) -> None:
    """``count`` short articles of my own text; the figure differs between outlets."""
    folder.mkdir()
    for number in range(count):
        outlet = ("Harbour Post", "Island Herald")[number % 2]
        body = REPORTS[number % 3 == 2].format(n=(212, 230)[number % 2])
        text = f"Ferry aground off Corvel, report {number}\n\n{outlet}\n\n{body}\n"
        (folder / f"{number:04}.txt").write_text(text, encoding="utf-8")


def test_the_disagreement_count_of_a_large_packet_reaches_the_screen(
    launcher: Launcher, briefing_exe: Path, tmp_path: Path
) -> None:
    count = ELSEWHERE_FROM + 20
    packet = tmp_path / "packet"
    _write_packet(packet, count)
    run = launcher.local(
        [str(briefing_exe), str(packet)], size=(160, 40), extra_env={"PYTHONPATH": str(ROOT)}
    )
    flows.wait_ready(run.pane, f"Sources {count}/{count}")
    screen = run.pane.wait_for(app_texts.DISAGREEMENTS_COUNTED, timeout=flows.READY_TIMEOUT)
    assert f"{count} articles" in screen, screen
    errors = Path(launcher.user_dirs()["BRIEFING_CACHE_DIR"]) / "last-error.log"
    assert not errors.exists() or "disagreements" not in errors.read_text("utf-8"), screen
    assert flows.quit_cleanly(run.pane) == 0
