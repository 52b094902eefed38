"""briefing — read, search and cross-reference a packet of articles in the terminal.

The domain (``briefing.corpus``, ``briefing.search``, ``briefing.topics`` and the
``Briefing`` façade) never imports Textual; only ``briefing.tui`` does.
"""

__version__ = "0.1.0"
