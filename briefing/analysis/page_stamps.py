"""A page's own time stamp run into the text: a full date or "today" with its clock time.

Split from :mod:`.date_sentences`, which marks such a date as no event of the story
(:func:`is_stamp`), while :mod:`.timeline` reads the same stamp near the top of an article
labelled only with its month for the day it was published (:func:`stamped_day`): one
shape of the page, read for two uses.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from briefing.analysis.dates import DatePhrase

#: A page's own time stamp: a clock time right after a full date ("March 1, 2031 | 09:09",
#: "01.03.2031 00:05:06", "May 1, 2031 2:10 pm CET"), with no "at", "um", "à" between them.
_STAMP_TIME = re.compile(r"\s*[|,·•/–—-]?\s*[0-2]?\d:[0-5]\d(?::[0-5]\d)?(?!\d)")
#: What stands before a date in prose: a lower-case word ("on", "am", "le", "de", "в").
_PROSE_BEFORE = re.compile(r"(?<![\w-])[a-zß-ÿа-яёα-ωçğışü][^\W\d_]*[\s,]*$")


def is_stamp(sentence: str, phrase: DatePhrase) -> bool:
    """A publication or update stamp run into the text ("Source: Example Wednesday, March 1,
    2031 | 09:09", "Ekleme: 01.03.2031 00:05:06"): a full date with its clock time, not
    introduced by a word of prose ("on March 1, 2031 09:09" is a statement)."""
    if phrase.kind == "relative" and phrase.offset in (0, -1):
        return _relative_stamp(sentence, phrase)
    if phrase.kind != "absolute" or not phrase.year:
        return False
    if not _STAMP_TIME.match(sentence, phrase.end):
        return False
    return not _PROSE_BEFORE.search(sentence[: phrase.start])


#: Separators between the blocks of a page's header ("NOS • today, 09:25 • Updated …").
_SEPARATORS = "|·•/–—"


def _relative_stamp(sentence: str, phrase: DatePhrase) -> bool:
    """A page's stamp in relative words ("NOS • today, 09:25 • Updated today, 13:48", "Ekleme:
    dün 14:05"): "today" or "yesterday" with a clock time right after it, no word of prose
    before it, and no prose after the time ("Today, 10:30, the cabinet met" is a statement)."""
    clock = _STAMP_TIME.match(sentence, phrase.end)
    if clock is None or _PROSE_BEFORE.search(sentence[: phrase.start]):
        return False
    after = sentence[clock.end() :].lstrip(" ")
    # The end, a separator, or the next block of the page (a headline: a capital, a figure).
    return not after or after[0] in _SEPARATORS or after[0].isupper() or after[0].isdigit()


def stamped_day(
    month: dt.date, stated: Iterable[tuple[str, DatePhrase, int, dt.date]]
) -> dt.date | None:
    """The day of an article labelled only with its ``month``, from the page's own stamp
    near its top ("Stand: 01.11.2031 07:33 Uhr", "Published 1 November 2031 | 09:09": a full
    date with its clock time, :func:`is_stamp`) when it falls in that month: the label and
    the stamp agree, and the stamp gives the day to count "on Tuesday" from. ``stated`` holds
    (sentence, phrase with paragraph offsets, sentence start, day) of the full dates near the
    top. The earliest such stamp, since a page stamps its publication before its updates."""
    days = [
        day
        for sentence, phrase, at, day in stated
        if (day.year, day.month) == (month.year, month.month)
        and is_stamp(sentence, replace(phrase, start=phrase.start - at, end=phrase.end - at))
    ]
    return min(days, default=None)


#: A clock time in any script, with what a stamp writes around it: "6時27分", "6时27分",
#: "오전 6시 27분", "午後3時", "10:45 a.m.", "07:33 Uhr", "10h45", "10:45 GMT". Only used to
#: tell what is left of a line once its dates and times are taken out (:func:`stamp_line`).
_CLOCK = re.compile(
    r"(?:午前|午後|上午|下午|凌晨|早上|晚上|오전|오후)?\s*"
    r"(?:[0-2]?\d\s*[時时點点시]\s*(?:[0-5]?\d\s*[分분](?:\s*[0-5]?\d\s*[秒초])?|半|반)?"
    r"|[0-2]?\d\s*[:.hH]\s*[0-5]\d(?::[0-5]\d)?(?!\d)"
    r"(?:\s*(?:[aApP]\.?\s?[mM]\b\.?|Uhr\b|hrs?\b))?(?:\s+[A-Z]{2,4}\b)?)"
)
#: A run of letters: a word, or a label written without spaces ("更新", "입력", "Published").
_RUN = re.compile(r"[^\W\d_]+")
#: Han and kana: a run of them may be a whole clause, so a label in them is a short one.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
#: The longest label a stamp gives its date ("Aktualisiert", "Опубликовано"), and in Han/kana.
_LABEL = 14
_CJK_LABEL = 4


def stamp_line(sentence: str, phrases: Sequence[DatePhrase]) -> bool:
    """A line of the page that holds nothing but its date(s), a clock time and at most one
    label per date ("1月18日 6時27分", "更新 5月3日 6時27分", "입력 5.3 오전 6:27", "Updated May 3,
    10:45 am"): the page's stamp, in any script, with or without a year. It may date the
    article, never an event. ``phrases`` are the sentence's date phrases (offsets in it). A
    line with no clock time is :func:`~.date_sentences._only_dates`' to judge; a date with
    words of prose ("Gunmen stormed the plant on 3 May at 6:27") is a statement."""
    if not phrases:
        return False
    rest = sentence
    for phrase in sorted(phrases, key=lambda p: p.start, reverse=True):
        rest = rest[: phrase.start] + " " + rest[phrase.end :]
    rest, clocks = _CLOCK.subn(" ", rest)
    if not clocks:
        return False
    labels = _RUN.findall(rest)
    return len(labels) <= len(phrases) and all(
        len(label) <= (_CJK_LABEL if _CJK.search(label) else _LABEL) for label in labels
    )
