"""Analysis across the sources of a briefing: the timeline and where the sources disagree.

Pure functions of ``Article`` tuples: no I/O, no Textual, so the CLI, the app and the
exported brief all share them and tests run them on articles they build in memory.
"""

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
