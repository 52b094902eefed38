"""Long analyses of a large briefing in a process of their own, so the app's UI never waits
(reached through the façade: ``Briefing.count_discrepancies``).

The app's workers are threads, and an analysis written in Python holds the GIL: while the
packet line counted the disagreements of 10,000 articles on a first launch, every key the
user typed waited for it (py-spy: most of the workers' samples during typing were in
``find_discrepancies``; benchmarks/PROFILE.md). A child process runs on the other core instead,
writes the cache like the app would, and sends back only the number the line shows. It reads
the articles on every core (``briefing.analysis.findings``: its worker processes inherit its
lower priority), so the keys still win the cores.

Starting a process and opening the briefing in it costs about half a second, more than the
whole analysis of a small briefing, so below ``ELSEWHERE_FROM`` articles the work stays in
the thread. The child is stopped when the worker is cancelled (the app quitting).

The child is a worker of :mod:`briefing.parallel` (a plain ``python -c`` with its own stdin,
stdout and stderr), not a ``multiprocessing`` process: Textual replaces ``sys.stderr`` with an
object whose ``fileno()`` is -1, and ``multiprocessing`` hands that to the process it starts
(its resource tracker), which fails with "bad value(s) in fds_to_keep" — in the app, every
count failed and the line never showed one. A ``multiprocessing`` child would also write its
warnings and tracebacks onto the app's screen (it inherits the terminal as its stderr).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.worker_process import Worker, WorkerFailed

if TYPE_CHECKING:
    from briefing.briefing import Briefing

#: From this many articles a disagreement count runs in a child process.
ELSEWHERE_FROM = 500
#: How often a waiting worker checks whether it was cancelled (seconds).
POLL = 0.2
#: How much lower the analysis process's priority is than the app's (``nice`` steps).
NICENESS = 10


class ElsewhereFailed(RuntimeError):
    """The child process failed or died; ``str()`` says why in one line."""


def yield_to_the_ui() -> None:
    """Lower this process's priority by :data:`NICENESS`: on a machine of two cores the app
    (UI thread and search worker under one GIL), the terminal and this analysis compete, and
    the keys the user types must win. An analysis that runs for minutes may run slower."""
    with contextlib.suppress(OSError):  # not allowed: it runs at the usual priority
        os.nice(NICENESS)


def _count(share: tuple[Sequence[str], int], report: Callable[[int], None]) -> int:
    """Open the briefing at these paths, count (and cache) its disagreements. In a process
    of its own it first gives way to the app (``share[1]``: the app's PID), never in the app."""
    paths, app = share
    if os.getpid() != app:
        yield_to_the_ui()
    from briefing.briefing import Briefing

    with Briefing.open([Path(p) for p in paths], sync=False) as briefing:
        return len(briefing.discrepancies())


def disagreement_count(briefing: Briefing, cancelled: Callable[[], bool]) -> int | None:
    """How many disagreements the briefing has; None if ``cancelled()`` became true first."""
    if len(briefing.articles) < ELSEWHERE_FROM:
        return len(briefing.discrepancies())
    worker = Worker(_count, ([str(p) for p in briefing.paths], os.getpid()))
    worker.start()  # if no process can start, result() counts here (at the usual priority)
    try:
        while not worker.answered(POLL):
            if cancelled():
                return None
        return int(worker.result("the analysis process"))
    except WorkerFailed as error:
        raise ElsewhereFailed(str(error)) from error
    except OSError as error:
        raise ElsewhereFailed(f"{type(error).__name__}: {error}") from error
    finally:
        worker.stop()
