"""How long a UI thread's key takes beside a busy Python worker, per GIL switch interval.

    .venv/bin/python -m benchmarks.gil_switch

A "key" is 1.8 ms of Python work split by six ``sleep(0)`` calls, which give the GIL up as
a write to the terminal or a select does; the worker runs pure Python, as a Whoosh search or
the topic analysis does. The app sets the interval it measured best (``briefing.tui.run``).
"""

from __future__ import annotations

import statistics
import sys
import threading
import time

INTERVALS = (0.005, 0.001, 0.0005)
KEYS = 60


def _busy(stop: threading.Event) -> None:
    total = 0
    while not stop.is_set():
        for i in range(1000):
            total += i * i


def _key() -> float:
    start = time.perf_counter()
    for _ in range(6):
        end = time.perf_counter() + 0.0003
        while time.perf_counter() < end:
            pass
        time.sleep(0)  # gives the GIL up, like os.write or select
    return time.perf_counter() - start


def main() -> int:
    for interval in INTERVALS * 2:  # each twice, alternating
        sys.setswitchinterval(interval)
        stop = threading.Event()
        worker = threading.Thread(target=_busy, args=(stop,))
        worker.start()
        latencies = sorted(_key() for _ in range(KEYS))
        stop.set()
        worker.join()
        p95 = latencies[round(0.95 * (len(latencies) - 1))]
        print(
            f"switch interval {interval * 1000:.1f} ms: key p50 "
            f"{1000 * statistics.median(latencies):.1f} ms, p95 {1000 * p95:.1f} ms"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
