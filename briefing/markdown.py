"""Untrusted text as literal Markdown, and the date wording the brief uses.

Every piece of article text is untrusted: it is sanitised (no control characters or escape
sequences) and escaped for Markdown, so a stray ``#``, ``*``, ``[link](…)``, ``<script>`` or
``|`` in a source renders as the literal character and can never break the document's
structure. Only the brief's own headings, lists and quote markers are Markdown.
"""

from __future__ import annotations

import datetime as dt
import re

from briefing.corpus.sanitize import sanitize
from briefing.display import month_span

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~&!])")
# Line starts that make a list item or a rule: "- ", "---", "+ ", "1. ", "1) " ("*", "_" and
# "#" are escaped everywhere anyway).
_LINE_START = re.compile(r"^(\s*)(?:([-+=])|(\d+)([.)])(?=\s|$))")


def md(text: str) -> str:
    """Untrusted text as one line of literal Markdown: sanitised, spaces collapsed, escaped."""
    flat = " ".join(sanitize(text).split())
    escaped = _SPECIAL.sub(r"\\\1", flat)
    return _LINE_START.sub(_escape_marker, escaped)


def _escape_marker(match: re.Match[str]) -> str:
    # A backslash before a digit is not an escape in CommonMark: escape the "." or ")" instead.
    indent, bullet, digits, stop = match.groups()
    return f"{indent}\\{bullet}" if bullet else f"{indent}{digits}\\{stop}"


def code(text: str) -> str:
    """A code span that holds any text literally (ids may contain backticks)."""
    flat = " ".join(sanitize(text).split())
    longest = max((len(run) for run in re.findall(r"`+", flat)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if flat.startswith("`") or flat.endswith("`") else ""
    return f"{fence}{pad}{flat}{pad}{fence}"


def long_date(day: dt.date | None) -> str:
    """ "Wednesday 8 October 2025", or "undated"."""
    return f"{day:%A} {day.day} {day:%B %Y}" if day else "undated"


def short_date(day: dt.date | None, precision: str = "day") -> str:
    """ "8 October 2025", "December 2024" when the text states only a month, or "undated"."""
    if not day:
        return "undated"
    if precision == "year":
        return f"{day:%Y}"
    return f"{day:%B %Y}" if precision == "month" else f"{day.day} {day:%B %Y}"


def day_span(
    first: dt.date, last: dt.date, *, first_month: bool = False, last_month: bool = False
) -> str:
    """ "8–10 October 2025", "30 September – 2 October 2025", "8 October 2025"; an end the
    text states only as a month is one: "October – November 2024"."""
    if first_month or last_month:
        return month_span(first, last, first_month=first_month, last_month=last_month, month="%B")
    if first == last:
        return short_date(first)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{last.day} {last:%B %Y}"
    if first.year == last.year:
        return f"{first.day} {first:%B} – {last.day} {last:%B %Y}"
    return f"{short_date(first)} – {short_date(last)}"
