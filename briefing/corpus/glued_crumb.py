"""A breadcrumb glued to the headline, the headline set alone just below.

A saved page may run its breadcrumb trail into the headline with no separator
(``HomeWorld news<headline>``, ``トップページ国際ニュース一覧【<headline>】``), then set the
headline again on a line of its own a line or two further down. The first line is then the trail and
the headline together: the line below, which the first one *ends with*, is the headline, and
the first is the page's furniture.

The later line must be long enough to be a headline (:data:`_SHORTEST` characters): a first
line that merely ends with a short word set alone below (``… Paris`` over ``Paris``) is left
as it is, and so is a first line that *is* the later one (the headline given twice).

A breadcrumb runs into the headline with no separator, or with a trail's sign (``›``, ``|``).
A ticker headline joins its parts with a run of pluses (``<first news> +++ <second news>``,
the German-language press's ticker sign) and may set its last part again as a subhead below:
that line is one headline, kept whole, and the subhead is not lifted over it.
"""

from __future__ import annotations

import re

__all__ = ["headline_below"]

#: How many paragraphs below the first line the headline may be set again.
_REACH = 3
#: The headline set alone must be this many characters at least.
_SHORTEST = 8
#: A ticker's joiner of two news in one headline, ending the words before the later line.
_TICKER_JOIN = re.compile(r"\S\s+\+{2,}\s*$")


def headline_below(texts: list[str], first: int) -> int | None:
    """The index of a line below ``first`` that ``texts[first]`` ends with but is longer than:
    the headline, the first line its breadcrumb glued to it (module doc). None if none."""
    line = " ".join(texts[first].split())
    for j in range(first + 1, min(len(texts), first + 1 + _REACH)):
        alone = " ".join(texts[j].split())
        if len(alone) >= _SHORTEST and len(line) > len(alone) and line.endswith(alone):
            if _TICKER_JOIN.search(line[: len(line) - len(alone)]):
                return None  # "<news> +++ <news>": one ticker headline, its part set below
            return j
    return None
