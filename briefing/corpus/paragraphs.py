"""Clean text → paragraphs, keeping every line and no paragraph without bound.

Plain-text articles come in three shapes, and one rule handles all of them:

- blank-line separated paragraphs (seeds 001, 003);
- one paragraph per line and no blank lines at all (seeds 000, 002, 004);
- hard-wrapped prose, where a paragraph is several lines cut at ~72 columns.

A line break is a *wrap* only if the next line's first word would not have fitted on the line
(``len(line) + 1 + len(next_word) > width``, the width being what most lines reach). A short
title followed by a byline, or a caption followed by a date, has room left and so stays a
separate paragraph; a document whose lines are longer than any terminal wraps (> 120 columns)
is never re-joined, nor is one with too few lines near its "width" to be wrapped text. Lines
inside a blank-line block that are *not* wraps become separate paragraphs but remember their
block, because "same block as the title" is evidence for a dek.

Overlong paragraphs (a 3 MB single line) are split at sentence ends, else spaces, so no
paragraph exceeds :data:`MAX_PARAGRAPH` characters: search snippets and the reader stay fast.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "MAX_LINES",
    "MAX_PARAGRAPH",
    "MAX_PARAGRAPHS",
    "RawParagraph",
    "cap_paragraphs",
    "split_long",
    "split_paragraphs",
    "wrap_width",
]

MAX_PARAGRAPH = 20_000
#: Beyond this many lines the per-line rules cost seconds: the text is read as running text.
MAX_LINES = 200_000
#: No article needs more paragraphs than this; the rest are joined (see cap_paragraphs).
MAX_PARAGRAPHS = 10_000
_MAX_WRAP_WIDTH = 120
_MIN_WRAP_WIDTH = 30
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*\s")


@dataclass(frozen=True, slots=True)
class RawParagraph:
    """A paragraph before classification: its text and the blank-line block it came from."""

    text: str
    block: int
    #: A structural hint from the source format ("heading", "caption", "front-matter"), or
    #: "furniture" for a kicker or a time strip cut off the front of a headline, if any.
    hint: str | None = None


def split_paragraphs(text: str, *, width: int | None = None) -> list[RawParagraph]:
    """Split clean text (``\\n`` newlines only) into whitespace-collapsed paragraphs.

    ``width`` is the document's wrap column when the caller knows it better than this piece of
    text does (a Markdown paragraph is a fragment of the file); by default it is measured here.
    """
    if text.count("\n") > MAX_LINES:
        return [RawParagraph(piece, 0) for piece in split_long(_collapse(text))]
    lines = text.split("\n")
    if width is None:
        width = wrap_width(lines)
    out: list[RawParagraph] = []
    block = 0
    current: list[str] = []

    def flush() -> None:
        if current:
            joined = _collapse(" ".join(current).replace("-\x00 ", "-").replace("\x01 ", ""))
            for piece in split_long(joined):
                out.append(RawParagraph(piece, block))
            current.clear()

    previous = ""
    for raw_line in lines:
        line = raw_line.strip()
        if not line:
            flush()
            if out and out[-1].block == block:
                block += 1
            previous = ""
            continue
        if current and not (width and _is_wrap(previous, line, width)):
            flush()
        if current and previous.endswith("-") and previous[-2:-1].isalpha():
            current[-1] = current[-1] + "\x00"  # join "co-\noperation" without a space
        elif current and _CJK.match(previous[-1:]) and _CJK.match(line):
            current[-1] = current[-1] + "\x01"  # Chinese and Japanese wrap without a space
        current.append(line)
        previous = line
    flush()
    return out


def cap_paragraphs(paragraphs: list[RawParagraph]) -> tuple[list[RawParagraph], str | None]:
    """At most :data:`MAX_PARAGRAPHS`: overflow is joined into long paragraphs, never dropped.

    Returns the paragraphs and a notice when anything was joined.
    """
    if len(paragraphs) <= MAX_PARAGRAPHS:
        return paragraphs, None
    keep = paragraphs[: MAX_PARAGRAPHS - 1]
    rest = " ".join(p.text for p in paragraphs[MAX_PARAGRAPHS - 1 :])
    block = keep[-1].block + 1 if keep else 0
    keep.extend(RawParagraph(piece, block) for piece in split_long(rest))
    notice = (
        f"{len(paragraphs):,} paragraphs: those after the first {MAX_PARAGRAPHS - 1:,} "
        "were joined into long ones"
    )
    return keep, notice


def split_long(text: str, limit: int = MAX_PARAGRAPH) -> list[str]:
    """Cut ``text`` into pieces of at most ``limit`` chars, at a sentence end or space if any."""
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        end = start + limit
        cut = -1
        for match in _SENTENCE_END.finditer(text, start + limit // 2, end):
            cut = match.end()
        if cut <= 0:
            cut = text.rfind(" ", start + limit // 2, end) + 1
        if cut <= 0:
            cut = end
        piece = text[start:cut].strip()
        if piece:
            pieces.append(piece)
        start = cut
    tail = text[start:].strip()
    if tail:
        pieces.append(tail)
    return pieces


def wrap_width(lines: list[str]) -> int:
    """The column most lines reach if the text is hard-wrapped, else 0 (no re-joining)."""
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    if len(lengths) < 2:
        return 0
    width = lengths[int(0.9 * (len(lengths) - 1))]
    if width > _MAX_WRAP_WIDTH or width < _MIN_WRAP_WIDTH:
        return 0
    # Wrapped text has many lines reaching close to the width; a handful of short lines (a
    # title, a byline, a date) only look like a narrow "width" by accident.
    near = sum(1 for n in lengths if 0.75 * width <= n <= width)
    if near < max(3, len(lengths) // 4):
        return 0
    return width


def _is_wrap(previous: str, line: str, width: int) -> bool:
    """True if ``line`` continues ``previous`` because its first word did not fit.

    Chinese and Japanese put no spaces between words and break a line between any two
    characters, so where the first word holds such a character it is cut after it ("7月"
    of "7月14日に…"): the line continues ``previous`` only if ``previous`` ran to the width
    (a character, or the closing mark a wrapper keeps off a line's start, past it at most) and
    did not end a sentence there (``。``). Read as one word, a whole line of Japanese never
    fits and every line of a one-paragraph-per-line text would be glued into one.
    """
    if line.startswith(("- ", "* ", "• ", "> ")) or _LIST_ITEM.match(line):
        return False
    first_word = line.split(" ", 1)[0]
    cjk = _CJK.search(first_word)
    if cjk is not None:
        if _CJK_STOP.search(previous):
            return False
        return width - 1 <= len(previous) + cjk.end() - 1 <= width + 1
    return len(previous) + 1 + len(first_word) > width


#: Han, kana and their full-width punctuation (brackets, quotes).
_CJK = re.compile("[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff60]")
#: A Chinese or Japanese sentence's end, maybe inside closing quotes or brackets.
_CJK_STOP = re.compile("[。！？][」』）)”]*$")


_LIST_ITEM = re.compile(r"\d{1,3}[.)] ")


def _collapse(text: str) -> str:
    """Collapse runs of whitespace (including NBSP and friends) to one space."""
    return " ".join(text.split())
