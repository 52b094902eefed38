"""Fixtures for the end-to-end tests: a private tmux server, a private sshd, the installed program.

Missing tools skip the tests on a developer's machine but fail them in CI
(``BRIEFING_E2E_REQUIRED=1``), so a broken CI image can never pass by skipping everything.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from support.terminal import Tmux

from e2e.flows import SeedFacts
from e2e.launch import Launcher, clean_env, required
from e2e.sshd import PRIVSEP_DIR, PrivateSshd, missing_tools

#: What the flows search for: three seed articles mention it, the best one three times.
QUERY = "migration"


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
    if not PRIVSEP_DIR.exists() and os.geteuid() != 0:
        _unavailable(f"sshd needs {PRIVSEP_DIR}, which only root can create")
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


def _cli(exe: Path, env: dict[str, str], *args: str) -> str:
    done = subprocess.run(
        [str(exe), *args], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, f"briefing {' '.join(args)} failed: {done.stderr}"
    return done.stdout


@pytest.fixture(scope="session")
def seeds(briefing_exe: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[SeedFacts, Path]:
    """What the CLI says about the seeds, and a cache root it has filled (index and topics).

    Most launches start from a copy of this cache, like a user's second launch; one test
    starts cold on purpose. The CLI and the app share the cache, so this also checks that the
    app trusts what the CLI built.
    """
    root = tmp_path_factory.mktemp("warm")
    env = clean_env(root)
    _cli(briefing_exe, env, "index")
    _cli(briefing_exe, env, "topics")
    listed = json.loads(_cli(briefing_exe, env, "list", "--json"))
    found = json.loads(_cli(briefing_exe, env, "search", QUERY, "--json"))
    topics = json.loads(_cli(briefing_exe, env, "topics", "--json"))["topics"]
    topic = _distinct_partial_topic(topics, len(listed["articles"]))
    facts = SeedFacts(
        outlets=tuple(a["source"] for a in listed["articles"] if a["source"]),
        query=QUERY,
        total=found["total"],
        top_matches=found["hits"][0]["matches"],
        second_matches=found["hits"][1]["matches"],
        topic=topic["name"],
        topic_articles=len(topic["articles"]),
        topic_outlets=tuple(
            a["source"] for a in listed["articles"] if a["source"] and a["id"] in topic["articles"]
        ),
    )
    assert len(listed["articles"]) == 5, listed
    assert facts.top_matches >= 2, "the n/N check needs a top hit with several matches"
    return facts, root / "cache"


def _distinct_partial_topic(topics: list[dict[str, Any]], articles: int) -> dict[str, Any]:
    """The best-ranked topic in more than one article but not all, whose name filters the
    topics list down to itself alone (no other topic's name or alias contains it)."""
    for topic in topics:
        if not 1 < len(topic["articles"]) < articles:
            continue
        needle = topic["name"].casefold()
        others = [
            name.casefold()
            for other in topics
            if other["id"] != topic["id"]
            for name in (other["name"], *other["aliases"])
        ]
        if not any(needle in name for name in others):
            return topic
    raise AssertionError(f"no topic of the seeds narrows the list: {topics}")


@pytest.fixture
def seed_facts(seeds: tuple[SeedFacts, Path]) -> SeedFacts:
    """Outlets, and the expected search totals for the query the flows type."""
    return seeds[0]


@pytest.fixture
def warm_launcher(
    tmux_server: Tmux, tmp_path: Path, seeds: tuple[SeedFacts, Path]
) -> Iterator[Launcher]:
    """A launcher whose cache starts as a copy of the warmed seed cache."""
    launcher = Launcher(tmux_server, tmp_path, cache_from=seeds[1])
    try:
        yield launcher
    finally:
        launcher.close()
