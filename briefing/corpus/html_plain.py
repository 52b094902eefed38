"""Guard against HTML the real parser cannot handle in bounded time, and read it as text.

HTML tree construction checks the stack of open elements for every new element, so parse time
grows with the square of the nesting depth: lexbor takes 0.05 s for 5,000 nested ``<div>`` s,
1.2 s for 20,000 and hours for 500,000. No real page nests more than a few hundred levels, so
:func:`too_complex` (one linear regex scan) decides first; a page deeper than
:data:`MAX_DEPTH`, or with more than :data:`MAX_TAGS` tags (walking that many nodes in Python
costs seconds too), is read by :func:`plain_paragraphs` instead: scripts and styles dropped, block
tags turned into paragraph breaks, other tags removed, entities decoded by the standard library.
"""

from __future__ import annotations

import html
import re

from briefing.corpus.paragraphs import RawParagraph, split_paragraphs
from briefing.corpus.sanitize import sanitize

__all__ = ["MAX_DEPTH", "MAX_TAGS", "plain_paragraphs", "too_complex"]

#: Deeper than this, the page is read as text (lexbor: ~0.05 s at this depth).
MAX_DEPTH = 5000
#: More tags than this and walking the tree in Python costs seconds: read as text too.
MAX_TAGS = 200_000

_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]{0,30})[^<>]{0,2000}?(/?)>")
# Void elements never nest; these close themselves implicitly, so they do not add depth either.
_FLAT = frozenset(
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option",
    }
)  # fmt: skip
_HIDDEN_OPEN = re.compile(r"<(script|style|noscript|template|svg|iframe|head)\b|<!--", re.I)
_BLOCK = re.compile(
    r"</?(?:p|div|br|h[1-6]|li|ul|ol|tr|td|th|table|section|article|main|header|footer|nav"
    r"|aside|blockquote|pre|figure|figcaption|dl|dt|dd|hr)\b[^<>]{0,2000}>",
    re.IGNORECASE,
)
_ANY_TAG = re.compile(r"<[^<>]{0,2000}>")


def too_complex(text: str) -> str | None:
    """Why the page must be read as text (too deep or too many tags), or None."""
    depth = deepest = tags = 0
    for match in _TAG.finditer(text):
        tags += 1
        if tags > MAX_TAGS:
            return f"more than {MAX_TAGS:,} tags"
        closing, name, self_closing = match.groups()
        if name.lower() in _FLAT or self_closing:
            continue
        if closing:
            depth = max(0, depth - 1)
        else:
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > MAX_DEPTH:
                    return f"nested more than {MAX_DEPTH:,} levels deep"
    return None


def plain_paragraphs(text: str) -> list[RawParagraph]:
    """Paragraphs of an HTML page read as text: no scripts/styles, tags removed."""
    text = _drop_hidden(text)
    text = _BLOCK.sub("\n\n", text)
    text = _ANY_TAG.sub(" ", text)
    return split_paragraphs(sanitize(html.unescape(text)))


def _drop_hidden(text: str) -> str:
    """Remove scripts, styles and comments with their content, in one forward pass.

    ``str.find`` for each closer keeps this linear; an unclosed one hides the rest of the page,
    as it would in a browser.
    """
    lowered = text.lower()
    kept: list[str] = []
    pos = 0
    while match := _HIDDEN_OPEN.search(text, pos):
        kept.append(text[pos : match.start()])
        name = match.group(1)
        closer = "-->" if name is None else f"</{name.lower()}"
        end = lowered.find(closer, match.end())
        if end < 0:
            return " ".join(kept)
        close_end = lowered.find(">", end)
        pos = len(text) if close_end < 0 else close_end + 1
        kept.append(" ")
    kept.append(text[pos:])
    return "".join(kept)
