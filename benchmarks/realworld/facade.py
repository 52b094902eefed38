"""Open a real packet the way the CLI does (``Briefing.open``), with private cache/state dirs.

Scorers must never touch the user's cache or the packet folder, and every run must start
from a cold cache so a stale index cannot hide a regression: each ``private_dirs()`` block
points the four ``BRIEFING_*_DIR`` roots into a fresh temporary folder and restores them after.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

_ROOTS = ("CACHE", "STATE", "DATA", "CONFIG")


@contextmanager
def private_dirs() -> Iterator[Path]:
    """Point the briefing roots into a temporary folder for the duration of the block."""
    saved = {name: os.environ.get(f"BRIEFING_{name}_DIR") for name in _ROOTS}
    with tempfile.TemporaryDirectory(prefix="briefing-realworld-") as tmp:
        for name in _ROOTS:
            os.environ[f"BRIEFING_{name}_DIR"] = str(Path(tmp) / name.lower())
        try:
            yield Path(tmp)
        finally:
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(f"BRIEFING_{name}_DIR", None)
                else:
                    os.environ[f"BRIEFING_{name}_DIR"] = value


def open_packet(folder: Path, *, sync: bool) -> Any:
    """``Briefing.open([folder])``, the same call ``briefing list`` / ``search`` make."""
    from briefing.briefing import Briefing

    return Briefing.open([folder], sync=sync)


def file_of(article: Any) -> str:
    """The manifest's key for a product article: its file name."""
    return Path(article.path).name


def missing_note(name: str, folder: Path) -> str:
    return (
        f"- `{name}`: no data at `{folder}` on this machine — rebuild it from the manifest "
        "(benchmarks/realworld/README.md).\n"
    )
