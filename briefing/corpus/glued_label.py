"""A stamp whose label word runs into its date: ``Sent2031-03-14 01:19``, ``송고시간2031-03-14``.

A page sets a stamp's label and its date in two elements (``<span>Sent</span><span>2031-…``);
saved as text, with no space between the elements, the word and the digits run together. A
label the lists of :mod:`.labels` know is read whatever follows it, but a word they lack
(``송고시간``, "time sent", or any house's own) hides the date from every reader that wants a
date to start at a word's edge, so the page's own stamp dated nothing and was read as a line
of the story.

Only a year-first full date with two-digit month and day and one separator throughout
(``2031-03-14``, ``2031.03.14``, ``2031/03/14``) counts after the glued word: that is a date
whatever runs into it, where a glued ``3.14``, ``14 March`` or a version ``2031.1.2`` may be
part of a word or a figure. The caller
(:func:`.labels.read_label`) takes the line only when nothing but the date's time follows, so
a headline or a sentence that holds such a token (``Report2031-03-14 shows …``) is no stamp.
"""

from __future__ import annotations

import re

__all__ = ["glued_date_start"]

#: One word of letters (any script, at most 20), then the year-first date with no space.
_GLUED = re.compile(r"\s*[^\W\d_]{1,20}(?=(?:19|20)\d\d([-./])[01]\d\1[0-3]\d(?!\d))")


def glued_date_start(text: str) -> int | None:
    """Where the date of a word-and-date token opening ``text`` starts, or None."""
    match = _GLUED.match(text)
    return match.end() if match is not None else None
