"""A line that is only a byline and a stamp: ``By Example Wire Jul. 27, 2031 | 10:47 AM | PARIS``.

Pages print the byline and the stamp over the story, and many print them again on one line
(the printed or "app" layout of the same header). Each half alone is furniture
(:func:`~briefing.corpus.furniture.byline_author`, :func:`~briefing.corpus.labels.is_stamp`,
:func:`~briefing.corpus.furniture.is_date_line`), but run together with no separator between
the name and the date neither test reads it, and the line became the story's first body
paragraph: the lead every reader of the article (lede, main event, timeline) takes first.

The line is read in two steps, so no list of layouts is needed:

1. every date (with its day; a publication or update label before it, as
   :func:`~briefing.corpus.labels.read_label` reads it, in the briefing's languages) and every
   clock time (``10:47 AM``, ``17h41``, ``16:48 Uhr``) is cut out;
2. what is left is split at the usual separators (``| · • — – / ,`` and a spaced hyphen), and
   every piece must be a byline (``By Jane Roe``, ``Автор: …``, or a wire signing,
   ``Por AFP``, ``Von dpa``: :func:`~briefing.corpus.wire_cues.agency_signature`), a dateline
   city GeoNames knows, or a time zone.

At least one byline and one date or time must be there, in any order. A lead that opens with
a dateline and goes on as a sentence, a byline followed by a sentence, or a sentence quoting a
date leaves a piece that is none of these: it stays body.
"""

from __future__ import annotations

import re

from briefing.corpus import furniture as fx
from briefing.corpus.colon_dateline import is_city
from briefing.corpus.labels import read_label
from briefing.corpus.stated import read_date
from briefing.corpus.wire_cues import agency_signature

__all__ = ["is_byline_stamp"]

#: Longer than any header line; a paragraph of the story is longer still.
_MAX_CHARS = 200
#: The words a byline opens with, in the languages :func:`.furniture.byline_author` and
#: :func:`.wire_cues.agency_signature` read: a line with none of them is not read further.
_BYLINE_START = re.compile(
    r"(?<!\w)(?:By|BY|by|Author|Автор|Por|POR|Par|PAR|Von|VON|Di|Da|От|Від)[\s:]"
)
_CLOCK = re.compile(
    r"[0-2]?\d(?:[:.][0-5]\d(?::[0-5]\d)?|h[0-5]\d)(?:\s*(?i:[ap]\.?m\.?(?!\w)|uhr\b))?(?!\d)"
)
_ZONE = re.compile(
    r"(?:UTC|GMT)(?:\s*[+−-]\s*\d{1,2}(?::?\d\d)?)?|[A-Z]{1,3}[SD]T|CES?T|EES?T|MSK|JST|KST|TRT|IST"
)
#: Where a piece may start: the line's start, or after a space or a separator.
_SEPARATORS = "|·•—–/,"
_read_label = read_label.__wrapped__
_SPLIT = re.compile(r"\s*(?:[|·•—–/,]|\s-\s)\s*")


def is_byline_stamp(text: str) -> bool:
    """Whether ``text`` is nothing but a byline and a stamp, maybe with a dateline city."""
    text = text.strip()
    # the byline's opening word first: one search in C rules out most lines, where asking
    # every character whether it is a digit took a Python step each (issue 15)
    if len(text) > _MAX_CHARS or _BYLINE_START.search(text) is None:
        return False
    if not any(c.isdigit() for c in text):
        return False
    rest, stamps = _cut_stamps(text)
    if not stamps:
        return False
    pieces = [p.strip(" .-") for p in _SPLIT.split(rest)]
    others = [p for p in pieces if p and not (fx.byline_author(p) or agency_signature(p))]
    if len(others) == len([p for p in pieces if p]):
        return False  # no byline
    # the cities last: the first question to GeoNames loads its table
    others = [p for p in others if not _ZONE.fullmatch(p)]
    return all(len(p.split()) <= 3 and p[0].isupper() for p in others) and all(map(_city, others))


def _cut_stamps(text: str) -> tuple[str, int]:
    """``text`` with its dates and times replaced by a separator, and how many were cut."""
    out: list[str] = []
    pos, start, cut = 0, 0, 0
    while pos < len(text):
        at_start = pos == 0 or text[pos - 1].isspace() or text[pos - 1] in _SEPARATORS
        end = _stamp_end(text, pos) if at_start and text[pos].isalnum() else None
        if end is None:
            pos += 1
            continue
        out.append(text[start:pos])
        out.append(" | ")
        pos = start = end
        cut += 1
    out.append(text[start:])
    return "".join(out), cut


def _stamp_end(text: str, pos: int) -> int | None:
    """Where a date (with its label) or a clock time that begins at ``pos`` ends, or None. The
    date first: ``27.07.2031`` begins like the time ``27.07``."""
    # uncached: the suffixes of one line would push the article's own paragraphs out of
    # read_label's cache, which the heads, the kinds and the date share (issue 15)
    label = _read_label(text[pos:]) if text[pos].isalpha() else None
    ends = [pos + label.end] if label is not None and label.date.day is not None else []
    date = read_date(text, pos)
    ends += [date.end] if date is not None and date.day is not None else []
    for end in ends:
        if _bounded(text, end) is not None:
            return end
    clock = _CLOCK.match(text, pos)
    return None if clock is None else _bounded(text, clock.end())


def _bounded(text: str, end: int) -> int | None:
    """``end``, if a word does not go on there (``2024abc`` is no date)."""
    if end < len(text) and text[end].isalnum() and text[end - 1].isalnum():
        return None
    return end


def _city(piece: str) -> bool:
    """A dateline city, in capitals as a dateline sets it too (``PARIS``)."""
    return is_city(piece) or (piece.isupper() and is_city(piece.title()))
