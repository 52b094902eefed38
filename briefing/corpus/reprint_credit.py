"""A reprint's copyright line: ``© Example.it - <the article's headline>`` closing the text.

Aggregators that reproduce another outlet's article end it with a link and a copyright line
naming the source and repeating the headline (``Read on Example.it © Example.it - Mayor
resigns: "I am innocent"``). The line states whose article it is; it often runs into the last
paragraph, so the short copyright footer of :mod:`briefing.corpus.sources` (a paragraph of its
own) misses it.

The mark counts only when the headline follows it, which a picture's credit never does:

- it is in the last paragraph, in its last 300 characters: ``© Name - text`` (or an en/em
  dash), the name one to five capitalised words or a domain (``Example.it``);
- the text after the dash repeats at least 60 % of the article's title's words (three letters
  or more, any case): the line is about this article, not a photo ("© Example Photo - Police
  at the scene") nor a quoted post;
- no slash before the mark (``Jane Roe/© Example``: a photographer's credit).
"""

from __future__ import annotations

import re

__all__ = ["reprint_credit"]

_MARK = re.compile(
    r"(?<!/)(?:©|\([cC]\)|[Cc]opyright)\s*(?:\d{4}\s*)?"
    r"(?P<name>[A-Z0-9][\w.&'-]*(?: [A-Z0-9][\w.&'-]*){0,4})\s+(?:—|–|-)\s+(?P<head>.+)$"
)
_WORD = re.compile(r"[^\W\d_]{3,}")
#: Share of the title's words the text after the mark must repeat.
_ECHO = 0.6


def reprint_credit(paragraphs: list[str], title: str | None) -> str | None:
    """The source a reprint's ``© Name - Headline`` line at the end of the text names, or None."""
    if not title or not paragraphs:
        return None
    last = paragraphs[-1].rstrip()
    tail = last[-300:]
    if "©" not in tail and not re.search(r"\([cC]\)|[Cc]opyright", tail):
        return None
    wanted = {w.casefold() for w in _WORD.findall(title)}
    if len(wanted) < 3:
        return None  # too few words to tell the headline from any text
    for match in _MARK.finditer(tail):
        said = {w.casefold() for w in _WORD.findall(match.group("head"))}
        if len(wanted & said) >= _ECHO * len(wanted):
            return match.group("name")
    return None
