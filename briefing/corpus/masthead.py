"""A page's masthead: the site's name as the first line, which its own prompt names again.

A saved page may open with the site's name alone on a line (its logo's text), then its
furniture: "Example Haber", "Stay tuned!", "Download the example haber app to follow the news".
A name alone is weak (a tag, a kicker or a section's name looks the same), but a page asks its
reader to download or follow only its *own* app or channel: when such a prompt near the top
(:func:`~briefing.corpus.page_prompts.is_app_prompt`,
:func:`~briefing.corpus.page_prompts.is_follow_prompt`) names the first line again, in any case,
the first line is the masthead and names the outlet, as written there.

Not a masthead: a first line that no prompt names ("Jane Roe", a tag over a caption), a prompt
naming another name than the first line, a first line that is a sentence or a headline (more
than :data:`_MAX_WORDS` words, or ending in a sentence's mark).
"""

from __future__ import annotations

import re

from briefing.corpus.page_prompts import is_app_prompt, is_follow_prompt

__all__ = ["masthead_outlet"]

#: A site's name is one to three words ("Example", "Example Haber", "The Example Post").
_MAX_WORDS = 3
_MAX_CHARS = 40
#: How far below the masthead the page's prompts stand.
_REACH = 6


def masthead_outlet(paragraphs: list[str]) -> str | None:
    """The first line's name when a prompt of the page's top names it again, else None."""
    first = paragraphs[0].strip() if paragraphs else ""
    if not _name_shaped(first):
        return None
    folded = first.casefold()
    for text in paragraphs[1:_REACH]:
        if folded not in text.casefold() or not (is_app_prompt(text) or is_follow_prompt(text)):
            continue
        named = re.compile(rf"(?<![^\W_]){re.escape(folded)}(?![^\W_])")
        if text.strip() != first and named.search(text.casefold()):
            return first
    return None


def _name_shaped(line: str) -> bool:
    """One to three words, no sentence's end, a letter first: a name, not a line of prose."""
    words = line.split()
    return (
        0 < len(words) <= _MAX_WORDS
        and len(line) <= _MAX_CHARS
        and line[0].isalpha()
        and line[-1] not in ".!?…:;,"
    )
