"""A page rendered inside table borders: every line ``| … | |``.

Gopher and text-mode proxies render a web page's Markdown as a one-column table: every line of
the file, headline, standfirst, story and the page's lists after it, sits between a leading
``|`` and one or more trailing ``|`` cells. Read as plain text, the borders become words of the
title and every paragraph, and a wrapped sentence never joins its next line.

The borders are undone only when (nearly) every line carries them (:data:`_SHARE`): a real
table inside an article frames a few of its lines, not the story, and a Markdown table
document has a separator row (``|---|---|``), so neither is touched. What is inside the
borders is read as the Markdown it is (:func:`~briefing.corpus.markdown_plain.plain_blocks`:
``# headline`` hinted as the heading, ``>`` and list markers stripped), and the page's lists
after the story (:func:`_tail_start`) are hinted as boilerplate: kept, never the story.
"""

from __future__ import annotations

import re

from briefing.corpus.markdown_plain import plain_blocks
from briefing.corpus.paragraphs import RawParagraph

__all__ = ["read_framed", "unframe"]

#: The share of non-blank lines that must be framed for the frame to be the page's.
_SHARE = 0.9
#: Fewer framed lines than this is a table, whatever its share.
_MIN_LINES = 5
#: ``| text | |``: a leading bar, the text, then one or more trailing (empty) cells.
_FRAMED = re.compile(r"^\s*\|(?P<text>.*?)(?:\s*\|)+\s*$")
#: A Markdown table's separator row (``|---|:---:|``): the lines are a table's rows.
_SEPARATOR = re.compile(r"^\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*$")
#: A section heading after the story (``## Tags``): the page's own lists may start there.
_SECTION = re.compile(r"^#{2,6}\s+\S")
#: A line that ends a sentence: a section holding one is part of the story, not a list.
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’»)]*$")
#: A list item is a headline or a tag: this many words at most.
_ITEM_WORDS = 14


def unframe(text: str) -> str | None:
    """The text inside the borders when (nearly) every line is framed, else None."""
    stripped = text.lstrip()
    if not stripped.startswith("|"):  # the cheap check: most files stop here
        return None
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) < _MIN_LINES:
        return None
    inner: list[str] = []
    framed = 0
    for line in text.split("\n"):
        if _SEPARATOR.match(line):
            return None  # a table's rows, not a page drawn in a frame
        match = _FRAMED.match(line)
        if match is not None:
            framed += 1
            inner.append(match.group("text").strip())
        else:
            inner.append(line.strip())
    if framed < _MIN_LINES or framed < _SHARE * len(lines):
        return None
    return "\n".join(inner)


def read_framed(text: str) -> list[RawParagraph] | None:
    """Paragraphs of a framed page (see the module), or None when the page is not framed."""
    inner = unframe(text)
    if inner is None:
        return None
    lines = inner.split("\n")
    cut = _tail_start(lines)
    story = plain_blocks("\n".join(lines[:cut]), 0)
    if cut >= len(lines):
        return story
    start = story[-1].block + 1 if story else 0
    tail = plain_blocks("\n".join(lines[cut:]), start)
    return story + [RawParagraph(p.text, p.block, "boilerplate") for p in tail]


def _tail_start(lines: list[str]) -> int:
    """Index of the first section heading past the story's start whose lines are a list
    (two or more short lines, none ending a sentence): tags and related headlines. From it to
    the end is the page's, not the story's. ``len(lines)`` when there is none."""
    texts = [i for i, line in enumerate(lines) if line.strip()]
    if not texts:
        return len(lines)
    for n, i in enumerate(texts):
        if n < len(texts) // 3 or not _SECTION.match(lines[i]):
            continue
        items: list[str] = []
        for line in lines[i + 1 :]:
            if _SECTION.match(line):
                break
            if line.strip():
                items.append(line.strip())
        if len(items) >= 2 and all(_is_item(item) for item in items):
            return i
    return len(lines)


def _is_item(line: str) -> bool:
    """A tag or another story's headline: a few words and no sentence's end."""
    return len(line.split()) <= _ITEM_WORDS and not _SENTENCE_END.search(line)
