"""Fixtures shared by the façade-level tests (tests/test_*.py).

Not autouse: the folders below tests/ keep their own variants (the TUI's, the CLI fuzzing's
module-wide ones), and hypothesis refuses function-scoped fixtures it was not asked for.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from briefing import paths


@pytest.fixture
def private_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the cache, state, data and config roots into this test's tmp_path."""
    for name in ("CACHE", "STATE", "DATA", "CONFIG"):
        monkeypatch.setenv(f"BRIEFING_{name}_DIR", str(tmp_path / name.lower()))
    return tmp_path


@pytest.fixture
def packet(tmp_path: Path) -> Path:
    """A writable copy of the seed briefing."""
    folder = tmp_path / "packet"
    shutil.copytree(paths.bundled_seeds(), folder)
    return folder
