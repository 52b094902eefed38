"""Tasks lent to the first pass's idle workers once its rounds are over, and their answers.

Split from :mod:`briefing.topics.shares`: :meth:`~.shares.Cores.after_rounds` queues a task
(:class:`Later`), :meth:`~.shares.Cores.rounds_over` lends the queued tasks to the kept
workers, several to one worker when there are fewer workers than tasks (:func:`in_turn`,
whose answers :class:`Answers` hands out task by task). Whoever asks a task's answer gets
None when no worker did it, and then does the work itself, as in one process.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from briefing.parallel import ShareFunction, WorkerFailed


class Later:
    """A task of :meth:`Cores.after_rounds`: calling it waits for a worker's answer, or
    returns None when no worker took the task (too few jobs, or nothing to do) or the worker
    failed at it (the caller then does it itself, as in one process)."""

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


class Answers:
    """The answers of one worker's tasks (:func:`in_turn`), waited for once."""

    def __init__(self, answer: Callable[[], Any]) -> None:
        self._answer: Callable[[], Any] | None = answer
        self._answers: list[Any] = []
        self._failed: Exception | None = None

    def get(self, place: int) -> Any:
        """The answer of the task at ``place``; raises what the pool's answer raised
        (:class:`WorkerFailed`, an ``OSError``), every time it is asked."""
        if self._answer is not None:
            answer, self._answer = self._answer, None
            try:
                self._answers = answer()
            except Exception as failed:  # the pool's error, for each task's caller
                self._failed = failed
                raise
        if self._failed is not None:
            raise self._failed
        return self._answers[place]


def in_turn(share: Any, report: Callable[[int], None]) -> list[Any]:
    """A lent worker's tasks (:meth:`Cores.rounds_over`), each ``(function, share)``, one
    after the other: their answers, in order."""
    return [function(part, report) for function, part in share]
