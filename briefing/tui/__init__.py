"""The terminal reader (Textual). Importing this package is cheap: Textual loads in ``run()``.

The colour system is chosen through Textual's documented ``TEXTUAL_COLOR_SYSTEM`` variable,
which Textual reads once at import — so it is set here, before the import, from ``colors``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from briefing import errorlog

#: Seconds a thread may hold the GIL while another waits for it, in the app (see ``run``).
UI_SWITCH_INTERVAL = 0.001

#: CLI names → Rich/Textual colour systems.
COLOR_SYSTEMS = {"16": "standard", "256": "256", "truecolor": "truecolor"}


def run(
    paths: Sequence[Path],
    *,
    colors: str = "auto",
    mouse: bool = True,
    animations: bool = True,
) -> int:
    """Run the app until the user quits; returns the process exit code (0 on a normal quit)."""
    if colors in COLOR_SYSTEMS:
        os.environ["TEXTUAL_COLOR_SYSTEM"] = COLOR_SYSTEMS[colors]
    if not animations:
        os.environ["TEXTUAL_ANIMATIONS"] = "none"
    from briefing.tui.app import BriefingApp

    # Searches, topics and the index run in thread workers, in Python, holding the GIL. A
    # key's handling gives the GIL up at every write and select and then waits up to the
    # switch interval to get it back: at the default 5 ms a 2 ms key took 31 ms (p50) beside
    # a busy worker, at 1 ms 11 ms (benchmarks/PROFILE.md). The workers barely notice.
    sys.setswitchinterval(UI_SWITCH_INTERVAL)

    app = BriefingApp(paths, colors=colors, animations=animations)
    try:
        result = app.run(mouse=mouse)
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # last resort: one line, never a traceback
        errorlog.record(error, "the reader app")
        print(f"briefing: the reader stopped unexpectedly: {error}", file=sys.stderr)
        return 2
    if app.return_code not in (None, 0):
        return int(app.return_code)
    return int(result or 0)
