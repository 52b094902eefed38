"""One worker process of :mod:`briefing.parallel`, and the socket it talks through.

A worker is a plain ``python -c`` that imports :mod:`briefing.parallel_worker` (never a
``fork`` of a threaded app, never ``multiprocessing``'s spawn, which reruns the parent's main
script); it gets its shares through a socket, sent from a helper thread so the caller starts
on its own share at once, and answers through the same socket with progress counts and then
its result. Its stdout goes nowhere (a stray print must not reach the app's screen) and its
stderr to a temporary file, read only if it dies. Kept apart from the pool that schedules
shares over several workers, and public: :mod:`briefing.elsewhere` runs one on its own.
"""

from __future__ import annotations

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


class Worker:
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
