"""A wire picture's caption with its credit and usage notice, set as a paragraph.

Agencies send each picture with a long caption, the photographer's credit (``REUTERS/Jane
Roe``, ``AP Photo/Jane Roe``, ``AFP PHOTO/…``) and a usage notice in capitals (``ATTENTION
EDITORS - THIS IMAGE WAS PROVIDED BY A THIRD PARTY. EDITORIAL USE ONLY. NO SALES``). A site
that runs the picture may paste all of it under the image, in the agency's language, inside an
article in another. Read as a paragraph of the story it is the longest one, and decides the
article's language; its facts (the day the picture was taken, the counts it cites) are the
picture's.

A paragraph is such a caption when it holds an agency's credit with a slash and a capitalised
name after it, and what follows the credit is shouted: a usage notice, mostly capital letters.
A sentence that cites the agency ("a Reuters/Ipsos poll found …") goes on in lower case or
ends there, and is never caught; a caption closed by its credit alone is left to
:func:`~briefing.corpus.furniture.ends_in_photo_credit`.
"""

from __future__ import annotations

import re

__all__ = ["is_wire_caption"]

#: ``REUTERS/Jane Roe``, ``AP Photo/Jane Roe``, ``AFP PHOTO / Jane Roe``, ``EPA/JANE ROE``.
_CREDIT = re.compile(
    r"\b(?:REUTERS|Reuters|AFP(?: PHOTO| Photo)?|AP(?: PHOTO| Photo)|EPA(?:-EFE)?|ANSA"
    r"|XINHUA|Xinhua|KYODO|Kyodo|YONHAP|Yonhap|Getty Images|dpa)\s?/\s?[A-Z]"
)
#: The notice has at least this many letters: a name in capitals after a credit is no notice.
_NOTICE_LETTERS = 40
#: Share of a notice's letters that are capitals.
_SHOUTED = 0.7
#: A caption this short is left to the caption rules that read its shape.
_SHORTEST = 120


def is_wire_caption(text: str) -> bool:
    """Whether the paragraph is a wire picture's caption closed by its credit (module doc)."""
    if len(text) < _SHORTEST or "/" not in text:
        return False
    for match in _CREDIT.finditer(text):
        rest = text[match.end() :]
        letters = [c for c in rest if c.isalpha()]
        shouted = sum(c.isupper() for c in letters)
        if len(letters) >= _NOTICE_LETTERS and shouted >= _SHOUTED * len(letters):
            return True
    return False
