"""The timeline, discrepancies, export and bookmarks commands, run on real files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefing import paths
from briefing.cli import main

ARTICLE_A = """Putin arrives in Dushanbe

Putin arrived in Dushanbe on October 8, 2025 for talks with Emomali Rahmon.
"""
ARTICLE_B = """Talks in Tajikistan

Putin arrived in Dushanbe on October 6, 2025, officials said, and met Emomali Rakhmon.
"""


@pytest.fixture(autouse=True)
def private_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("CACHE", "STATE", "DATA", "CONFIG"):
        monkeypatch.setenv(f"BRIEFING_{name}_DIR", str(tmp_path / name.lower()))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "briefing"
    root.mkdir()
    (root / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (root / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    return root


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict]:
    status = main([*args, "--json"])
    captured = capsys.readouterr()
    return status, json.loads(captured.out)


def test_timeline_json_on_the_seeds(capsys: pytest.CaptureFixture[str]) -> None:
    status, document = run_json(capsys, "timeline")
    assert status == 0
    days = {d["date"]: {s["article_id"][:3] for s in d["sources"]} for d in document["days"]}
    # Only the dated articles (Anadolu 001, AP 003) place days in a year; the undated ones
    # (002, 004) keep their "October 8" as month and day, never a borrowed year.
    assert set().union(*(days[d] for d in ("2025-10-08", "2025-10-09", "2025-10-10"))) == {
        "001",
        "003",
    }
    partial = {(e["article_id"][:3], e["month"], e["day"]) for e in document["unresolved"]}
    assert {("002", 10, 6), ("004", 10, 8), ("004", 10, 10)} <= partial
    statement = document["days"][0]["sources"][0]["statements"][0]
    assert {"date", "phrase", "sentence", "paragraph", "resolution", "how"} <= statement.keys()
    assert all(not e["resolved"] for e in document["unresolved"])


def test_discrepancies_json_on_a_folder(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    status, document = run_json(capsys, "discrepancies", str(folder))
    assert status == 0
    kinds = [d["kind"] for d in document["discrepancies"]]
    assert kinds == ["date", "spelling"]
    date = document["discrepancies"][0]
    assert [v["value"] for v in date["values"]] == ["6 October 2025", "8 October 2025"]
    assert date["values"][0]["article_ids"] == ["b"]
    assert date["values"][0]["quotes"][0]["text"].startswith(
        "Putin arrived in Dushanbe on October 6"
    )


def test_timeline_lists_day_and_month_apart_from_what_has_no_day(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    root = tmp_path / "undated"
    root.mkdir()
    (root / "x.txt").write_text(
        "Ferry news\n\nThe fair runs from May 8 to 10 at the pier. "
        "The ferry sails on May 8 and 9. Today the harbour is calm.\n",
        encoding="utf-8",
    )
    assert main(["timeline", str(root)]) == 0
    out = capsys.readouterr().out
    day_month, not_dated = out.index("Day and month only"), out.index("Not dated")
    assert day_month < out.index("8–10 May") < not_dated
    assert out.count("The ferry sails on May 8 and 9.") == 2  # under 8 May and under 9 May
    assert out.index("Today the harbour is calm") > not_dated


def test_nothing_found_exits_1(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    root = tmp_path / "quiet"
    root.mkdir()
    (root / "x.txt").write_text("A title\n\nNothing dated happens here at all.\n", encoding="utf-8")
    assert main(["discrepancies", str(root)]) == 1
    assert main(["timeline", str(root)]) == 1
    assert "no dated statements" in capsys.readouterr().out


def test_export_to_a_file_and_never_into_the_briefing_by_default(
    capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path
) -> None:
    before = sorted(p.name for p in folder.iterdir())
    target = tmp_path / "out" / "brief.md"
    target.parent.mkdir()
    assert main(["export", str(folder), "-o", str(target), "--title", "Dushanbe"]) == 0
    assert "wrote the brief" in capsys.readouterr().out
    brief = target.read_text(encoding="utf-8")
    assert brief.startswith("# Dushanbe\n")
    assert "## Where the sources disagree" in brief and "## Timeline" in brief
    assert sorted(p.name for p in folder.iterdir()) == before  # nothing written there
    assert target.stat().st_mode & 0o777 == 0o666 & ~_umask()  # shareable, not 0600
    # Default: stdout, titled by the story (never a generic "# Briefing").
    assert main(["export", str(folder)]) == 0
    title = capsys.readouterr().out.splitlines()[0]
    assert title.startswith("# ") and "Briefing" not in title
    assert "Rahmon" in title and "Dushanbe" in title


def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current


def test_export_errors_are_one_clear_line(
    capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path
) -> None:
    assert main(["export", str(folder), "-o", str(tmp_path / "missing" / "b.md")]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert main(["export", str(folder), "-o", str(folder / "a.txt")]) == 2
    assert "briefing's own files" in capsys.readouterr().err
    assert (folder / "a.txt").read_text(encoding="utf-8") == ARTICLE_A
    assert main(["export", str(folder), "--topic", "no such topic at all"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("briefing: error: no topic called") and "Traceback" not in err


def test_export_with_named_topics(capsys: pytest.CaptureFixture[str]) -> None:
    status, document = run_json(capsys, "export", "--topic", "rakhmon", "--topic", "Dushanbe")
    assert status == 0
    assert document["topics"] == ["Emomali Rahmon", "Dushanbe"]
    assert "### Emomali Rahmon" in document["markdown"]


def test_bookmarks_add_note_remove(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    assert main(["bookmarks", str(folder)]) == 1
    capsys.readouterr()
    status, document = run_json(
        capsys, "bookmarks", str(folder), "--add", "a:1:0:14", "--note", "check [date]"
    )
    assert status == 0
    (kept,) = document["bookmarks"]
    assert (kept["quote"], kept["note"]) == ("Putin arrived ", "check [date]")
    store = paths.data_root() / paths.briefing_key([folder]) / "bookmarks.json"
    assert store.is_file()
    assert not any(p.suffix == ".json" for p in folder.iterdir())
    status, document = run_json(
        capsys, "bookmarks", str(folder), "--set-note", kept["id"], "--note", ""
    )
    assert document["bookmarks"][0]["note"] == ""
    # The note shows up in the exported brief.
    main(["bookmarks", str(folder), "--set-note", kept["id"], "--note", "call the embassy"])
    capsys.readouterr()
    main(["export", str(folder)])
    assert "**Note:** call the embassy" in capsys.readouterr().out
    status, document = run_json(capsys, "bookmarks", str(folder), "--remove", kept["id"])
    assert document["bookmarks"] == []
    # A whole paragraph.
    status, document = run_json(capsys, "bookmarks", str(folder), "--add", "b:1")
    assert document["bookmarks"][0]["quote"] == ARTICLE_B.split("\n")[2]


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("a:1:0", "no article"),
        ("a", "ID:PARAGRAPH or"),
        ("zzz:0:0:1", "no article"),
        ("a:9:0:1", "paragraphs"),
        ("a:1:5:999", "outside"),
    ],
)
def test_bad_bookmark_requests_are_explained(
    capsys: pytest.CaptureFixture[str], folder: Path, spec: str, message: str
) -> None:
    assert main(["bookmarks", str(folder), "--add", spec]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def test_a_corrupt_bookmarks_file_is_reported_not_fatal(
    capsys: pytest.CaptureFixture[str], folder: Path
) -> None:
    store = paths.data_root() / paths.briefing_key([folder]) / "bookmarks.json"
    store.parent.mkdir(parents=True)
    store.write_text("{broken", encoding="utf-8")
    assert main(["bookmarks", str(folder)]) == 1
    out = capsys.readouterr().out
    assert "unreadable" in out and "kept as" in out
    assert len(list(store.parent.glob("bookmarks.corrupt-*.json"))) == 1


def test_piped_output_is_plain_and_safe(tmp_path: Path) -> None:
    root = tmp_path / "hostile"
    root.mkdir()
    (root / "x.txt").write_text(
        "Title\n\n\x1b]0;pwned\x07Putin arrived in [bold]Dushanbe[/bold] on October 8, 2025.\n",
        encoding="utf-8",
    )
    env = {**os.environ, "TERM": "xterm-256color"}
    done = subprocess.run(
        [sys.executable, "-m", "briefing", "timeline", str(root)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "\x1b" not in done.stdout and "\x07" not in done.stdout
    assert "[bold]Dushanbe[/bold]" in done.stdout  # literal, never parsed as markup
