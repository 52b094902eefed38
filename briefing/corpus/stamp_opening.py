"""A line that opens with the page's stamp: a full date at once followed by a clock time.

``2031年03月04日 17:41 示例日報 張三 /綜合報導``, ``04.03.2031 17:41 | Example Post``,
``2031-03-04 17:41 Jane Roe``: a saved page's header of when, who and where, on one line. It
may be headline-shaped (a dozen words that start like a sentence, no final stop) but it is
never a headline, nor the story's first sentence: a headline writes its date, when it has
one, inside its words ("Storm of 4 March 2031 closes the harbour") and never a clock time
right after it. So neither the headline pick nor the stand-in title takes such a line
(:mod:`briefing.corpus.headline_shape`, :mod:`briefing.corpus.fallback_titles`). Reading the
stamp's date and outlet is :mod:`briefing.corpus.head_stamp`'s and the date readers' work;
this module only keeps the line out of the title.

A line that runs on into the story after the stamp is a dateline over the lead, kept (the
stand-in title reads the lead after it). A date without a clock after it ("4 March 2031: the
day the harbour closed"), a clock after more words ("2031: Harbour closes at 17:41") or a
yearless date are headline words and stay.

A stamp whose words after the clock open with a field of where the story came from
(``2031年03月04日 17:41 来源:示例日报网 参与互动``, ``04.03.2031 17:41 Quelle: Example``) is
the page's own stamp of the story it carries, and its day dates the article
(:func:`source_stamp_day`): a related story's line gives its headline after the clock, never
a source field. The label is a word for "source" followed by its colon; the line is the
page's furniture (``classify`` makes it meta), never the story's first paragraph.
"""

from __future__ import annotations

import datetime as dt
import re

from briefing.corpus.stated import read_date

__all__ = ["opens_with_stamp", "source_stamp_day"]

#: A clock time right after the date: "17:41", "17.41", "17h41", "17時41分", "17시 41분".
_CLOCK = re.compile(
    r"[\s,|·•—–-]*(?:[0-2]?\d(?:[:h][0-5]\d|\.[0-5]\d(?!\d)|\s*時\s*[0-5]\d\s*分|\s*시\s*[0-5]\d\s*분))"
    r"(?![\d:])"
)

#: Words a stamp line has after its clock (an outlet, a reporter, "/綜合報導"); a dateline
#: with the story run on after it ("Exampleton, 4 March 2031, 17:41 — The council …") has
#: more, and a sentence's stop: its lead, which the stand-in title reads after the dateline.
_REST_WORDS = 8
_STOP = re.compile(r"[.!?。！？](?:\s|$)")


def opens_with_stamp(text: str) -> bool:
    """Whether ``text`` opens with a full date (year, month and day) followed at once by a
    clock time: the page's stamp line, not a headline (module doc)."""
    line = text.lstrip()
    if not line[:1].isdigit() and not line[:1].isalpha():
        return False
    stated = read_date(line)
    if stated is None or stated.year is None or stated.day is None:
        return False
    clock = _CLOCK.match(line, stated.end)
    if clock is None:
        return False
    rest = line[clock.end() :]
    return len(rest.split()) <= _REST_WORDS and _STOP.search(rest) is None


#: A field of where the story came from, opening the words after the stamp's clock.
_SOURCE_FIELD = re.compile(
    r"(?:来源|來源|出处|出處|稿源|source|quelle|fuente|fonte|источник|джерело|źródło|kaynak"
    r"|출처|出典)\s*[:：]",
    re.IGNORECASE,
)


def source_stamp_day(text: str) -> dt.date | None:
    """The day of a stamp line whose clock is followed by a source field (module doc), else
    None."""
    if not opens_with_stamp(text):
        return None
    line = text.lstrip()
    stated = read_date(line)
    clock = _CLOCK.match(line, stated.end) if stated is not None else None
    if stated is None or clock is None or not _SOURCE_FIELD.match(line[clock.end() :].lstrip()):
        return None
    return stated.value()
