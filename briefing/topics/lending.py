"""Tasks lent to the first pass's idle workers once its rounds are over, and their answers.

Split from :mod:`briefing.topics.shares`: :meth:`~.shares.Cores.after_rounds` queues a task
(:class:`Later`), :meth:`~.shares.Cores.rounds_over` lends the queued tasks to the kept
workers, several to one worker when there are fewer workers than tasks
(:meth:`~briefing.parallel.Pool.lend_each`: done in turn, each answered as soon as it is done,
so that the caller of the first task never waits for the others). Whoever asks a task's answer
gets None when no worker did it, and then does the work itself, as in one process.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from briefing.parallel import ShareFunction, WorkerFailed


class Later:
    """A task of :meth:`Cores.after_rounds`: calling it waits for a worker's answer, or
    returns None when no worker took the task (too few jobs, or nothing to do) or the worker
    failed at it (the caller then does the work itself, as in one process)."""

    def __init__(self, function: ShareFunction, share: Callable[[], Any]) -> None:
        self.function = function
        self.share = share
        #: Waits for the lent worker's answer, once one was lent the task.
        self.answer: Callable[[], Any] | None = None

    def __call__(self) -> Any:
        answer, self.answer = self.answer, None
        try:
            return answer() if answer is not None else None
        except WorkerFailed:  # killed, out of memory: the pool stopped its workers
            return None
