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
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_pauses = 0
_was_enabled = False


@contextmanager
def paused() -> Iterator[None]:
    """Run the block with the cyclic collector off; sweep what it made once at the end."""
    global _pauses, _was_enabled
    with _lock:
        if _pauses == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _lock:
            _pauses -= 1
            if _pauses == 0 and _was_enabled:
                # What the block made is all in the young generations: one traversal now,
                # rather than a long one at whatever allocates next (the app's UI thread).
                gc.collect(1)
                gc.enable()
