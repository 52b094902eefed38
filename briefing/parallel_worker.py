"""The worker's side of :mod:`briefing.parallel`: what a ``python -c`` worker process runs.

It lives apart from the parent's side (starting workers, handing out shares, gathering
results) because the two never run in the same process for the same share: a worker only
receives a share, does it, reports progress and answers — or describes what failed so the
parent can raise it — and ends itself when its parent dies. The answers' kinds are defined
here, the one vocabulary both sides speak.
"""

from __future__ import annotations

import os
import pickle
import threading
import time
import traceback
from multiprocessing.connection import Connection
from typing import Any

_PROGRESS, _DONE, _FAILED = "progress", "done", "failed"


def _child_main(conn: Connection) -> None:
    """What a worker process runs: take a share, do it, answer (or report what failed); then
    wait for the next share, until the parent closes the socket (or stops the worker)."""
    _exit_with_parent()
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            break
        answer = _serve(conn, message)
        conn.send(answer)
        if answer[0] == _FAILED:
            break
    conn.close()


#: How often a worker checks that the process that started it is still alive (seconds).
ORPHAN_CHECK = 0.1


def _exit_with_parent() -> None:
    """End this worker at once when its parent dies (``kill -9``, out of memory).

    A worker otherwise goes on with its share until it next reports progress, writing into
    a folder the next run of the app wants to clear, and using a core for nothing. An
    orphan is adopted by another process, so its parent pid changes; a daemon thread
    watches for that (``prctl(PR_SET_PDEATHSIG)`` is Linux-only and fires when the parent's
    *thread* ends, which a kept pool of workers outlives)."""
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(ORPHAN_CHECK)
        os._exit(1)

    threading.Thread(target=watch, name="orphan-watch", daemon=True).start()


def _serve(conn: Connection, message: Any) -> tuple[str, Any]:
    """Do one share; the answer to send back."""
    try:
        function, share = message

        def report(count: int) -> None:
            conn.send((_PROGRESS, count))

        result = function(share, report)
        return (_DONE, result)
    except BaseException as error:  # every failure goes back to the parent, and to the log
        from briefing import errorlog

        errorlog.record(error, "in a worker process")
        details = "".join(traceback.format_exception(error))
        described: BaseException | str = (
            error
            if isinstance(error, OSError) and _pickles(error)
            else f"{type(error).__name__}: {error}"
        )
        return (_FAILED, (described, details))


def _pickles(error: BaseException) -> bool:
    try:
        pickle.loads(pickle.dumps(error))
    except (pickle.PicklingError, TypeError, AttributeError, ValueError):
        return False  # an exception that cannot travel is described instead
    return True
