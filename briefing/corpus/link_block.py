"""A block of links to other stories left above the story: a short heading and bullets.

A page saved as text may keep a widget from above the article: a section's name (a currency
rate box, "Most read") and the headlines of two or more other stories as a bulleted list
(``- <headline>``). Read as the story, its headlines become events and topics of it ("… in
2024" in a story of 2013).

Such a block is a short heading (at most :data:`_HEADING_WORDS` words, no sentence's end)
followed by two or more bulleted lines that end no sentence, all *above* the story's first
paragraph (prose, or one long sentence), and none of whose words that paragraph repeats
(:func:`~briefing.corpus.title_choice.echo`): another story's headline shares nothing with
this one's lead. A bulleted list inside the story (below its first paragraph) stays, and so
does a list of key points over the story, which restates its lead.
"""

from __future__ import annotations

import re

from briefing.corpus.headline_shape import is_prose, word_count
from briefing.corpus.title_choice import echo
from briefing.model import ParagraphKind

__all__ = ["mark_link_block"]

#: The block must lie within the first paragraphs of the page.
_TOP = 12
#: A section's heading over the links: this many words at most.
_HEADING_WORDS = 4
#: An item is a headline: this many words at most.
_ITEM_WORDS = 16
#: A sentence this long opens the story even when it is its paragraph's only one.
_LEAD_WORDS = 15
_BULLET = re.compile(r"[-*•–—]\s+\S")
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’»)]*$")


def mark_link_block(texts: list[str], kinds: list[ParagraphKind]) -> None:
    """Mark a heading and its bulleted headlines above the story as boilerplate (module doc)."""
    top = min(len(texts), _TOP)
    lead = next((i for i in range(top) if _is_lead(texts[i])), None)
    if lead is None:
        return
    for i in range(lead - 2):
        if kinds[i] != "body" or not _is_heading(texts[i]):
            continue
        end = i + 1
        while end < lead and _is_item(texts[end]) and kinds[end] == "body":
            end += 1
        if end - i - 1 >= 2 and all(echo(texts[j], texts[lead]) == 0 for j in range(i + 1, end)):
            for j in range(i, end):
                kinds[j] = "boilerplate"
            return


def _is_lead(text: str) -> bool:
    """The story's first paragraph: prose, or one long sentence (:data:`_LEAD_WORDS` words)."""
    line = text.strip()
    return is_prose(line) or (
        word_count(line) >= _LEAD_WORDS and _SENTENCE_END.search(line) is not None
    )


def _is_heading(text: str) -> bool:
    line = text.strip()
    return (
        0 < word_count(line) <= _HEADING_WORDS
        and not _BULLET.match(line)
        and not _SENTENCE_END.search(line)
    )


def _is_item(text: str) -> bool:
    line = text.strip()
    return (
        _BULLET.match(line) is not None
        and word_count(line) <= _ITEM_WORDS
        and not _SENTENCE_END.search(line)
    )
