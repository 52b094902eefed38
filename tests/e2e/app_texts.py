"""The visible texts that prove each state of the app, in one place.

The e2e tests read the screen like a user does. These strings come from ``briefing/tui`` (the
app's owner keeps them stable); when the app's wording changes, only this file changes.
"""

from __future__ import annotations

import re

#: The five bundled seed articles are listed (source pane title "Sources 5/5 · by date").
SEEDS_LISTED = re.compile(r"Sources 5/5")
#: Topics are loaded: the Topics pane's subtitle counts "shown/all" (all shown, no filter).
#: The app shows it only once opening, the index sync and topic analysis are all done.
TOPICS_COUNT = re.compile(r"[─━] (\d+)/\1 [─━][╯┛]")
#: In the sources or topics list, this key focuses the list's filter box.
LIST_FILTER_KEY = "f"
#: The Topics pane filtered down to a single topic ("1/64").
TOPICS_FILTERED_TO_ONE = re.compile(r"[─━] 1/\d+ [─━][╯┛]")
#: Source pane title while a topic narrows the list.
SOURCES_LISTED = "Sources {shown}/5"
#: Status lines shown while the briefing is opening (gone once it is ready).
BUSY = ("Opening…", "Checking the index…", "Finding topics…")
#: The reader's hit counter after opening a search hit or stepping with n/N: this article's
#: hits, then the place among every hit of the results ("search hit 2/16 · 2 of 42 in 5
#: articles").
HIT_COUNTER = re.compile(r"search hit (\d+)/(\d+)")
PACKET_HIT = re.compile(r"search hit (\d+)/(\d+) · (\d+) of (\d+) in (\d+) articles?")
#: The timeline is in front (its title line), and a statement opened from it in the reader.
TIMELINE_SHOWN = "Timeline  "
PASSAGE_COUNTER = "passage 1/1"
#: On the main screen after a jump from a sub-screen, q goes back there (the footer says so).
FOOTER_BACK = "q back"


def articles_found(total: int) -> re.Pattern[str]:
    """The search pane's status line, "│ 3 articles · …" (not the "Indexed 3 articles" note)."""
    return re.compile(rf"[│┃] {total} articles? ·")


#: Footer entries: shown only when the action is possible (check_action).
FOOTER_QUIT = "q quit"
FOOTER_XREF = "x x-ref"
FOOTER_CLEAR_TOPIC = "c all topics"
#: The chosen topic's marker in the Topics pane.
#: (On a narrow pane the counts wrap to the next line, so they are optional here.)
CHOSEN_TOPIC = re.compile(r"▶ ([^│┃]+?)(?:  \d+·\d+)?\s*[│┃]")
#: The help screen is open (its title says how to close it).
HELP_SHOWN = "Help — "
#: The key that closes the help screen without Escape ("q or ? closes, Q quits").
HELP_CLOSE_KEY = "?"
#: A briefing that cannot be opened: one line naming the problem, and how to leave.
#: (The status line wraps on a narrow screen, so any whitespace may be a line break.)
OPEN_FAILED = re.compile(r"Could not open: (.+?)\s+—\s+press\s+q\s+to\s+quit\.", re.DOTALL)
#: Shown instead of the layout below the minimum size.
TOO_SMALL = "Terminal too small"
#: The focused pane's border title is bold and reversed (``border-title-style`` on
#: :focus-within), its border heavy: it shows without colour (issue 13);
#: matched in ``capture-pane -e`` output, where tmux re-emits the attributes.
FOCUSED_TITLE = re.compile(
    r"\x1b\[(?:[0-9;]*;)?1(?:;[0-9;]*)?m(?:\x1b\[[0-9;]*m)* (Sources|Reader|Topics|Search)\b"
)
#: Pane titles (borders) of the full layout; the focused pane's border is heavy (┏━).
PANES = ("Sources", "Reader", "Topics", "Search")


def pane_shown(title: str, screen: str) -> bool:
    """Whether the pane titled ``title`` ("Sources") is drawn, focused or not."""
    return f"─ {title}" in screen or f"━ {title}" in screen


#: The packet line once the disagreements are counted ("· 3 disagreements (D)").
DISAGREEMENTS_COUNTED = re.compile(r"(\d+) disagreements? \(D\)")
