"""Running one job's shares on several cores: the first share in this process, the others in
worker processes, results in share order.

Reading a briefing and building its index are pure Python, so threads would share one core.
This runs share 0 in the calling thread (it would otherwise sit waiting) and every other share
in a fresh Python process — never a ``fork``: the app calls this from a worker thread while
Textual's threads run, and a forked child of a threaded process can deadlock on a lock some
other thread held. Nor ``multiprocessing``'s spawn: it runs the parent's main script again in
every child, which breaks any script without a ``__main__`` guard. How one worker process
is started and talked to is :mod:`briefing.worker_process`; this module schedules shares
over several.

Nothing is lost silently (Whoosh's own multiprocessing writer drops the documents of a worker
that failed, WHOOSH.md #1): an exception in a worker is raised here — an ``OSError`` (a full
disk) as itself, so callers handle it as they would in one process, anything else as
:class:`WorkerFailed` with the worker's traceback — and a worker that dies (killed, out of
memory) raises :class:`WorkerFailed`. Either way every other worker is stopped before this
returns, so the caller can throw away what the job wrote.
"""

from __future__ import annotations

import functools
import os
import threading
from collections.abc import Callable, Sequence
from typing import Any

from briefing.worker_process import ShareFunction, Worker, WorkerFailed

__all__ = ["Pool", "ShareFunction", "WorkerFailed", "default_jobs", "resolve_jobs", "run_shares"]


def default_jobs() -> int:
    """How many processes "all cores" means here: the CPUs this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # not Linux
        return max(1, os.cpu_count() or 1)


def resolve_jobs(jobs: int | None) -> int:
    """``jobs`` as a positive count; ``None`` (or 0) means every core."""
    if not jobs or jobs < 1:
        return default_jobs()
    return jobs


def run_shares(
    function: ShareFunction,
    shares: Sequence[Any],
    progress: Callable[[int], None] | None = None,
    what: str = "a worker",
) -> list[Any]:
    """``[function(share, report) for share in shares]``, the shares after the first in
    worker processes; ``progress(done)`` gets the running total of reported items.

    ``function`` must be a module-level function (workers import it by name), and shares and
    results must pickle. ``what`` names the job in errors ("an indexing worker").
    """
    return _run(function, shares, progress, what, [], keep=False)


class Pool:
    """Worker processes kept from one :meth:`run` to the next, until :meth:`close`.

    A job done in rounds (the topics' first pass, then the search for every alias) would
    otherwise start fresh processes each round, each importing its modules and warming its
    caches (the gazetteer: a second or more) again. A failure in any round stops every
    worker, as in :func:`run_shares`, and the next round starts new ones."""

    def __init__(self) -> None:
        self._workers: list[Worker] = []
        self._lent: list[Worker] = []  # given a share by lend(): no more rounds

    def run(
        self,
        function: ShareFunction,
        shares: Sequence[Any],
        progress: Callable[[int], None] | None = None,
        what: str = "a worker",
        beside: Callable[[], None] | None = None,
    ) -> list[Any]:
        """:func:`run_shares` on this pool's workers (started as needed). ``beside``, if
        given, is work of the caller's own that this process does once the workers have
        their shares and before its own share (the first): give that share less to do."""
        return _run(function, shares, progress, what, self._workers, keep=True, beside=beside)

    def idle(self) -> int:
        """How many kept workers :meth:`lend` may still give a task to."""
        return len(self._workers)

    def lend(
        self, function: ShareFunction, share: Any, what: str = "a worker"
    ) -> Callable[[], Any] | None:
        """Start ``function(share, report)`` on a kept worker (one that would idle while the
        caller works alone); None if there is none. The returned callable waits for the
        result (or raises as :meth:`run` does); the worker serves no later round."""
        results = self.lend_each([(function, share)], what)
        return None if results is None else results[0]

    def lend_each(
        self, tasks: Sequence[tuple[ShareFunction, Any]], what: str = "a worker"
    ) -> list[Callable[[], Any]] | None:
        """:meth:`lend` for several tasks, done one after the other by one kept worker: one
        callable per task, which waits for that task's answer only, not for the tasks after
        it. A thread here reads each answer as it comes: a worker whose answer nobody read
        would wait to send it (a socket holds little), and do the next task only then."""
        if not self._workers:
            return None
        worker = self._workers.pop()
        self._lent.append(worker)
        worker.give_each(tasks)
        #: (whether it was done, its result or what it raised), task by task, in order.
        answers: list[tuple[bool, Any]] = []
        arrived = threading.Condition()

        def read() -> None:
            for _task in tasks:
                answer = worker.answer(what)
                with arrived:
                    answers.append(answer)
                    arrived.notify_all()
                if not answer[0]:
                    return  # the pool is stopped when the caller sees it

        if worker.started:
            threading.Thread(target=read, daemon=True).start()

        def ready(place: int) -> bool:  # its answer came, or a task before it failed
            return len(answers) > place or (bool(answers) and not answers[-1][0])

        def result(place: int) -> Any:
            with arrived:
                if worker.started:
                    arrived.wait_for(lambda: ready(place))
                while not ready(place):  # never started: each task is done here when asked
                    answers.append(worker.answer(what))
            done, value = answers[min(place, len(answers) - 1)]
            if not done:
                self.close()
                raise value
            return value

        return [functools.partial(result, place) for place in range(len(tasks))]

    def close(self) -> None:
        """Stop every worker, lent ones too."""
        workers, self._workers, self._lent = [*self._workers, *self._lent], [], []
        for worker in workers:
            worker.stop()

    def __enter__(self) -> Pool:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _run(
    function: ShareFunction,
    shares: Sequence[Any],
    progress: Callable[[int], None] | None,
    what: str,
    kept: list[Worker],
    *,
    keep: bool,
    beside: Callable[[], None] | None = None,
) -> list[Any]:
    """:func:`run_shares` with the workers in ``kept`` first (more are started and added to
    it as needed). Every worker is stopped and ``kept`` emptied when a share fails, or at the
    end unless ``keep``."""
    if not shares:
        return []
    workers = kept[: len(shares) - 1]
    for worker, share in zip(workers, shares[1:], strict=False):
        worker.give(function, share)
    fresh = [Worker(function, share) for share in shares[1 + len(workers) :]]
    workers = [*workers, *fresh]
    kept.extend(fresh)
    done = [0] * len(shares)

    def report_own(count: int) -> None:
        done[0] += count
        for number, worker in enumerate(workers, start=1):
            done[number] += worker.drain_progress()
        if progress is not None:
            progress(sum(done))

    finished = False
    try:
        for worker in fresh:
            worker.start()
        if beside is not None:
            beside()
        results = [function(shares[0], report_own)]
        for number, worker in enumerate(workers, start=1):
            results.append(worker.result(what))
            done[number] = worker.reported
            if progress is not None:
                progress(sum(done))
        finished = True
        return results
    finally:
        if not (finished and keep):
            for worker in kept:
                worker.stop()
            kept.clear()
