"""Analysis across the sources of a briefing: the timeline and where the sources disagree.

Pure functions of ``Article`` tuples: no I/O, no Textual, so the CLI, the app and the
exported brief all share them and tests run them on articles they build in memory.

The names below are imported on first use (PEP 562), not with the package: reading articles
asks two small tables of this package (``locales``' month names, ``relative_days``), and an
eager ``find_discrepancies`` imported the whole analysis and the topics with them, ~0.7 s of
CPU in every process that reads articles (issue 15).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from briefing.analysis.discrepancies import find_discrepancies
    from briefing.analysis.model import Claim, Discrepancy, Quote
    from briefing.analysis.timeline import TimelineEntry, extract_timeline

__all__ = [
    "Claim",
    "Discrepancy",
    "Quote",
    "TimelineEntry",
    "extract_timeline",
    "find_discrepancies",
]


def __getattr__(name: str) -> Any:
    if name == "find_discrepancies":
        from briefing.analysis.discrepancies import find_discrepancies

        return find_discrepancies
    if name in ("Claim", "Discrepancy", "Quote"):
        from briefing.analysis import model

        return getattr(model, name)
    if name in ("TimelineEntry", "extract_timeline"):
        from briefing.analysis import timeline

        return getattr(timeline, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
