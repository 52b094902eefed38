"""The installed ``briefing`` command, run as a user would run it (a real process, real files)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from briefing import paths

BRIEFING = Path(sys.executable).parent / "briefing"
SEED_IDS = [
    "000_2bab433a94e7ad16",
    "001_6a129be56a234a41",
    "002_e81cd82c38aae81a",
    "003_5584dc1f58897884",
    "004_4ac3e4d5c5489f6e",
]


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFING_")}
    for name in ("CACHE", "STATE", "DATA", "CONFIG"):
        environment[f"BRIEFING_{name}_DIR"] = str(tmp_path / name.lower())
    environment["TERM"] = "xterm-256color"
    return environment


def run(env: dict[str, str], *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(BRIEFING), *args],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


def test_the_console_script_is_installed() -> None:
    assert BRIEFING.exists(), "pip install . must install the `briefing` command"


def test_list_json_on_the_seeds(env) -> None:
    done = run(env, "list", "--json")
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout)
    articles = document["articles"]
    assert [a["id"] for a in articles] == SEED_IDS
    for article in articles:
        assert {"id", "title", "source", "date", "provenance"} <= article.keys()
        assert article["title"]
        assert set(article["provenance"]) >= {"title", "source", "date"}
        if article["date"] is None:
            assert article["provenance"]["date"] == "unknown"
    assert document["skipped"] == []


def test_list_is_plain_when_piped(env) -> None:
    done = run(env, "list")
    assert done.returncode == 0
    assert "\x1b" not in done.stdout
    assert len([line for line in done.stdout.splitlines() if line.strip()]) == 5


def test_search_json_shape_and_exit_codes(env) -> None:
    done = run(env, "search", "migration", "--json")
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout)
    assert {"query", "total", "suggestion", "hits"} <= document.keys()
    assert document["total"] >= 1
    hit = document["hits"][0]
    assert {"id", "title", "score", "snippets"} <= hit.keys()
    assert all(isinstance(s, str) for s in hit["snippets"])
    assert any("igration" in s for s in hit["snippets"])

    nothing = run(env, "search", "zeppelinsxyz", "--json")
    assert nothing.returncode == 1
    assert json.loads(nothing.stdout)["total"] == 0


def test_search_suggests_a_correction(env) -> None:
    done = run(env, "search", "hydropowr", "--json")
    assert json.loads(done.stdout)["suggestion"] == "hydropower"


@pytest.mark.parametrize(
    ("query", "expect_any"),
    [
        ('"state visit"', True),
        ("Dushanbe AND NOT Trump", True),
        ("title:putin", True),
        ("rahmn~", True),
        ("meeting", True),
        ('"unclosed', None),
        ("((((", None),
        ("title:", None),
    ],
)
def test_search_syntax_never_tracebacks(env, query: str, expect_any: bool | None) -> None:
    done = run(env, "search", query, "--json")
    assert "Traceback" not in done.stderr
    assert done.returncode in (0, 1, 2)
    document = json.loads(done.stdout)
    if expect_any:
        assert document["total"] > 0, query


def test_show_prints_the_article_plainly(env) -> None:
    done = run(env, "show", "003_5584dc1f58897884")
    assert done.returncode == 0, done.stderr
    assert "MOSCOW (AP)" in done.stdout
    assert "\x1b" not in done.stdout


def test_show_unknown_id_is_one_line_with_a_hint(env) -> None:
    done = run(env, "show", "003_5584dc1f5889788")
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1
    assert "003_5584dc1f58897884" in done.stderr


def test_usage_errors_are_one_line_exit_2(env) -> None:
    done = run(env, "search")
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert "QUERY" in done.stderr


def test_missing_folder_is_a_clear_failure(env, tmp_path) -> None:
    done = run(env, "list", str(tmp_path / "nope"))
    assert done.returncode == 2
    assert done.stderr.startswith("briefing: error: No such file or folder")
    assert "Traceback" not in done.stderr


def test_index_twice_indexes_nothing_the_second_time(env, tmp_path) -> None:
    folder = tmp_path / "packet"
    shutil.copytree(paths.bundled_seeds(), folder)
    first = json.loads(run(env, "index", str(folder), "--json").stdout)
    assert first["indexed"] == 5
    second = json.loads(run(env, "index", str(folder), "--json").stdout)
    assert second["indexed"] == 0 and second["unchanged"] == 5
    rebuilt = json.loads(run(env, "index", "--rebuild", str(folder), "--json").stdout)
    assert rebuilt["rebuilt"] is True and rebuilt["indexed"] == 5


def test_a_command_name_wins_over_a_folder_of_that_name(env, tmp_path) -> None:
    folder = tmp_path / "list"
    folder.mkdir()
    (folder / "only.txt").write_text("Only article\n\nIt is about glaciers.\n", "utf-8")
    as_command = json.loads(run(env, "list", "--json", cwd=tmp_path).stdout)
    assert [a["id"] for a in as_command["articles"]] == SEED_IDS
    as_folder = json.loads(run(env, "list", "./list", "--json", cwd=tmp_path).stdout)
    assert [a["id"] for a in as_folder["articles"]] == ["only"]


def test_version_and_help(env) -> None:
    version = run(env, "--version")
    assert version.returncode == 0 and version.stdout.startswith("briefing ")
    helped = run(env, "--help")
    assert helped.returncode == 0 and "search QUERY" in helped.stdout


def test_dumb_terminal_points_at_the_commands(env) -> None:
    env["TERM"] = "dumb"
    done = run(env)
    assert done.returncode == 2
    assert "briefing list" in done.stderr and "TERM=dumb" in done.stderr


def test_escape_sequences_in_an_article_never_reach_the_output(env, tmp_path) -> None:
    folder = tmp_path / "hostile"
    folder.mkdir()
    (folder / "evil.txt").write_text(
        "Evil \x1b]0;PWNED\x07headline\n\nBody \x1b[2J with \x1b]52;c;aGVsbG8=\x07 and "
        "[bold red]markup[/] and [@click=app.quit]x[/].\n",
        "utf-8",
    )
    commands = [("show", "evil"), ("list",), ("search", "body")]
    for args in ((*c, str(folder)) for c in commands):
        done = run(env, *args)
        assert done.returncode == 0, (args, done.stderr)
        assert "\x1b" not in done.stdout and "\x07" not in done.stdout
    shown = run(env, "show", "evil", str(folder)).stdout
    assert "[bold red]markup[/]" in shown and "[@click=app.quit]x[/]" in shown


def test_a_month_only_date_is_listed_and_found_without_a_day(env, tmp_path: Path) -> None:
    folder = tmp_path / "packet"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "date 2024-12 Le pont de la ville rouvre ses portes après cinq ans de travaux.\n\n"
        "Le conseil municipal a approuvé le projet après un long débat sur les coûts.\n",
        encoding="utf-8",
    )
    listed = json.loads(run(env, "list", "--json", str(folder)).stdout)
    assert [a["date"] for a in listed["articles"]] == ["2024-12"]
    found = run(env, "search", "--json", "conseil", str(folder))
    assert found.returncode == 0, found.stderr
    assert [h["date"] for h in json.loads(found.stdout)["hits"]] == ["2024-12"]


def test_index_takes_a_number_of_jobs_and_refuses_nonsense(env, tmp_path) -> None:
    folder = tmp_path / "packet"
    shutil.copytree(paths.bundled_seeds(), folder)
    done = run(env, "index", "--rebuild", "--jobs", "2", str(folder), "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["indexed"] == 5
    for bad in ("0", "-1", "two"):
        refused = run(env, "index", "--jobs", bad, str(folder))
        assert refused.returncode == 2
        assert "must be a whole number from 1 to" in refused.stderr
        assert "Traceback" not in refused.stderr


def test_the_command_table_names_exactly_what_the_modules_register() -> None:
    """Telling a command from a PATH reads a static table (so the app never imports the
    command modules); it must agree with the parser the modules build."""
    import argparse

    from briefing import cli

    parser = cli._command_parser()
    registered = next(
        set(action.choices)
        for action in parser._actions
        if isinstance(action, argparse._SubParsersAction)
    )
    assert cli._command_names() == registered
    assert sorted(n for names in cli.COMMANDS.values() for n in names) == sorted(registered)


def test_opening_the_app_imports_no_command_module() -> None:
    """The reader starts without importing the brief, the topics or their word data."""
    probe = (
        "import sys; from briefing import cli; cli._command_names(); "
        "print(sorted(m for m in sys.modules if m in cli.COMMANDS or m.startswith("
        "('briefing.topics', 'briefing.export', 'wordfreq', 'simplemma'))))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_an_index_command_imports_no_brief() -> None:
    """`briefing index` registers the analysis commands without importing the brief and the
    topics (their ~0.9 s of imports once came before every index build); `export` and
    `timeline` import them when they run."""
    probe = (
        "import sys; from briefing import cli; cli._command_parser(); "
        "print(sorted(m for m in sys.modules if m == 'briefing.brief' or m.startswith("
        "('briefing.topics', 'briefing.export', 'briefing.brief_'))))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
    # A look-alike that must not pass: the export handler does import the brief.
    probe = "import sys; from briefing.cli import analysis; print('briefing.export' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
