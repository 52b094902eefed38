"""A wire's name alone on the line right above the page's date stamp: the story's byline.

Some pages set the agency whose story they carry as a byline over the stamp, with no
headline above it: ``REUTERS`` then ``May 3, 2031 at 18:15 JST``, then the story. A wire's
name alone on a line is more often a picture's credit (under a photo, over its caption or the
prose), which names no outlet, so only this place counts: the name (a spelling of
:data:`briefing.corpus.wires.WIRES`) among the first lines, and under it a line that is
wholly a date with a clock time, the stamp a byline stands over. Over the 47 dev packets five
wire names stand alone near the top; the one over a stamp is its story's outlet, the four
others (over a caption or prose) are pictures' credits.
"""

from __future__ import annotations

import re

from briefing.corpus import furniture as fx
from briefing.corpus.wires import WIRES

__all__ = ["wire_over_stamp"]

#: The lines looked at: the byline opens the page.
_REACH = 3
#: A clock time in the stamp (``18:15``, ``18h15``, ``6.15 pm`` is not needed: a colon or h).
_CLOCK = re.compile(r"(?<!\d)[0-2]?\d(?::|h)[0-5]\d(?!\d)")


def wire_over_stamp(paragraphs: list[str]) -> str | None:
    """The wire named alone on a line right above a date stamp with a clock, else None."""
    for index, text in enumerate(paragraphs[:_REACH]):
        name = text.strip().strip(".").upper()
        if name not in WIRES or index + 1 >= len(paragraphs):
            continue
        stamp = paragraphs[index + 1]
        if fx.is_date_line(stamp) and _CLOCK.search(stamp):
            return WIRES[name]
    return None
