"""Where a credit line stands in the text: between two paragraphs of the story (where a page
puts a picture and its credit), or with its wire named again further on.

Split from :mod:`.sources` (which reads the credits): these only look at the paragraphs around.
"""

from __future__ import annotations

import re

from briefing.corpus.headline_shape import is_prose


def named_again(full: str, credit: str, paragraphs: list[str]) -> bool:
    """Whether the wire of a ``<wire> - `` credit comes up again past the credit, in its
    spelling there or by its display name."""
    spelling = credit.split()[0]
    words = re.compile(rf"\b(?:{re.escape(spelling)}|{re.escape(full)})\b")
    return sum(len(words.findall(text)) for text in paragraphs) > 1


def amid_story(paragraphs: list[str], index: int) -> bool:
    """Whether the paragraph at ``index`` stands between two paragraphs of the story, where a
    page puts a picture and its credit."""
    if not 0 < index < len(paragraphs) - 1:
        return False
    return all(_story_text(paragraphs[i]) for i in (index - 1, index + 1))


#: How a sentence of the story ends (a closing quote may follow the stop).
_SENTENCE_STOP = re.compile(r"[.!?…。][\"”»’)]?\s*$")


def _story_text(text: str) -> bool:
    """A paragraph of the story: prose (:func:`is_prose`), or a sentence of twelve words or
    more (a short lead, a quote)."""
    return is_prose(text) or (len(text.split()) >= 12 and bool(_SENTENCE_STOP.search(text)))
