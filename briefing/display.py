"""How identifiers, names and titles are shown in one line: escaped, and of bounded length.

Ids come from file names and names from article text, both from strangers. ``sanitize`` keeps
newlines (they are structure in a paragraph), so an id with a newline in its file name printed
as two lines of ``briefing list`` — one of which looked like another article — and a 2 MB
one-word "title" was printed whole. Shown on one line, every control or invisible character
becomes a visible escape (``\\n``, ``\\x1b``, ``\\u202e``) so the reader sees that it is there,
and titles are cut with an ellipsis. Plain ``str`` in, plain ``str`` out: the CLI and the TUI
(through ``rich.text.Text``, never markup) share it.
"""

from __future__ import annotations

import datetime as dt
import re

from briefing.corpus.sanitize import sanitize

__all__ = ["cap", "date_span", "escape", "name", "sanitize", "title"]

#: Longest title shown in a list row or a header; the reader shows the whole title.
TITLE_LIMIT = 160
#: Longest id or name shown in one line.
NAME_LIMIT = 200
ELLIPSIS = "…"

# C0 and C1 controls (newline and tab too: this is one line), DEL, BiDi embeddings, overrides
# and isolates, zero-width characters, word joiner, BOM, and lone surrogates.
_INVISIBLE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\ud800-\udfff]"
)
_SHORT = {"\n": "\\n", "\r": "\\r", "\t": "\\t", "\\": "\\\\"}


def _escape_one(match: re.Match[str]) -> str:
    char = match.group()
    if char in _SHORT:
        return _SHORT[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def escape(text: str) -> str:
    """``text`` on one line, every control or invisible character written as an escape.

    A backslash is doubled only where it would read as one of those escapes, so ordinary
    Windows-style ids stay as they are.
    """
    if not _INVISIBLE.search(text):
        return text
    text = re.sub(r"\\(?=[nrtxu\\])", r"\\\\", text)
    return _INVISIBLE.sub(_escape_one, text)


def cap(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, ending in an ellipsis when cut."""
    if len(text) <= limit:
        return text
    return text[: max(0, limit - 1)].rstrip() + ELLIPSIS


def name(text: str | None, missing: str = "—") -> str:
    """An id, outlet or topic name for one line: escaped and capped."""
    return cap(escape(text), NAME_LIMIT) if text else missing


def title(text: str | None, missing: str = "(untitled)") -> str:
    """A title for a list row or a header: line breaks and runs of spaces made one space,
    other controls escaped, capped with an ellipsis."""
    words = " ".join(text.split()) if text else ""
    return cap(escape(words), TITLE_LIMIT) if words else missing


def date_span(
    first: dt.date | None,
    last: dt.date | None,
    *,
    first_month: bool = False,
    last_month: bool = False,
) -> str:
    """ "6–9 Oct 2025", "30 Sep – 2 Oct 2025", "8 Oct 2025", or "no dates".

    An end the text states only as a month (``first_month``/``last_month``) is shown as one
    ("Oct – Nov 2024", "Oct – 3 Nov 2024"): its stored day (the 1st) is no day the text gave.
    """
    if first is None or last is None:
        return "no dates"
    if first_month or last_month:
        return month_span(first, last, first_month=first_month, last_month=last_month)
    if first == last:
        return f"{first.day} {first:%b %Y}"
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{last.day} {last:%b %Y}"
    if first.year == last.year:
        return f"{first.day} {first:%b} – {last.day} {last:%b %Y}"
    return f"{first.day} {first:%b %Y} – {last.day} {last:%b %Y}"


def month_span(
    first: dt.date, last: dt.date, *, first_month: bool, last_month: bool, month: str = "%b"
) -> str:
    """A span with an end stated only as a month: the month alone stands for it
    (``month``: the month's format, "%b" for "Oct", "%B" for "October")."""
    end = (
        last.strftime(f"{month} %Y")
        if last_month
        else f"{last.day} {last.strftime(month)} {last:%Y}"
    )
    if first_month and last_month and (first.year, first.month) == (last.year, last.month):
        return end
    start = first.strftime(month) if first_month else f"{first.day} {first.strftime(month)}"
    if first.year != last.year:
        start += f" {first:%Y}"
    return f"{start} – {end}"
