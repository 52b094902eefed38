"""The last-error log: where an error that was handled (shown as one line, or worked around)
leaves its traceback, so that no ``except Exception`` swallows a failure without a trace.

One file, ``last-error.log`` in the cache root (0600 in a 0700 folder), appended to and cut
back to its newest half when it passes 256 KB. Recording never raises: a log that cannot be
written must not turn a handled error into an unhandled one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import traceback
from pathlib import Path

from briefing import paths
from briefing.cache import private_dir

LOG_NAME = "last-error.log"
MAX_BYTES = 256 * 1024


def log_path() -> Path:
    """Where the log is (it may not exist yet)."""
    return paths.cache_root() / LOG_NAME


def record(error: BaseException, context: str) -> Path | None:
    """Append ``error``'s traceback under a line saying what was being done; the log's path,
    or ``None`` when it could not be written."""
    path = log_path()
    stamp = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    entry = f"--- {stamp} {context}\n" + "".join(traceback.format_exception(error))
    try:
        private_dir(path.parent)
        _trim(path)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8", errors="replace") as handle:
            handle.write(entry)
    except OSError:
        return None
    return path


def _trim(path: Path) -> None:
    with contextlib.suppress(OSError):
        if path.stat().st_size > MAX_BYTES:
            data = path.read_bytes()[-MAX_BYTES // 2 :]
            path.write_bytes(data[data.find(b"\n--- ") + 1 :] if b"\n--- " in data else data)
