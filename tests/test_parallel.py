"""``parallel.run_shares``: shares done in worker processes come back whole, in order, or the
failure is raised — never a silent gap (what Whoosh's own multiprocessing writer does)."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path

import pytest

from briefing import parallel, worker_process
from briefing.parallel import WorkerFailed, resolve_jobs, run_shares


def square_all(share: list[int], report: Callable[[int], None]) -> tuple[int, list[int]]:
    """(the process that did it, the squares); reports one item at a time."""
    out = []
    for n in share:
        out.append(n * n)
        report(1)
    return os.getpid(), out


def fail_on_seven(share: list[int], report: Callable[[int], None]) -> list[int]:
    if 7 in share:
        raise KeyError("seven is not allowed")
    return share


def disk_full_on_seven(share: list[int], report: Callable[[int], None]) -> list[int]:
    if 7 in share:
        raise OSError(errno.ENOSPC, "No space left on device", "/somewhere/index.new")
    return share


def chatty(share: list[int], report: Callable[[int], None]) -> list[int]:
    print("a stray line a library printed")  # must not reach the caller's stdout
    return share


def test_results_come_back_in_share_order_from_other_processes() -> None:
    shares = [[1, 2], [3], [4, 5, 6], [7]]
    seen: list[int] = []
    results = run_shares(square_all, shares, seen.append)
    assert [squares for _, squares in results] == [[1, 4], [9], [16, 25, 36], [49]]
    pids = [pid for pid, _ in results]
    assert pids[0] == os.getpid()  # the first share is done here
    assert len(set(pids)) == 4  # each other share in a process of its own
    assert seen[-1] == 7 and seen == sorted(seen)  # running totals, ending at every item


def test_no_shares_no_work() -> None:
    assert run_shares(square_all, []) == []


def test_an_exception_in_a_worker_is_raised_here_with_its_name() -> None:
    with pytest.raises(WorkerFailed, match=r"a test worker failed \(KeyError: 'seven is not") as e:
        run_shares(fail_on_seven, [[1], [7]], what="a test worker")
    assert "KeyError" in e.value.details  # the worker's traceback, for the log


def count_items(share: object, report: Callable[[int], None]) -> int:
    return 1


def test_a_share_that_will_not_pickle_fails_clearly_instead_of_waiting_for_ever() -> None:
    # A lock cannot be pickled: the worker never gets its share. Before, the caller waited
    # for an answer that could not come; the timeout turns a hang back into a failure.
    result: list[BaseException] = []

    def call() -> None:
        try:
            run_shares(count_items, [[1], [threading.Lock()]], what="a test worker")
        except BaseException as error:  # handed to the test thread
            result.append(error)

    caller = threading.Thread(target=call, daemon=True)
    caller.start()
    caller.join(30)
    assert not caller.is_alive(), "run_shares is still waiting for a worker that has no work"
    assert isinstance(result[0], WorkerFailed)
    assert "a test worker could not be given its work" in str(result[0])
    assert "pickle" in str(result[0])


def test_a_full_disk_in_a_worker_is_the_same_oserror_as_in_one_process() -> None:
    with pytest.raises(OSError) as raised:
        run_shares(disk_full_on_seven, [[1], [2], [7]])
    assert raised.value.errno == errno.ENOSPC
    assert raised.value.filename == "/somewhere/index.new"


def test_a_worker_killed_is_named_as_such(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        worker_process, "_BOOT", "import os, signal\nos.kill(os.getpid(), signal.SIGKILL)"
    )
    with pytest.raises(WorkerFailed, match=r"stopped unexpectedly \(killed by SIGKILL\)"):
        run_shares(square_all, [[1], [2]], what="a worker")


def test_a_worker_that_exits_midway_is_named_with_its_status(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    boot = worker_process._BOOT.replace("_child_main(conn)", "conn.recv()\nsys.exit(3)")
    monkeypatch.setattr(worker_process, "_BOOT", boot)
    with pytest.raises(WorkerFailed, match=r"stopped unexpectedly \(exit status 3\)"):
        run_shares(square_all, [[1], [2]], what="a worker")


def test_a_failure_here_stops_the_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[worker_process.Worker] = []
    real_start = worker_process.Worker.start

    def start(self: worker_process.Worker) -> None:
        real_start(self)
        started.append(self)

    monkeypatch.setattr(worker_process.Worker, "start", start)
    with pytest.raises(KeyError):
        run_shares(fail_on_seven, [[7], [1], [2]])  # the first share, done here, fails
    assert len(started) == 2
    assert all(w._process is not None and w._process.poll() is not None for w in started)


def test_a_worker_cannot_print_onto_the_callers_screen(capfd: pytest.CaptureFixture[str]) -> None:
    assert run_shares(chatty, [[], [1]])[1] == [1]
    out, _ = capfd.readouterr()
    assert out.count("a stray line") == 1  # only the share done in this process printed


def test_jobs_default_to_every_core_this_process_may_use() -> None:
    assert resolve_jobs(3) == 3
    assert resolve_jobs(None) == resolve_jobs(0) == parallel.default_jobs() >= 1
    if hasattr(os, "sched_getaffinity"):
        assert parallel.default_jobs() == len(os.sched_getaffinity(0))


def test_a_worker_that_cannot_be_started_leaves_its_share_to_this_process(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_more_processes(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EAGAIN, "Resource temporarily unavailable")

    monkeypatch.setattr(worker_process.subprocess, "Popen", no_more_processes)
    seen: list[int] = []
    results = run_shares(square_all, [[1, 2], [3], [4]], seen.append)
    assert [squares for _, squares in results] == [[1, 4], [9], [16]]
    assert {pid for pid, _ in results} == {os.getpid()}
    assert seen[-1] == 4


def test_a_pool_keeps_its_workers_from_one_round_to_the_next() -> None:
    with parallel.Pool() as pool:
        first = pool.run(square_all, [[1], [2], [3]])
        second = pool.run(square_all, [[4], [5], [6]])
        third = pool.run(square_all, [[7], [8]])  # fewer shares: a worker sits this one out
        assert [s for _, s in first] == [[1], [4], [9]]
        assert [s for _, s in second] == [[16], [25], [36]]
        assert [s for _, s in third] == [[49], [64]]
        workers = {p for p, _ in first[1:]}
        assert {p for p, _ in second[1:]} == workers != {os.getpid()}
        assert len(pool._workers) == 2
    assert pool._workers == []


def test_a_failure_in_a_pool_stops_its_workers_and_the_next_round_starts_new_ones() -> None:
    with parallel.Pool() as pool:
        before = {p for p, _ in pool.run(square_all, [[1], [2]])[1:]}
        with pytest.raises(WorkerFailed):
            pool.run(fail_on_seven, [[1], [7]], what="a test worker")
        assert pool._workers == []
        after = {p for p, _ in pool.run(square_all, [[1], [2]])[1:]}
        assert after and after != before


def echo(share: object, report: Callable[[int], None]) -> object:
    return share


def test_a_share_given_while_the_last_sender_is_finishing_is_the_one_sent(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The thread that sent a worker its last share may not have finished when the worker
    has already answered and the next share is given (it lost the processor right after
    sending, as under load, or with a fast caller between rounds): the next share is still
    the one sent, never ``None`` (the revert of "main-event dates on the idle worker")."""
    real_send = Connection.send
    late = threading.Event()

    def send_then_stall(conn: Connection, message: object) -> None:
        real_send(conn, message)
        if isinstance(message, tuple) and message[1:] == ("first",):
            late.wait(10)  # the sender's thread stalls after sending, until released

    monkeypatch.setattr(Connection, "send", send_then_stall)
    with parallel.Pool() as pool:
        assert pool.run(echo, ["here", "first"]) == ["here", "first"]
        threading.Timer(0.5, late.set).start()
        assert pool.run(echo, ["here", "second"]) == ["here", "second"]


def test_a_lent_worker_answers_while_the_caller_goes_on_and_serves_no_later_round() -> None:
    with parallel.Pool() as pool:
        assert pool.lend(square_all, [3]) is None  # no worker kept: the caller does it
        pool.run(square_all, [[1], [2]])
        result = pool.lend(square_all, [3, 4])
        assert result is not None
        assert pool._workers == []  # lent: a round now would start a fresh worker
        pid, squares = result()
        assert squares == [9, 16]
        assert pid != os.getpid()
    assert pool._lent == []  # closing the pool stopped it too


def test_a_lent_share_that_fails_raises_and_stops_every_worker() -> None:
    with parallel.Pool() as pool:
        pool.run(square_all, [[1], [2], [3]])
        result = pool.lend(fail_on_seven, [7], what="a test worker")
        assert result is not None
        with pytest.raises(WorkerFailed, match="a test worker failed"):
            result()
        assert pool._workers == []
        assert pool._lent == []


def pid_then_wait(share: str | None, report: Callable[[int], None]) -> None:
    """Write this process's pid to the file ``share`` names (if any), then wait far longer
    than any test: the parent until it is killed, the worker until the orphan watch ends it."""
    if share is not None:
        Path(share).write_text(str(os.getpid()), encoding="utf-8")
    time.sleep(600)


#: A parent process that waits in its own share while its one worker runs ``pid_then_wait``.
_PARENT = """
import sys
sys.path[:0] = sys.argv[1:3]
import test_parallel
from briefing.parallel import run_shares
run_shares(test_parallel.pid_then_wait, [None, sys.argv[3]])
"""


def _alive(pid: int) -> bool:
    """Whether ``pid`` is a running process (a zombie nobody reaped has ended)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text(encoding="utf-8")
    except FileNotFoundError:
        return False
    return "\nState:\tZ" not in status


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc")
def test_a_worker_ends_soon_after_its_parent_is_killed(tmp_path: Path) -> None:
    """``kill -9`` of the app must not leave its workers writing into the index folder (the
    next run would find a staging folder it cannot clear) or using a core for nothing."""
    root = Path(__file__).resolve().parents[1]
    pid_file = tmp_path / "worker.pid"
    parent = subprocess.Popen(
        [sys.executable, "-c", _PARENT, str(root), str(root / "tests"), str(pid_file)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while not (pid_file.exists() and pid_file.read_text(encoding="utf-8")):
            assert parent.poll() is None, parent.stderr.read() if parent.stderr else ""
            assert time.monotonic() < deadline, "the worker never started"
            time.sleep(0.05)
        worker = int(pid_file.read_text(encoding="utf-8"))
        assert _alive(worker)
    finally:
        parent.kill()
        parent.wait()
    deadline = time.monotonic() + 10
    while _alive(worker) and time.monotonic() < deadline:
        time.sleep(0.05)
    if _alive(worker):
        os.kill(worker, signal.SIGKILL)
        pytest.fail("the orphaned worker was still running 10 s after its parent was killed")


#: What :func:`square_noted` did in this process (a worker notes in its own copy).
_noted: list[str] = []


def square_noted(share: list[int], report: Callable[[int], None]) -> tuple[int, list[int]]:
    _noted.append("share")
    return square_all(share, report)


def test_work_beside_a_round_runs_here_once_before_this_process_share() -> None:
    """A pool's round may carry the caller's own work (``beside``): done in this process,
    once, after the workers have their shares and before this process's share; the round's
    answers are the same as without it."""
    _noted.clear()
    with parallel.Pool() as pool:
        beside = lambda: _noted.append(f"beside {os.getpid()}")  # noqa: E731
        results = pool.run(square_noted, [[1, 2], [3]], beside=beside)
    assert _noted == [f"beside {os.getpid()}", "share"]  # the worker's share noted elsewhere
    assert [squares for _, squares in results] == [[1, 4], [9]]
    assert results[0][0] == os.getpid() != results[1][0]


def big_answer(share: int, report: Callable[[int], None]) -> bytes:
    """An answer far larger than a socket holds: its sending waits until it is read."""
    return b"x" * share


def touch_then_wait(share: tuple[str, str], report: Callable[[int], None]) -> str:
    """Write the file ``share[0]``, then wait (10 s at most) for the file ``share[1]``."""
    started, release = map(Path, share)
    started.write_text("started", encoding="utf-8")
    deadline = time.monotonic() + 10
    while not release.exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    return "released" if release.exists() else "timed out"


def test_tasks_lent_in_turn_are_each_answered_when_done(tmp_path: Path) -> None:
    started, release = tmp_path / "started", tmp_path / "release"
    with parallel.Pool() as pool:
        pool.run(square_all, [[1], [2]])  # one worker kept
        results = pool.lend_each(
            [(big_answer, 8 << 20), (touch_then_wait, (str(started), str(release)))]
        )
        assert results is not None and len(results) == 2
        # Nobody asked the first answer yet: the worker still goes on to the second task
        # (its 8 MB answer was read here as it came, not left blocking the worker's socket).
        deadline = time.monotonic() + 10
        while not started.exists() and time.monotonic() < deadline:
            time.sleep(0.01)
        assert started.exists()
        # The first answer is there while the second task still runs.
        assert results[0]() == b"x" * (8 << 20)
        release.write_text("go", encoding="utf-8")
        assert results[1]() == "released"


def test_a_task_lent_in_turn_that_fails_raises_for_itself_and_the_tasks_after() -> None:
    with parallel.Pool() as pool:
        pool.run(square_all, [[1], [2]])
        results = pool.lend_each(
            [(square_all, [3]), (fail_on_seven, [7]), (square_all, [4])], what="a test worker"
        )
        assert results is not None
        assert results[0]()[1] == [9]  # done before the failure
        with pytest.raises(WorkerFailed, match="a test worker failed"):
            results[2]()  # never done: the failure before it is raised
        with pytest.raises(WorkerFailed, match="a test worker failed"):
            results[1]()
        assert pool._workers == [] and pool._lent == []
