"""A headline's time stamp run onto its end, without a label.

A saved page may join the headline and the line under it that dates the story:
``Storm closes Velmora harbour 04.03.2031 17:41``,
``例示市で大雨=港が閉鎖 2031年03月04日 17時41分``.
The stamp is a full date (day, month and year, in any form the shared date reader takes,
its weekday before it too: ``Jueves, 3 agosto 2031``) followed at once by a clock time, or by
a comma and the clock (``…, 3 agosto 2031, 12:22``), ending the line after a space. It is
furniture, never part of the title, and as a line of its own it dates the story like any
date line above it.

A headline with a date of its own keeps it: one without a year ("… on 4 March"), a date with
no time after it ("Storm of 4 March 2031"), or a date followed by more words is the
headline's; a line shorter than ``MIN_HEAD`` characters before the stamp is no headline, and
one ending in a colon is a label's word.
(A labelled stamp, "… Stand: 01.11.2031 07:33", is :func:`.labels.trailing_label`'s.)

A page that lost every line break runs the lead on after the stamp too: ``Storm closes
Velmora harbour 2031-03-04 17:41 Jane Roe The storm …``, a Korean site's ``<headline>
2031-03-04 17:41 홍길동 기자 <lead>`` (:func:`inner_stamp`). Inside a line only a date in
digits (``2031-03-04``, ``04.03.2031``) right before the clock counts: prose writes its dates
in words and its times after a word ("am 4. März 2031 um 17:41"), and the words before the
stamp must be a headline's: no sentence's stop among them, at most 25 words, not ending in
a comma or a colon (``Programme: Radio Example, 14.03.2031 19:00 Uhr`` is a field's date);
a story of a few words at least follows it.

A stamp with no clock counts only written in figures (``… harbour 2031-03-04``,
``2031-03-04 Storm closes …``, ``例示市で大雨 2031年03月04日``) and only on the first line,
at its end or at its start, with the headline's words on its other side
(:func:`date_stamp`): a headline writes its own date in words ("Storm of 4 March 2031"), a
saved page's stamp in figures. A word of the headline's joined to the date ("… due by
2031-03-04", "Budget 2031-2032") keeps it, as does a line that holds a sentence's stop.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from briefing.corpus.headline_shape import is_prose
from briefing.corpus.kicker_words import is_function_word
from briefing.corpus.labels import read_label
from briefing.corpus.stated import read_date

__all__ = ["MIN_HEAD", "date_stamp", "head_stamp", "head_stamp_day", "inner_stamp"]

#: Characters of headline a stamp must follow (a Japanese headline has no spaces to count).
MIN_HEAD = 10
#: A clock time ending the text: ``17:41``, ``17.41``, ``17h41``, ``17時41分``.
_CLOCK_AT_END = re.compile(r"\s*(?:[0-2]?\d(?:[:.h][0-5]\d|時[0-5]\d分))\s*$")
#: Where a date may start: after a space.
_AFTER_SPACE = re.compile(r"(?<=\s)\S")


def head_stamp(text: str) -> int | None:
    """Where a stamp of a full date and a clock time ending ``text`` starts, or None."""
    clock = _CLOCK_AT_END.search(text)
    if clock is None or clock.start() == 0:
        return None
    head = text[: clock.start()].rstrip()
    head = head[:-1] if head.endswith(",") else head  # "Jueves, 3 agosto 2031, 12:22"
    for match in _AFTER_SPACE.finditer(head, max(0, len(head) - 40)):
        start = match.start()
        stated = read_date(head, start)
        if stated is None or stated.end != len(head):
            continue
        if stated.year is None or stated.day is None:
            return None
        head_text = text[:start].strip()
        if len(head_text) < MIN_HEAD or head_text[-1] in ":：":
            return None  # too short for a headline, or a label's word ("Published: …")
        return start
    return None


#: A date in digits and its clock time inside a line, a space on each side.
_INNER = re.compile(
    r"(?<=\s)(?:(?:19|20)\d\d[-./][01]?\d[-./][0-3]?\d|[0-3]?\d[./][01]?\d[./](?:19|20)\d\d)\.?"
    r"\s+[0-2]?\d:[0-5]\d(?!\d)(?=\s+\S)"
)
#: A sentence's stop inside the words before the stamp: they are no headline.
_STOP = re.compile(r"[.!?…。](?:\s|$)")
_HEAD_WORDS = 25
#: Words the run-on story has at least after the stamp (a unit, "Uhr", is no story).
_LEAD_WORDS = 4
#: How far into the line the stamp may stand.
_REACH = 300


def inner_stamp(text: str) -> tuple[int, int] | None:
    """(start, end) of a stamp between a headline and the lead run on after it (module doc),
    or None."""
    match = _INNER.search(text, 0, _REACH)
    if match is None:
        return None
    stated = read_date(text, match.start())
    if stated is None or stated.year is None or stated.day is None or stated.value() is None:
        return None
    head = text[: match.start()].strip()
    if len(head) < MIN_HEAD or head[-1] in ":：,;" or _STOP.search(head):
        return None  # "Programme: Radio Example, 14.03.2031 19:00 Uhr": a field's date
    if len(head.split()) > _HEAD_WORDS or len(text[match.end() :].split()) < _LEAD_WORDS:
        return None
    return match.start(), match.end()


#: A date in figures alone: digits, their separators and the CJK unit marks (no month word).
_FIGURES = re.compile(r"[\d\s./\-年月日년월일]+")
#: Where a date may start at the end of a line: after a space, never inside a figure run.
_STAMP_START = re.compile(r"(?<=\s)\d")
#: Separators a page sets between a leading stamp and the headline.
_GAP = re.compile(r"[\s|·•—–-]+")
#: A sign joining a date to the headline's words before it: the date is the headline's.
_JOINING_SIGN = ":：,;([/"


def _figures_date(text: str, start: int) -> int | None:
    """End of a full date written in figures starting at ``start`` (year, month and day), or
    None."""
    stated = read_date(text, start)
    if stated is None or stated.year is None or stated.day is None or stated.value() is None:
        return None
    return stated.end if _FIGURES.fullmatch(text[start : stated.end]) else None


def _headline_words(head: str) -> bool:
    """Words a headline may be: long enough, at most 25 words, no sentence's stop inside and
    not ending in a word or sign that joins a date to them."""
    head = head.strip()
    return (
        len(head) >= MIN_HEAD
        and len(head.split()) <= _HEAD_WORDS
        and not _STOP.search(head)
        and head[-1] not in _JOINING_SIGN
        and not is_function_word(head.split()[-1])  # "… due by 2031-03-04": the headline's
    )


def date_stamp(text: str) -> tuple[int, int] | None:
    """(start, end) of a stamp of a full date in figures ending or opening ``text`` (a
    headline's line, module doc), the headline's words on its other side; else None."""
    line = text.rstrip()
    if len(line) > _REACH:
        return None
    for match in _STAMP_START.finditer(line, max(0, len(line) - 24)):
        end = _figures_date(line, match.start())
        if end is not None and end == len(line):
            return (match.start(), end) if _headline_words(line[: match.start()]) else None
    start = len(line) - len(line.lstrip())
    end = _figures_date(line, start) if line[start : start + 1].isdigit() else None
    if end is None or (gap := _GAP.match(line, end)) is None:
        return None
    rest = line[gap.end() :]
    if not rest[:1].isalpha() or not _headline_words(rest):
        return None
    return start, end


#: Paragraphs looked at for the page's stamp above the story's first prose.
_HEAD_REACH = 12
#: The longest line that is only a stamp.
_STAMP_CHARS = 60


def head_stamp_day(texts: Sequence[str], kinds: Sequence[str]) -> dt.date | None:
    """The day of the page's stamp standing alone in the head (cut off the headline's line by
    :func:`head_stamp`, or set there): the first line that is only a date with its day (and
    its time), marked furniture, above the story's first paragraph of prose. A date line below
    the lead dates something else (a related story, a picture)."""
    for i, text in enumerate(texts[:_HEAD_REACH]):
        if is_prose(text):
            return None
        label = read_label(text) if kinds[i] == "meta" and len(text) <= _STAMP_CHARS else None
        if label is not None and label.bare and label.date.day and label.date.year:
            return label.date.value()
    return None
