"""A country's formal name with a possessive inside it is read whole, never cut at the "'s".

English runs of capitals end at a possessive ("Russia’s Foreign Ministry" is Russia and a
ministry), which is right for an owner and wrong for the few formal names that hold one:
"Democratic People's Republic of Korea", "People's Republic of China". Cut there, the head
reads "Democratic People" as a person and the tail "Republic of Korea" as South Korea,
the other country. So when the gazetteer knows the run, the possessive and the capitalised
words after it as one place, that place is what the text names; an owner before a body
("Korea's Unification Ministry") is no place and keeps the cut.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from briefing.topics.tokens import Token

#: A possessive right after a run, then words of a name (capitalised, or the small words
#: formal names hold: "of", "the", "and").
_TAIL = re.compile(r"['’]s((?:[ \u00a0]+(?:[^\W\d_][\w-]*))+)")
_WORD = re.compile(r"[^\W\d_][\w-]*")
_SMALL = frozenset({"of", "the", "and"})


def possessive_place(
    place: Callable[[str], str | None], text: str, words: Sequence[Token]
) -> tuple[str, int, int] | None:
    """The place a formal name names when the run ``words`` ends before a possessive that
    the name holds: (the place, the index of the run's word the name opens with, where the
    name ends). The name may open inside the run ("Officials of the People's Republic of
    China"); None when no capitalised word of the run opens a known place."""
    found = _TAIL.match(text, words[-1].end)
    if found is None:
        return None
    ends = []
    for word in _WORD.finditer(text, found.start(1), found.end(1)):
        if not (word.group()[0].isupper() or word.group() in _SMALL):
            break
        ends.append(word.end())
    for k, first in enumerate(words):
        if not first.text[:1].isupper():
            continue
        for stop in reversed(ends):
            where = place(text[first.start : stop].replace("’", "'"))
            if where is not None:
                return where, k, stop
    return None
