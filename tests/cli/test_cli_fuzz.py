"""Arbitrary strings thrown at the command line: an answer or one clear line, never a traceback.

Runs ``briefing.cli.main`` in-process (hypothesis needs hundreds of calls); the subprocess
tests in test_cli.py cover the installed script itself.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.cli import main

# The fixtures only set environment variables, which are the same for every example.
FIXTURES_OK = [HealthCheck.function_scoped_fixture]


@pytest.fixture(scope="module")
def dirs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@pytest.fixture(autouse=True)
def private_dirs(dirs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("CACHE", "STATE", "DATA", "CONFIG"):
        monkeypatch.setenv(f"BRIEFING_{name}_DIR", str(dirs / name.lower()))


queries = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=60
).filter(lambda q: not q.startswith("-"))


@settings(max_examples=60, deadline=None, suppress_health_check=FIXTURES_OK)
@given(query=queries)
def test_any_query_gets_json_or_a_clear_message(query: str, capsys: pytest.CaptureFixture) -> None:
    status = main(["search", query, "--json"])
    out, err = capsys.readouterr()
    assert status in (0, 1, 2), status
    assert "Traceback" not in err
    if status == 2 and not out:
        assert err.startswith("briefing: error:") and err.count("\n") == 1
    else:
        document = json.loads(out)
        assert document["query"] == query
        assert document["total"] >= len(document["hits"])
        assert (document["error"] is not None) == (status == 2)


@settings(max_examples=40, deadline=None, suppress_health_check=FIXTURES_OK)
@given(argv=st.lists(st.text(max_size=12), min_size=1, max_size=4))
def test_any_arguments_to_a_command_never_traceback(argv: list[str], capsys) -> None:
    for command in ("list", "show"):
        try:
            status = main([command, *argv])
        except SystemExit as stop:  # argparse's usage errors
            status = stop.code if isinstance(stop.code, int) else 2
        _, err = capsys.readouterr()
        assert status in (0, 1, 2)
        assert "Traceback" not in err
