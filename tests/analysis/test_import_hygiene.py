"""The analysis, notes and export modules are domain code: importing them never loads Textual."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize(
    "module", ["briefing.analysis", "briefing.notes", "briefing.export", "briefing.cli.analysis"]
)
def test_no_textual(module: str) -> None:
    code = f"import sys, {module}\nprint(sorted(m for m in sys.modules if m.startswith('textual')))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
