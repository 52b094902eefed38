"""A page's interface words read as a theme: "(TICK.N), opens new tab" after every link.

Text saved from a web page keeps the labels a site writes after each link or button (a
ticker's link "opens new tab", "Read more", "Share this"); one article repeating such a
label makes a lower-case phrase look like its theme. A label is the same words followed by
the same word every time, in one article only, :data:`MIN_USES` times or more: a story's own
phrase, written that often by one text, goes on differently each time ("the toll rose",
"the toll stands at"), and one that several articles share is no single page's furniture.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from briefing.topics.candidates import Occurrence

#: Fewest uses of one label in its article.
MIN_USES = 3
_NEXT = re.compile(r"\W*?(\w+)")


def page_label(
    occurrences: Sequence[Occurrence], paragraphs: Mapping[tuple[str, int], str]
) -> bool:
    """Whether every use of a theme is in one article and followed by the same word."""
    if len(occurrences) < MIN_USES or len({o.article for o in occurrences}) != 1:
        return False
    following = set()
    for o in occurrences:
        text = paragraphs.get((o.article, o.paragraph), "")
        after = _NEXT.match(text, o.end)
        if after is None:
            return False
        following.add(after.group(1).casefold())
        if len(following) > 1:
            return False
    return True
