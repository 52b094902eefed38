"""Export one checkout's brief for packets; print JSON (for ``brief.py``).

    PYTHONPATH=<checkout> python benchmarks/realworld/brief_probe.py FOLDER...

Run in a subprocess so the BEFORE code (an older commit unpacked from git) and the AFTER code
(this checkout) write their briefs in the same session on the same files. It opens each
packet as ``briefing export`` does (``Briefing.open``, in private cold cache dirs) and prints
the whole brief; ``brief.py`` reads the parts it scores from the Markdown a reader sees.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import tempfile
from pathlib import Path

#: A fixed "prepared on" day, so two runs of one checkout write the same brief.
TODAY = dt.date(2026, 1, 1)


def main(folders: list[str]) -> None:
    from briefing.briefing import Briefing
    from briefing.export import compose_brief

    result = {}
    for folder in folders:
        with tempfile.TemporaryDirectory(prefix="briefing-brief-probe-") as tmp:
            for name in ("CACHE", "STATE", "DATA", "CONFIG"):
                os.environ[f"BRIEFING_{name}_DIR"] = str(Path(tmp) / name.lower())
            with Briefing.open([Path(folder)], sync=True) as briefing:
                result[folder] = compose_brief(briefing, [], TODAY)
    json.dump(result, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1:])
