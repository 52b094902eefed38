"""Fixtures for the end-to-end tests: a private tmux server, a private sshd, the installed program.

Missing tools skip the tests on a developer's machine but fail them in CI
(``BRIEFING_E2E_REQUIRED=1``), so a broken CI image can never pass by skipping everything.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from e2e.launch import Launcher, required
from e2e.sshd import PrivateSshd, missing_tools
from support.terminal import Tmux


def _unavailable(reason: str) -> None:
    if required():
        pytest.fail(f"{reason} (BRIEFING_E2E_REQUIRED=1, so this is a failure)", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def tmux_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Tmux]:
    """One private tmux server for the whole test session."""
    if shutil.which("tmux") is None:
        _unavailable("tmux is not installed (apt-get install tmux)")
    server = Tmux(tmp_path_factory.mktemp("tmux"))
    try:
        yield server
    finally:
        server.close()


@pytest.fixture(scope="session")
def sshd(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PrivateSshd]:
    """One private sshd on 127.0.0.1 for the whole test session."""
    missing = missing_tools()
    if missing:
        _unavailable(
            f"sshd is not available: missing {', '.join(missing)} "
            "(apt-get install openssh-server openssh-client)"
        )
    server = PrivateSshd(tmp_path_factory.mktemp("sshd"))
    try:
        server.start()
        yield server
    finally:
        server.stop()


@pytest.fixture
def launcher(tmux_server: Tmux, tmp_path: Path) -> Iterator[Launcher]:
    """Launch programs in panes with this test's own HOME and BRIEFING_* dirs."""
    launcher = Launcher(tmux_server, tmp_path)
    try:
        yield launcher
    finally:
        launcher.close()


@pytest.fixture(scope="session")
def briefing_exe() -> Path:
    """The installed ``briefing`` console script (what ``pip install .`` put beside python)."""
    exe = Path(sys.executable).parent / "briefing"
    if not exe.exists():
        _unavailable(f"the briefing console script is not installed at {exe} (pip install .)")
    return exe
