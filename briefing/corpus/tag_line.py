"""A line of quoted tags: ``'Exampleton' 'ferry' 'Example Lines' 'rescue'``.

Some pages print the story's tags as the first line of the copied text, each tag in its own
quotation marks, one after the other with nothing but spaces (or commas, middle dots) between
them. A headline quotes a word or a phrase and says something around it (``'Exampleton'
ferry sinks``); a line that is nothing but three or more quoted items states nothing: it is the
page's filing, never the title, and no line of the story either.

Quotation marks of any script count, as long as each item opens and closes with a pair
(straight or curly, single or double, ``「」``, ``『』``, ``«»``). Two quoted items are not
enough (``"Yes" "No"`` may be a headline's whole point); an item runs to 40 characters at
most (a quoted sentence is a quote, not a tag).
"""

from __future__ import annotations

import re

__all__ = ["is_tag_line"]

#: Each pair of quotation marks an item opens and closes with.
_PAIRS: tuple[tuple[str, str], ...] = (
    ("'", "'"), ('"', '"'), ("‘", "’"), ("“", "”"), ("「", "」"), ("『", "』"), ("«", "»"),
    ("„", "“"),
)  # fmt: skip
_ITEM = "|".join(rf"{re.escape(o)}[^{re.escape(o + c)}\n]{{1,40}}{re.escape(c)}" for o, c in _PAIRS)
_OPENERS = "".join(o for o, _ in _PAIRS)
_LINE = re.compile(rf"\s*(?:{_ITEM})(?:[\s,，、·]+(?:{_ITEM})){{2,}}\s*")
#: The longest tag line read (a page's tags, not a paragraph).
_LENGTH = 300


def is_tag_line(text: str) -> bool:
    """Whether ``text`` is nothing but three or more quoted tags (module doc)."""
    if len(text) > _LENGTH or text.lstrip()[:1] not in _OPENERS:
        return False
    return _LINE.fullmatch(text) is not None
