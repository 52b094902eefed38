"""Ids and names with control characters stay on one line, escaped; long titles are capped."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from briefing import display, paths
from briefing.cli import main

pytestmark = pytest.mark.usefixtures("private_dirs")

#: A file name with a newline, an escape sequence and a right-to-left override in it. Discovery
#: already drops the escape sequence and the override from the id; the newline stays in it.
HOSTILE_STEM = "report\nfake-line\x1b[31m\u202eevil"
HOSTILE_ID = "report\nfake-lineevil"
ESCAPED_ID = "report\\nfake-lineevil"


@pytest.fixture
def hostile_packet(tmp_path: Path) -> Path:
    folder = tmp_path / "packet"
    shutil.copytree(paths.bundled_seeds(), folder)
    (folder / f"{HOSTILE_STEM}.txt").write_text(
        "Quarterly note\n\nThe harbour authority in Dushanbe met on Monday.\n", "utf-8"
    )
    # A one-word "title" of 300,000 characters.
    (folder / "long.txt").write_text("W" * 300_000 + "\n\nDushanbe body text here.\n", "utf-8")
    return folder


def test_escape_makes_every_control_visible_on_one_line() -> None:
    assert display.escape(HOSTILE_STEM) == "report\\nfake-line\\x1b[31m\\u202eevil"
    assert display.escape("plain id/with spaces") == "plain id/with spaces"
    assert display.escape("tab\there\x00\x7f\u200b") == "tab\\there\\x00\\x7f\\u200b"
    # A backslash that would read as an escape is doubled, so the two cannot be confused.
    assert display.escape("a\\nb\n") == "a\\\\nb\\n"


def test_titles_are_capped_with_an_ellipsis_and_names_escaped() -> None:
    long = display.title("W" * 10_000)
    assert len(long) == display.TITLE_LIMIT and long.endswith("…")
    assert display.title("Two\nlines   and  spaces") == "Two lines and spaces"
    assert display.title("   ") == "(untitled)" and display.title(None) == "(untitled)"
    assert display.name(None) == "—" and display.name("x\ny") == "x\\ny"
    assert len(display.name("n" * 5000)) == display.NAME_LIMIT


@pytest.mark.parametrize(
    "argv",
    [["list"], ["search", "-n", "20", "Dushanbe"], ["timeline"]],
    ids=["list", "search", "timeline"],
)
def test_plain_output_keeps_hostile_ids_on_one_line(
    hostile_packet: Path, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*argv, str(hostile_packet)]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines
    assert any(ESCAPED_ID in line for line in lines), out[:2000]
    assert not any(line.startswith("fake-line") for line in lines)
    assert "\x1b" not in out and "\u202e" not in out
    assert max(len(line) for line in lines) < 2000


def test_list_prints_one_line_per_article_with_capped_titles(
    hostile_packet: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["list", str(hostile_packet)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 7  # five seeds, the hostile name, the long title
    long_row = next(line for line in lines if line.startswith("long "))
    assert "W…" in long_row and len(long_row) < display.TITLE_LIMIT + 60


def test_show_header_is_escaped_and_capped(
    hostile_packet: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["show", HOSTILE_ID, str(hostile_packet)]) == 0
    header = capsys.readouterr().out.splitlines()[:2]
    assert header[1].startswith(ESCAPED_ID + " · ")
    assert main(["show", "long", str(hostile_packet)]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert "W…" in first and len(first) <= display.TITLE_LIMIT + 20
