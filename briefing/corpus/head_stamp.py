"""A headline's time stamp run onto its end, without a label.

A saved page may join the headline and the line under it that dates the story:
``Storm closes Velmora harbour 04.03.2031 17:41``,
``例示市で大雨=港が閉鎖 2031年03月04日 17時41分``.
The stamp is a full date (day, month and year, in any form the shared date reader takes)
followed at once by a clock time, ending the line after a space. It is furniture, never part
of the title, and as a line of its own it dates the story like any date line above it.

A headline with a date of its own keeps it: one without a year ("… on 4 March"), a date with
no time after it ("Storm of 4 March 2031"), or a date followed by more words is the
headline's; a line shorter than ``MIN_HEAD`` characters before the stamp is no headline, and
one ending in a colon is a label's word.
(A labelled stamp, "… Stand: 01.11.2031 07:33", is :func:`.labels.trailing_label`'s.)
"""

from __future__ import annotations

import re

from briefing.corpus.stated import read_date

__all__ = ["MIN_HEAD", "head_stamp"]

#: Characters of headline a stamp must follow (a Japanese headline has no spaces to count).
MIN_HEAD = 10
#: A clock time ending the text: ``17:41``, ``17.41``, ``17h41``, ``17時41分``.
_CLOCK_AT_END = re.compile(r"\s*(?:[0-2]?\d(?:[:.h][0-5]\d|時[0-5]\d分))\s*$")
#: Where a date may start: after a space.
_AFTER_SPACE = re.compile(r"(?<=\s)\S")


def head_stamp(text: str) -> int | None:
    """Where a stamp of a full date and a clock time ending ``text`` starts, or None."""
    clock = _CLOCK_AT_END.search(text)
    if clock is None or clock.start() == 0:
        return None
    head = text[: clock.start()]
    for match in _AFTER_SPACE.finditer(head, max(0, len(head) - 40)):
        start = match.start()
        stated = read_date(head, start)
        if stated is None or stated.end != len(head):
            continue
        if stated.year is None or stated.day is None:
            return None
        head_text = text[:start].strip()
        if len(head_text) < MIN_HEAD or head_text[-1] in ":：":
            return None  # too short for a headline, or a label's word ("Published: …")
        return start
    return None
