"""The installed CLI on a real pty and in a pipe: what bytes actually reach the terminal.

A pty of our own shows every byte the program wrote (tmux would re-render them), so these tests
can say exactly "no escape sequence from the article" and "nothing was drawn".
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from support.terminal import run_on_pty

from e2e import hostile
from e2e.launch import clean_env

pytestmark = pytest.mark.e2e

#: Select Graphic Rendition (colours, bold): the only escape sequence a styled line may carry.
SGR = re.compile(rb"\x1b\[[0-9;]*m")


def test_dumb_terminal_gets_a_message_and_no_drawing(briefing_exe: Path, tmp_path: Path) -> None:
    status, output = run_on_pty([str(briefing_exe)], clean_env(tmp_path, term="dumb"))
    text = output.decode("utf-8", errors="replace")

    assert status != 0
    assert b"\x1b" not in output, f"something was drawn on a dumb terminal: {output!r}"
    assert "TERM=dumb" in text
    # It points at the non-interactive commands instead.
    assert "briefing list" in text
    assert "briefing search" in text
    assert "Traceback" not in text


def _hostile_id(briefing_exe: Path, folder: Path, env: dict[str, str]) -> str:
    listed = subprocess.run(
        [str(briefing_exe), "list", "--json", str(folder)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert listed.returncode == 0, listed.stderr
    # The id is the file's path inside the folder, without its extension.
    assert '"hostile"' in listed.stdout, listed.stdout
    return "hostile"


def test_show_piped_emits_no_escape_from_the_article(briefing_exe: Path, tmp_path: Path) -> None:
    folder = hostile.write_hostile_folder(tmp_path)
    env = clean_env(tmp_path)
    article_id = _hostile_id(briefing_exe, folder, env)

    shown = subprocess.run(
        [str(briefing_exe), "show", article_id, str(folder)],
        env=env,
        capture_output=True,
        timeout=60,
    )

    assert shown.returncode == 0, shown.stderr
    assert b"\x1b" not in shown.stdout
    assert b"\x07" not in shown.stdout
    text = shown.stdout.decode("utf-8")
    assert hostile.BODY_WORD in text
    assert hostile.MARKUP_ATTACK in text, "markup must print literally, as typed"


def test_show_on_a_tty_styles_but_never_passes_article_escapes(
    briefing_exe: Path, tmp_path: Path
) -> None:
    folder = hostile.write_hostile_folder(tmp_path)
    env = clean_env(tmp_path)
    article_id = _hostile_id(briefing_exe, folder, env)

    status, output = run_on_pty([str(briefing_exe), "show", article_id, str(folder)], env)

    assert status == 0, output
    leftover = SGR.sub(b"", output)
    assert b"\x1b" not in leftover, f"a non-style escape reached the terminal: {leftover!r}"
    assert b"\x07" not in leftover
    plain = leftover.decode("utf-8")
    assert hostile.BODY_WORD in plain
    assert "[@click=app.quit]" in plain
