"""Writing a brief to disk: atomically, and with the permissions a shared document should have.

Apart from :mod:`briefing.export` because it is the one part of the brief that touches the file
system (the rest is a pure function of its inputs), and both the CLI and the app call it.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from pathlib import Path

__all__ = ["write_brief"]


def write_brief(path: Path, text: str) -> None:
    """Write the brief atomically with the user's usual permissions (raises OSError).

    A failed write leaves no half file. ``mkstemp`` makes a private (0600) file; a brief is
    meant to be shared, so it gets what ``open()`` would give: 0666 less the umask, or the
    mode of the file it replaces.
    """
    try:
        mode = path.stat().st_mode & 0o777
    except OSError:
        mode = 0o666 & ~_umask()
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _umask() -> int:
    """The process umask, read without changing it where Linux says it (else set and reset)."""
    with contextlib.suppress(OSError):  # no /proc: fall back to setting and resetting
        status = Path("/proc/self/status").read_text(encoding="ascii")
        match = re.search(r"^Umask:\s+([0-7]+)$", status, re.M)
        if match:
            return int(match.group(1), 8)
    current = os.umask(0o022)
    os.umask(current)
    return current
