"""A breadcrumb glued to the headline, the headline set alone just below.

A saved page may run its breadcrumb trail into the headline with no separator
(``HomeWorld news<headline>``, ``トップページ国際ニュース一覧【<headline>】``), then set the
headline again on a line of its own a line or two further down. The first line is then the trail and
the headline together: the line below, which the first one *ends with*, is the headline, and
the first is the page's furniture.

The later line must be long enough to be a headline (:data:`_SHORTEST` characters): a first
line that merely ends with a short word set alone below (``… Paris`` over ``Paris``) is left
as it is, and so is a first line that *is* the later one (the headline given twice).
"""

from __future__ import annotations

__all__ = ["headline_below"]

#: How many paragraphs below the first line the headline may be set again.
_REACH = 3
#: The headline set alone must be this many characters at least.
_SHORTEST = 8


def headline_below(texts: list[str], first: int) -> int | None:
    """The index of a line below ``first`` that ``texts[first]`` ends with but is longer than:
    the headline, the first line its breadcrumb glued to it (module doc). None if none."""
    line = " ".join(texts[first].split())
    for j in range(first + 1, min(len(texts), first + 1 + _REACH)):
        alone = " ".join(texts[j].split())
        if len(alone) >= _SHORTEST and len(line) > len(alone) and line.endswith(alone):
            return j
    return None
