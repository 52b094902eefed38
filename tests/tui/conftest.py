"""Fixtures for the app tests: private cache/state/data/config dirs and a copy of the seeds.

Every test runs the real ``Briefing`` (real files, a real Whoosh index in ``tmp_path``).
Helpers shared by the test modules live in ``tui/apptools.py``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from briefing import paths


@pytest.fixture(autouse=True)
def private_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point every briefing root into tmp_path (so nothing touches the user's real folders)."""
    root = tmp_path / "home"
    for name in ("CACHE", "STATE", "DATA", "CONFIG"):
        monkeypatch.setenv(f"BRIEFING_{name}_DIR", str(root / name.lower()))
    return root


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    """A private copy of the bundled seeds (tests may make it read-only or add files)."""
    target = tmp_path / "seeds"
    shutil.copytree(paths.bundled_seeds(), target)
    return target
