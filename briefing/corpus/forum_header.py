"""A message board post's header: ``1 :2031/03/14(金) 06:54:38.30 ID:AbCd1234``.

Japanese message boards (and the summary sites that copy threads from them) open each post
with a header: its number, maybe the poster's name, the day with its weekday in brackets, the
time to hundredths and the poster's ID. The header states when a post was written and by whom;
it is never the headline. With no headline above it, the title is the guessed one.

The shape is strict: a post number opens the line, a colon follows (maybe after a name), then a
``yyyy/mm/dd(<weekday>)`` day, a clock and ``ID:``; the line ends with the ID. A headline has
no post number, clock and ID in this order.
"""

from __future__ import annotations

import re

__all__ = ["is_forum_header"]

#: "1 :2031/03/14(金) 06:54:38.30 ID:AbCd1234", "25 名前：名無しさん：2031/03/14(金) 07:01:02 ID:x".
_HEADER = re.compile(
    r"\d{1,5}\s*(?:[^\W\d_]{1,6}\s*)?[:：](?:[^:：\n]{1,40}[:：])?\s*\d{4}/\d{1,2}/\d{1,2}\s*[(（][^)）]{1,3}[)）]\s*"
    r"\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?\s*ID[:：]\s*\S{1,24}"
)


def is_forum_header(text: str) -> bool:
    """Whether ``text`` is nothing but a board post's header (module doc)."""
    line = text.strip()
    return len(line) <= 120 and _HEADER.fullmatch(line) is not None
