"""A line-by-line Markdown stripper for the files markdown-it-py should not parse.

markdown-it-py is pure Python: about 0.15 s for a normal 64 KB document, but seconds for a
megabyte or for a few dozen kilobytes of pathological input (``[[[[…``), and it drops text
nested deeper than its nesting limit. Articles are far smaller than that, so the full parser
handles real articles; anything larger, or anything the parser lost text from, comes here:
prefixes (``#``, ``>``, list markers), emphasis, inline code, links and images are stripped
with linear-time regexes and the result goes through the plain-text paragraph rule. Nothing is
dropped but syntax.
"""

from __future__ import annotations

import re

from briefing.corpus.paragraphs import MAX_LINES, RawParagraph, split_paragraphs

__all__ = ["plain_blocks"]

_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
_RULE = re.compile(r"^\s{0,3}(?:[-=_*]\s*){3,}$")
_PREFIX = re.compile(r"^\s*(?:>\s?)+|^\s*(?:[-*+]|\d{1,9}[.)])\s+")
# Character classes exclude the brackets themselves, so a failed match stops at the next one:
# linear time on "[[[[…" or "[a]([a]([a](…".
_TARGET = r"\([^()\[\]\s]{0,2000}(?:\s+\"[^\"\n]{0,200}\")?\)"
_IMAGE = re.compile(r"!\[([^\[\]\n]{0,500})\]" + _TARGET)
_LINK = re.compile(r"\[([^\[\]\n]{0,500})\]" + _TARGET)
_EMPHASIS = re.compile(r"(?<![\w*_])(\*{1,3}|_{1,3})([^*_\s][^*_\n]{0,500}?)\1(?![\w*_])")
_CODE = re.compile(r"`+")


def plain_blocks(body: str, start_block: int) -> list[RawParagraph]:
    """Paragraphs of a Markdown body, syntax stripped line by line; ``# h1`` lines hinted."""
    if body.count("\n") > MAX_LINES:  # degenerate: strip inline syntax only, as running text
        return [RawParagraph(p.text, start_block) for p in split_paragraphs(_inline(body))]
    lines: list[str] = []
    headings: set[str] = set()
    for line in body.split("\n"):
        if _RULE.match(line):
            lines.append("")
            continue
        heading = _HEADING.match(line)
        if heading:
            text = _inline(heading.group(2))
            if heading.group(1) == "#":
                headings.add(" ".join(text.split()))
            lines.extend(("", text, ""))
            continue
        lines.append(_inline(_PREFIX.sub("", line)))
    out: list[RawParagraph] = []
    for p in split_paragraphs("\n".join(lines)):
        hint = "heading" if p.text in headings else None
        out.append(RawParagraph(p.text, p.block + start_block, hint))
    return out


def _inline(text: str) -> str:
    """Links and images → their text; emphasis and backticks removed."""
    text = _IMAGE.sub(r"\1", text)
    text = _LINK.sub(r"\1", text)
    text = _EMPHASIS.sub(r"\2", text)
    return _CODE.sub("", text)
