"""Pausing the cyclic garbage collector while long-lived tables are built.

Reopening a briefing of 10,000 articles makes a few hundred thousand objects that all live as
long as the briefing: found files, article rows, the articles, the index's record of them.
The collector counts allocations, so it runs again and again while they are made and traverses
every one of them each time, though none can be garbage yet: a quarter of an unchanged reopen
(100 of 390 ms, issue 15). Pausing it meanwhile and sweeping once at the end does the same work
once. The topics' extraction pauses it too (millions of small objects that live until it
returns: a quarter of its time at 1,000 articles). Only for code that allocates tables, never
around reading or indexing files (their garbage must be collected as they go).

Nested or concurrent pauses (the app opens in a worker thread) share one pause, and the
collector comes back as it was when the last one ends.

A block whose tables live as long as the briefing (the found files, the article rows, the
index's record) can say so (``long_lived=True``): then the end moves what exists into the
collector's permanent generation (``gc.freeze``) instead of sweeping it. The sweep found
nothing to collect in a reopen of 10,005 articles and cost 40 ms of its ~320 ms CPU (three
collections: 10, 25 and 4 ms); the app froze the same objects right after anyway. Objects
freed by their reference counts are freed as ever; only a reference cycle made in such a
block would wait for ``gc.unfreeze`` (the app's screen unfreezes when it goes). One shared
pause sweeps if any of its blocks was not long-lived.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_pauses = 0
_was_enabled = False
_sweep = False


@contextmanager
def paused(*, long_lived: bool = False) -> Iterator[None]:
    """Run the block with the cyclic collector off; sweep what it made once at the end (or,
    ``long_lived``, freeze it: see the module docstring)."""
    global _pauses, _was_enabled, _sweep
    with _lock:
        if _pauses == 0:
            _was_enabled = gc.isenabled()
            _sweep = False
            gc.disable()
        _pauses += 1
        _sweep = _sweep or not long_lived
    try:
        yield
    finally:
        with _lock:
            _pauses -= 1
            if _pauses == 0 and _was_enabled:
                # What the block made is all in the young generations: one traversal now,
                # rather than a long one at whatever allocates next (the app's UI thread).
                if _sweep:
                    gc.collect(1)
                else:
                    gc.freeze()
                gc.enable()
