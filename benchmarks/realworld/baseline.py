"""A past commit's ``briefing`` package unpacked from git history, so a section can run the
code as it was beside the code as it is, in the same session (its "before" column)."""

from __future__ import annotations

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent


def unpack(commit: str, dest: Path) -> Path | None:
    """``briefing`` at ``commit`` unpacked into ``dest`` (created if missing; put it first on
    PYTHONPATH), or None without git history (a source tarball, a shallow clone)."""
    dest.mkdir(parents=True, exist_ok=True)
    try:
        archive = subprocess.run(
            ["git", "archive", commit, "briefing"], cwd=ROOT, capture_output=True, check=True
        ).stdout
        subprocess.run(["tar", "x", "-C", str(dest)], input=archive, check=True)
    except (OSError, subprocess.CalledProcessError):
        return None
    return dest
