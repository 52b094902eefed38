"""`pip install .` (not only -e) must work: seeds and styles ship inside the wheel."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (built,) = out.glob("briefing-*.whl")
    return built


def test_wheel_carries_seeds_and_styles(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    seeds = sorted(Path(n).name for n in names if n.startswith("briefing/seeds/"))
    assert seeds == sorted(p.name for p in (ROOT / "seeds").iterdir())
    assert any(n.startswith("briefing/styles/") and n.endswith(".tcss") for n in names)
    assert any(n.endswith("entry_points.txt") for n in names)


def test_installed_wheel_opens_the_seeds_from_another_directory(wheel: Path, tmp_path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "-t", str(target), str(wheel)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = dict(os.environ, PYTHONPATH=str(target), BRIEFING_CACHE_DIR=str(tmp_path / "cache"))
    done = subprocess.run(
        [sys.executable, "-m", "briefing", "list", "--json"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    articles = json.loads(done.stdout)["articles"]
    assert len(articles) == 5
    assert all(a["path"].startswith(str(target)) for a in articles)
