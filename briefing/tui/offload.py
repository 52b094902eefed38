"""Long analyses of a large briefing in a process of their own, so the UI never waits.

The app's workers are threads, and an analysis written in Python holds the GIL: while the
packet line counted the disagreements of 10,000 articles on a first launch, every key the
user typed waited for it (py-spy: most of the workers' samples during typing were in
``find_discrepancies``; benchmarks/PROFILE.md). A child process runs on the other core instead,
writes the cache like the app would, and sends back only the number the line shows. It reads
the articles on every core (``briefing.analysis.findings``: its worker processes inherit its
lower priority), so the keys still win the cores.

Starting a process and opening the briefing in it costs about half a second, more than the
whole analysis of a small briefing, so below ``ELSEWHERE_FROM`` articles the work stays in
the thread. The child is a daemon, stopped when the worker is cancelled (the app quitting).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING

from briefing import errorlog

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


def _count_in_child(paths: Sequence[str], conn: Connection) -> None:
    """Child: open the briefing, count (and cache) its disagreements, send the count."""
    yield_to_the_ui()
    try:
        from briefing.briefing import Briefing

        with Briefing.open([Path(p) for p in paths], sync=False) as briefing:
            conn.send(("ok", len(briefing.discrepancies())))
    except Exception as error:  # recorded with its trace here, and one line for the parent
        errorlog.record(error, "counting disagreements in a child process")
        conn.send(("error", f"{type(error).__name__}: {error}"))
    finally:
        conn.close()


def disagreement_count(briefing: Briefing, cancelled: Callable[[], bool]) -> int | None:
    """How many disagreements the briefing has; None if ``cancelled()`` became true first."""
    if len(briefing.articles) < ELSEWHERE_FROM:
        return len(briefing.discrepancies())
    context = multiprocessing.get_context("spawn")  # a fresh interpreter: no Textual state
    receive, send = context.Pipe(duplex=False)
    child = context.Process(
        target=_count_in_child,
        args=([str(p) for p in briefing.paths], send),
        name="briefing-disagreements",
        daemon=True,
    )
    child.start()
    send.close()
    try:
        while not receive.poll(POLL):
            if cancelled():
                return None
            if not child.is_alive() and not receive.poll(0):
                raise ElsewhereFailed(f"the analysis process stopped (exit {child.exitcode})")
        status, value = receive.recv()
    except EOFError as error:
        raise ElsewhereFailed("the analysis process stopped without an answer") from error
    finally:
        receive.close()
        if child.is_alive() and cancelled():
            child.terminate()
        child.join(timeout=5)
    if status != "ok":
        raise ElsewhereFailed(str(value))
    return int(value)
