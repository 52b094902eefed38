"""A closing stamp: the short line after a story that gives its day and time of issue.

Broadcasters' pages close a news item with a stamp rather than open it with a label
(``Programme: Radio Example News, 14.03.2031 19:00``, ``Evening bulletin, 14 March 2031,
7:30``). It is a stamp, not a sentence about events, when:

- it is one of the last two paragraphs and short (at most 12 words, 120 characters);
- it *ends* with a full date (day, month and year, in any language the month table reads)
  followed at once by a clock time and at most a short unit (``Uhr``, ``h``, ``GMT``), or
  a Chinese or Japanese clock glued to it (``2031年03月14日19時05分``, a Japanese wire's
  stamp under its story: ``Example通信 2031年03月14日19時05分``);
  a sentence puts a word between them ("on 20 March 2031 at 18:00", "am … um 18:00 Uhr")
  or goes on after the time; a page's own stamp may put its weekday, abbreviated, and
  the verb of posting between them (``2031.03.14 Fri posted at 19:05 JST``, ``14 March 2031
  Friday, updated 19:05``): the weekday must be the date's own, and the verb is a stamp's
  (posted, updated, published, modified), never a sentence's "at"; a line that is nothing but
  the date, the word "at" and the time (``14 марта 2031 г. в 19:05``, ``14 mars 2031 à
  19h05``) is a stamp too: a sentence would have words before the date or after the time
  (the year's abbreviation, ``г.``, ``р.``, may follow the year);
- it holds no other date and is not a photo credit or caption (a picture's date is the day
  it was taken).

Between the story's last sentence and its stamp a page may set its tail: the source's address
(``example.com``), a keywords label and its tags (:mod:`briefing.corpus.taxonomy`), a lone
counter (``0``); :func:`story_above` steps over them to the story's last paragraph. A related
story's headline is none of these, so a stamp under it still follows no story.

Only the day is read: a name before the date may be a programme, an author or a place, so it
is never taken for the outlet.
"""

from __future__ import annotations

import datetime as dt
import re

from briefing.corpus import furniture as fx
from briefing.corpus.dates import find_dates
from briefing.corpus.stated import read_date
from briefing.corpus.taxonomy import is_keyword_label, is_tag_list

__all__ = ["closing_stamp", "closing_stamp_date", "story_above"]

_TIME_AT_END = re.compile(
    r"(?:[\s,;|–—-]\s*(?:[0-2]?\d(?:[:.]|h)[0-5]\d)(?:\s*[^\W\d_]{1,4}\.?)?"
    # "2031年03月14日19時05分": the Chinese and Japanese clock, glued to the day's 日
    r"|(?<=日)\s*[0-2]?\d[時时][0-5]?\d分)\s*$"
)
_WORD_START = re.compile(r"(?<![\w.])\w")
#: ``… Fri posted at`` between a stamp's date and its time: the weekday (checked against the
#: date) and the stamp's verb, English as such page stamps are written.
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_POSTED = re.compile(
    r"(?:\s*,?\s+(?P<weekday>(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6})\.?,?)?"
    r"(?:\s*,?\s+(?:last\s+)?(?:posted|updated|published|modified)(?:\s+(?:at|on))?)?$",
    re.IGNORECASE,
)

#: The word "at" between a stamp's date and its time (``… 2031 г. в 19:05``).
_AT_WORD = re.compile(r"\s+(?:в|о|at|à|um|alle|às|a las|a la|saat)$", re.IGNORECASE)
#: The year's abbreviation after its digits: Russian ``г.``, Ukrainian ``р.``.
_YEAR_MARK = re.compile(r"(?<=\d)\s*(?:г|р)\.$")


def closing_stamp_date(texts: list[str]) -> dt.date | None:
    """The day stated by a closing stamp in the last two paragraphs, or None."""
    found = closing_stamp(texts)
    return found[0] if found else None


def closing_stamp(texts: list[str]) -> tuple[dt.date, int] | None:
    """(day, index of its paragraph) for a closing stamp in the last two paragraphs, or None."""
    for index in range(len(texts) - 1, max(-1, len(texts) - 3), -1):
        day = _stamp_day(texts[index].strip()) if texts[index].strip() else None
        if day is not None:
            return day, index
    return None


def _stamp_day(text: str) -> dt.date | None:
    if len(text) > 120 or fx.word_count(text) > 12:
        return None
    time = _TIME_AT_END.search(text)
    if time is None or fx.is_photo_credit(text) or fx.ends_in_photo_credit(text):
        return None
    head = text[: time.start()].rstrip(" ,;|–—-")
    posted = _POSTED.search(head)
    weekday = posted.group("weekday") if posted else None
    whole = False
    if posted is not None and 0 < posted.start() < len(head):
        head = head[: posted.start()]  # "2031.03.14 Fri posted at": the date, then its words
    elif (at := _AT_WORD.search(head)) is not None:
        head, whole = head[: at.start()], True  # "<date> в <time>": the date opens the line
    year_mark = _YEAR_MARK.search(head)
    head = head[: year_mark.start()] if year_mark else head
    for start in (m.start() for m in _WORD_START.finditer(head, max(0, len(head) - 40))):
        stated = read_date(head, start)
        if stated is None or stated.end != len(head):
            continue
        if stated.day is None or stated.year is None or (whole and start > 0):
            return None
        day = stated.value()
        if day is None or (weekday and not _is_weekday(weekday, day)):
            return None  # "Fri" under a Thursday's date: not the page's stamp of that day
        if len(find_dates(text)) > 1:
            return None  # a second full date: a timeline entry or a sentence, not a stamp
        return day
    return None


def _is_weekday(word: str, day: dt.date) -> bool:
    """Whether ``word`` (``Thu``, ``Thursday``) names ``day``'s weekday, in English."""
    full = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    index = day.weekday()
    return word.casefold().rstrip(".") in (_WEEKDAYS[index], full[index], full[index][:4])


#: A page's tail line that is no story: a lone counter, an address alone.
_COUNTER = re.compile(r"\d{1,7}")
_ADDRESS = re.compile(r"(?:https?://)?(?:[\w-]+\.)+[a-z]{2,6}(?:/\S*)?", re.IGNORECASE)
#: How many tail lines may stand between the story and its stamp.
_TAIL_LINES = 6


def story_above(texts: list[str], index: int) -> int | None:
    """The index of the paragraph above ``index`` once a page's tail lines (module doc) are
    stepped over, or None when there is none."""
    i = index - 1
    while i >= 0 and index - i <= _TAIL_LINES:
        line = texts[i].strip()
        tags = i > 0 and is_tag_list(line) and is_keyword_label(texts[i - 1])
        if not (
            _COUNTER.fullmatch(line) or _ADDRESS.fullmatch(line) or is_keyword_label(line) or tags
        ):
            return i
        i -= 1
    return None
