"""One-off: resident memory after the analyses, with this checkout's place-data loader.

Run it once with ``PYTHONPATH`` pointing at another checkout to compare (same machine, same
run): ``python benchmarks/place_data_rss.py [FOLDER]`` (default: the bundled seeds).
"""

from __future__ import annotations

import gc
import os
import resource
import sys
import tempfile
from pathlib import Path

import briefing
from briefing.briefing import Briefing


def _rss_mb() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS"):
                return int(line.split()[1]) // 1024
    return 0


def main(argv: list[str]) -> int:
    with tempfile.TemporaryDirectory() as cache:
        os.environ["BRIEFING_CACHE_DIR"] = cache
        with Briefing.open([Path(argv[0])] if argv else None, sync=False) as opened:
            before = _rss_mb()
            opened.topics()
            opened.timeline()
            opened.discrepancies()
            gc.collect()
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
            print(
                f"{Path(briefing.__file__).parent}: RSS after open {before} MB, after topics, "
                f"timeline and discrepancies {_rss_mb()} MB, peak {peak} MB"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
