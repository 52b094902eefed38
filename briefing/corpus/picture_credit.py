"""A picture's credit lines: the agency and photographer under an image, never the outlet.

A saved page keeps what stood under a picture: a left-over image tag or its alt text, then the
picture's credits on lines of their own (``- AFP``, ``- © Jane ROE``). A wire named there
supplied the photo, not the story, so a line that would otherwise read as the wire signing the
story (``— AFP``, :func:`briefing.corpus.wire_cues.agency_signature`) is no outlet when it sits
in such a block: right under an image (other short credit lines may come between), or next to
a photographer's ``©`` line (a ``©`` and a name, no year: a copyright notice of the site,
``© 2031 Example News``, states a year or its rights).
"""

from __future__ import annotations

import re

from briefing.corpus.furniture import is_photo_credit
from briefing.corpus.wires import WIRES

#: A left-over image: an HTML tag, a data URI, an alt text attribute, a Markdown image.
_IMAGE = re.compile(r"<(?:image|img|figure|picture)\b|data:image/|\balt=[\"']|^!\[", re.I)
#: A photographer's credit: a "©" and a name, no year and no rights notice.
_PHOTOGRAPHER = re.compile(r"^[\s\-–—•]*(?:©|\(c\))\s*(?P<name>[^\d©]{2,60})$", re.I)
#: A credit line is short: an agency, a photographer, "Photo: …".
_SHORT = 60


def _photographer(text: str) -> bool:
    """``- © Jane ROE``: a photographer's credit line (not ``© 2031 Example News``)."""
    match = _PHOTOGRAPHER.match(text.strip())
    if match is None or "right" in text.lower():
        return False
    name = match.group("name").strip(" .-–—/")
    return bool(name) and name.upper() not in WIRES


def _credit_like(text: str) -> bool:
    """A short line that may stand in a picture's block of credits."""
    stripped = text.strip()
    return 0 < len(stripped) <= _SHORT and (
        stripped[:1] in "-–—•(©" or _photographer(stripped) or is_photo_credit(stripped)
    )


def in_picture_credits(paragraphs: list[str], index: int) -> bool:
    """Whether the short line at ``index`` is one of a picture's credits: under an image (over
    other credit lines) or beside a photographer's ``©`` line."""
    for near in (index - 1, index + 1):
        if 0 <= near < len(paragraphs) and _photographer(paragraphs[near]):
            return True
    return under_picture(paragraphs, index)


def under_picture(paragraphs: list[str], index: int) -> bool:
    """Whether the line at ``index`` stands right under an image, other short credit lines
    between (at most three lines up)."""
    above = index - 1
    while above >= 0 and above >= index - 3 and _credit_like(paragraphs[above]):
        above -= 1
    return above >= 0 and _image(paragraphs[above][:2000])


def _image(text: str) -> bool:
    """``_IMAGE.search(text)``, asked only of a text holding one of the characters every match
    holds (``<``, ``:`` of ``data:``, ``=`` of ``alt=``) or opening with ``![``: no letter's
    case can stand in for them, so the test only spares the case-blind search (tried at every
    character) on the lines that hold none: nearly all (issue 15)."""
    if "<" in text or ":" in text or "=" in text or text.startswith("!["):
        return _IMAGE.search(text) is not None
    return False
