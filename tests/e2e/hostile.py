"""An article written by an attacker who knows terminals (issue 5), as a folder on disk.

Each sequence would do something visible if it reached the terminal raw, so a test can tell:
OSC 0 renames the window (``#{pane_title}``), CSI 2J blanks the screen, OSC 52 writes the
clipboard (a tmux paste buffer with ``set-clipboard on``), OSC 8 hides a link behind text, and
Textual markup would turn a word into a quit button.
"""

from __future__ import annotations

from pathlib import Path

ESC = "\x1b"
BEL = "\x07"

TITLE_ATTACK = f"{ESC}]0;PWNED{BEL}"
CLEAR_ATTACK = f"{ESC}[2J"
CLIPBOARD_ATTACK = f"{ESC}]52;c;UFdORUQ={BEL}"  # base64 of "PWNED"
LINK_ATTACK = f"{ESC}]8;;https://evil.example/{BEL}innocent link{ESC}]8;;{BEL}"
MARKUP_ATTACK = "[@click=app.quit]press here[/] and [bold red]shouting[/]"

#: Words the tests search for and look for on screen.
TITLE_WORDS = "Hostile dispatch"
BODY_WORD = "zanzibarite"

ARTICLE = f"""\
{TITLE_WORDS} {TITLE_ATTACK}about terminals

The {BODY_WORD} report begins here.{CLEAR_ATTACK} Screen still intact.

Clipboard {CLIPBOARD_ATTACK}untouched, and an {LINK_ATTACK} stays plain.

Literal markup: {MARKUP_ATTACK} must show as typed.
"""


def write_hostile_folder(root: Path) -> Path:
    """A briefing folder holding the hostile article; returns the folder."""
    folder = root / "hostile-briefing"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "hostile.txt").write_text(ARTICLE, encoding="utf-8")
    return folder
