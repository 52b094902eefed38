"""Running one job's shares on several cores: the first share in this process, the others in
worker processes, results in share order.

Reading a briefing and building its index are pure Python, so threads would share one core.
This runs share 0 in the calling thread (it would otherwise sit waiting) and every other share
in a fresh Python process — never a ``fork``: the app calls this from a worker thread while
Textual's threads run, and a forked child of a threaded process can deadlock on a lock some
other thread held. Nor ``multiprocessing``'s spawn: it runs the parent's main script again in
every child, which breaks any script without a ``__main__`` guard. A worker is a plain
``python -c`` that imports :mod:`briefing.parallel_worker`; it gets its share through a socket
(sent from a helper thread, so the caller starts on its own share at once) and answers through
the same socket with progress counts and then its result. Its stdout goes nowhere (a stray
print must not reach the app's screen) and its stderr to a temporary file, read only if it dies.

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
import pickle
import signal
import socket
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from typing import Any

from briefing.parallel_worker import _DONE, _PROGRESS

#: ``function(share, report)``: ``report(n)`` says n more items of the share are done.
ShareFunction = Callable[[Any, Callable[[int], None]], Any]


class WorkerFailed(Exception):
    """A worker process raised an exception that is not an ``OSError``, or died.

    ``str()`` is one sentence for the user; ``details`` holds the worker's traceback, if any.
    """

    def __init__(self, message: str, details: str = "") -> None:
        super().__init__(message)
        self.details = details


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
        self._workers: list[_Worker] = []
        self._lent: list[_Worker] = []  # given a share by lend(): no more rounds

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
    kept: list[_Worker],
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
    fresh = [_Worker(function, share) for share in shares[1 + len(workers) :]]
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


#: What a worker process runs: connect to the parent, take its import path, serve its shares.
_BOOT = (
    "import signal, sys\n"
    "signal.signal(signal.SIGINT, signal.SIG_IGN)\n"  # ctrl+c is the parent's to handle
    "from multiprocessing.connection import Connection\n"
    "conn = Connection(int(sys.argv[1]))\n"
    "sys.path[:] = conn.recv()\n"
    "from briefing.parallel_worker import _child_main\n"
    "_child_main(conn)\n"
)


class _Worker:
    """One worker process and the socket it talks through."""

    def __init__(self, function: ShareFunction, share: Any) -> None:
        #: The (function, share) pairs to send, in order (given but not yet sent).
        self._tasks: list[tuple[ShareFunction, Any]] = [(function, share)]
        self._conn: Connection | None = None
        self._process: subprocess.Popen[bytes] | None = None
        self._errors = tempfile.TemporaryFile()  # noqa: SIM115  (closed in stop())
        self._sender: threading.Thread | None = None
        #: The worker's final message, when it arrived while only progress was asked for.
        self._answer: tuple[str, Any] | None = None
        #: The socket closed before an answer came (the worker died or was stopped).
        self._ended = False
        #: Why the share could not be sent (it would not pickle), if it could not.
        self._unsent: BaseException | None = None
        self.reported = 0

    def start(self) -> None:
        """Start the worker; if no process can be started (out of processes or memory), the
        share is done in this process when its result is asked for."""
        ours, theirs = socket.socketpair()
        with ours, theirs:
            try:
                self._process = subprocess.Popen(
                    [sys.executable, "-c", _BOOT, str(theirs.fileno())],
                    pass_fds=[theirs.fileno()],
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.DEVNULL,  # a stray print must not reach the app's screen
                    stderr=self._errors,
                )
            except OSError:
                return
            self._conn = Connection(ours.detach())
        self._sender = threading.Thread(target=self._send, args=(True,), daemon=True)
        self._sender.start()

    @property
    def started(self) -> bool:
        """Whether a process was started (else :meth:`result` does each share here)."""
        return self._conn is not None

    def give(self, function: ShareFunction, share: Any) -> None:
        """Hand a started worker (one of a :class:`Pool`) its next share, once it answered
        the last one."""
        self.give_each([(function, share)])

    def give_each(self, tasks: Sequence[tuple[ShareFunction, Any]]) -> None:
        """:meth:`give` for several shares, done in turn; :meth:`result` answers them in
        the same order, one call each."""
        if self._sender is not None:
            # It clears ``_tasks`` when done, maybe after the worker answered: first.
            self._sender.join()
        self._tasks = list(tasks)
        self._answer, self._unsent, self.reported = None, None, 0
        if self._conn is None:
            return  # never started: result() does the share here
        self._sender = threading.Thread(target=self._send, args=(False,), daemon=True)
        self._sender.start()

    def _here(self) -> Any:
        """Do the share in this process (the worker could not be started)."""

        def report(count: int) -> None:
            self.reported += count

        function, share = self._tasks.pop(0)
        return function(share, report)

    def _send(self, first: bool) -> None:
        """Send the import path (``first`` time only), the function and the share (from a
        thread: the worker reads them only once Python has started, and the caller has its
        own share to do)."""
        assert self._conn is not None
        try:
            if first:
                self._conn.send(sys.path)
            for task in self._tasks:
                self._conn.send(task)
        except (OSError, ValueError):  # the worker died or was stopped: result() says so
            pass
        except (pickle.PicklingError, TypeError, AttributeError) as error:  # would not pickle
            # Nothing was written (pickling comes first), so the worker would wait for its
            # share for ever and the caller for its answer: end it, and say why in result().
            self._unsent = error
            if self._process is not None:
                self._process.kill()
        self._tasks = []

    def drain_progress(self) -> int:
        """Progress the worker reported since the last call (never waits)."""
        before = self.reported
        self.answered(0)
        return self.reported - before

    def answered(self, timeout: float | None) -> bool:
        """Whether :meth:`result` would return at once: the worker answered, ended or never
        started. Waits up to ``timeout`` seconds for that (``None``: as long as it takes),
        counting the progress that arrives meanwhile; the answer is kept for result()."""
        try:
            while self._answer is None and self._conn is not None and not self._ended:
                if timeout is not None and not self._conn.poll(timeout):
                    return False
                kind, value = self._conn.recv()
                if kind == _PROGRESS:
                    self.reported += value
                else:
                    self._answer = (kind, value)
        except (EOFError, OSError):
            self._ended = True  # result() says why
        return True

    def result(self, what: str) -> Any:
        """Wait for the worker's answer: its result, or the error it raised or died of."""
        if self._conn is None:
            return self._here()
        self.answered(None)
        answer, self._answer = self._answer, None  # a worker of a pool answers again next round
        if answer is None:
            if self._unsent is not None:
                unsent = f"{type(self._unsent).__name__}: {self._unsent}"
                raise WorkerFailed(f"{what} could not be given its work ({unsent})") from None
            message = f"{what} stopped unexpectedly ({self._exit()})"
            raise WorkerFailed(message, self._stderr()) from None
        kind, value = answer
        if kind == _DONE:
            return value
        error, details = value
        if isinstance(error, OSError):
            raise error
        raise WorkerFailed(f"{what} failed ({error})", details)

    def answer(self, what: str) -> tuple[bool, Any]:
        """:meth:`result` as (True, the result) or (False, what it raised)."""
        try:
            return True, self.result(what)
        except BaseException as error:  # the caller raises it
            return False, error

    def _exit(self) -> str:
        assert self._process is not None
        try:
            code = self._process.wait(5)
        except subprocess.TimeoutExpired:
            return "no answer"
        if code < 0:
            try:
                return f"killed by {signal.Signals(-code).name}"
            except ValueError:
                return f"killed by signal {-code}"
        return f"exit status {code}"

    def _stderr(self) -> str:
        """The end of what the worker wrote to stderr (Python's own last words, if any)."""
        try:
            self._errors.seek(0)
            return self._errors.read()[-4000:].decode("utf-8", "replace")
        except OSError:
            return ""

    def stop(self) -> None:
        """End the worker (at once if it is still running) and release its files."""
        if self._process is not None:
            if self._process.poll() is None:
                self._process.kill()
            self._process.wait()
        if self._conn is not None:
            self._conn.close()
        if self._sender is not None:
            self._sender.join(1)
        self._errors.close()
