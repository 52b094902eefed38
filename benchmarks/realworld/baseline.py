"""A past commit's ``briefing`` package unpacked from git history, so a section can run the
code as it was beside the code as it is, in the same session (its "before" column)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

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


def baseline_root(variable: str, commit: str, prefix: str) -> Path | None:
    """The "before" code: the folder ``variable`` names in the environment, else ``commit``
    unpacked into a fresh temporary folder (None without git history)."""
    if variable in os.environ:
        return Path(os.environ[variable])
    return unpack(commit, Path(tempfile.mkdtemp(prefix=prefix)))


def run_probe(probe: Path, root: Path, folders: list[str]) -> Any:
    """What ``probe`` prints as JSON for ``folders``, run on the ``briefing`` in ``root``
    (first on PYTHONPATH, from a neutral working folder so the checkout's own code is not
    picked up instead)."""
    env = {**os.environ, "PYTHONPATH": str(root)}
    done = subprocess.run(
        [sys.executable, str(probe), *folders], capture_output=True, text=True, env=env,
        check=True, cwd=tempfile.gettempdir(),
    )  # fmt: skip
    return json.loads(done.stdout)
