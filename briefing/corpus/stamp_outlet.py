"""A stamp of day, time and house over the story: ``2031年03月14日 04:10 示例時報 張三 /綜合報導``.

Newspapers in Chinese, Japanese and Korean, and many small news sites, print the day and time a
story went up on a line of its own, then the house that published it, maybe the reporter and a
byline mark (``/綜合報導`` "compiled report", ``記者``, ``기자``); a site may end the line with
its own domain (``14.03 19:05 Example.com``). Read here, on a line that is the whole paragraph
(a page's date label before it aside, :func:`briefing.corpus.labels.read_label`):

- the **day**: a date with its day and month in any form the shared date reader takes, or a
  numeric ``14.03`` (day and month), followed at once by a clock time;
- the **outlet**: the next word when it is a domain (``Example.com``: a site naming itself), or
  a run of Han, kana, Hangul or Latin letters whose last word is a news house's (報 / 报, 新聞,
  社, 台, 網 / 网, 일보, 신문, 뉴스, 방송, 통신, :data:`_HOUSE_END`); after it at most two
  short words (the reporter) and byline marks after slashes.

Such a line, with its house or a byline's mark after the clock, is never a title
(:func:`is_stamp_line`), and its day (with its year) dates the story: it makes a month label
exact when it falls in that month (:func:`briefing.corpus.publication_date._refined`), and it
stands for a date line in the head. A date and a clock followed by prose (``14.03 19:05 The
council voted …``), by a word that is no house's (``… 04:10 國際 張三``), or a line with no
clock names no outlet; one over a few words of no house and no byline (``2031-03-14 19:05
Storm closes harbour``) may be a headline under its stamp or a related story's line, and is
left alone. A day and month with no year (``12.05 19:00``) count only before a house: a
listing's day and hour look the same.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from briefing.corpus.labels import read_label
from briefing.corpus.stated import StatedDate, read_date

__all__ = ["Stamp", "is_stamp_line", "read_stamp", "stamp_day", "stamp_outlet"]

#: The longest line read as a stamp.
_LONGEST = 90
#: ``14.03`` or ``14/03``: a day and a month in figures, no year (only before a clock).
_DAY_MONTH = re.compile(r"(?P<day>[0-3]?\d)[./](?P<month>[01]?\d)(?![./]?\d)")
_CLOCK = re.compile(r"[ \u3000T,]*(?:[0-2]?\d:[0-5]\d(?::[0-5]\d)?|[0-2]?\d時[0-5]?\d分)")
#: A clock inside a label's span: the label was a stamp of day and time.
_TIMED = re.compile(r"[0-2]?\d:[0-5]\d")
_DOMAIN = re.compile(r"(?:[A-Za-z0-9-]+\.)+[a-z]{2,6}(?![\w.])")
_HAN = "\u3400-\u4dbf\u4e00-\u9fff"
_NAME = re.compile(rf"[{_HAN}\u3040-\u30ff\uac00-\ud7a3A-Za-z0-9&]{{2,16}}")
#: A news house's own word closing its name (Chinese, Japanese, Korean).
_HOUSE_END = re.compile(
    r"(?:[报報网網社台刊讯訊]|新闻|新聞|媒体|媒體|일보|신문|뉴스|방송|통신|경제|타임스)$"
)
#: What may follow the house: a reporter's name and byline marks (``/綜合報導``), short words.
_TAIL_WORD = re.compile(r"[ \u3000]*/?[ \u3000]*(?P<word>[^\s/,.;:!?。，、！？]{1,12})")
_TAIL_WORDS = 4
#: A byline's mark: a credit after a slash, or the word "reporter" or "report".
_BYLINE = re.compile(r"(?:^|\s)/\s*\S|記者|记者|기자|報導|报道|報道")
#: A sentence's punctuation: the line runs on into prose.
_SENTENCE = re.compile(r"[.!?。！？，,;；]")


@dataclass(frozen=True, slots=True)
class Stamp:
    """What a stamp line states."""

    date: StatedDate
    #: The house it names, or None (a stamp of day, time and reporter only).
    outlet: str | None
    #: Whether a byline's mark follows the clock (``/綜合報導``, ``記者``, ``기자``).
    byline: bool = False

    def day(self) -> dt.date | None:
        """The stamp's day when it states its year, else None."""
        if self.date.year is None or self.date.day is None:
            return None
        return self.date.value()


def read_stamp(text: str) -> Stamp | None:
    """The stamp a short paragraph is (a date label before it allowed), or None."""
    if len(text) > 2 * _LONGEST:
        return None  # most paragraphs: prose, decided at once
    line = text.strip()
    label = read_label(line) if line[:1].isalpha() else None
    if label is not None:
        timed = _TIMED.search(line, label.date.end, label.end)
        line = line[label.end :].strip(" /|·•—–-")
        if timed is not None and line[:1] and not line[:1].isdigit():
            # "date 2031-03-14 14.03 19:05 Example.com": the label took the stamp's clock
            return _stamp(label.date, line)
    if not line or len(line) > _LONGEST or not line[:1].isdigit():
        return None
    date = _day(line)
    if date is None:
        return None
    clock = _CLOCK.match(line, date.end)
    return _stamp(date, line[clock.end() :]) if clock is not None else None


def _stamp(date: StatedDate, after: str) -> Stamp | None:
    """The stamp of ``date`` when what follows its clock, ``after``, is a few short words."""
    rest = after.strip()
    if len(rest) > _LONGEST:
        return None
    words = _DOMAIN.sub("site", rest)  # a domain's points end no sentence
    if not rest or _SENTENCE.search(words):
        return None  # nothing after the clock is a stamp of labels.is_stamp; prose is no stamp
    if not _short(words):
        return None
    outlet = _outlet(rest)
    if date.year is None and outlet is None:
        return None  # "12.05 19:00 Concert": a listing's day and hour, not a page's stamp
    return Stamp(date, outlet, _BYLINE.search(rest) is not None)


def is_stamp_line(text: str) -> bool:
    """Whether ``text`` is a stamp of day, time and house, or of day, time and a byline
    (``… 04:10 張小明 /綜合報導``, ``… 17:41 홍길동 기자``): never a title. A date and clock
    before a few words that name no house and no reporter (``2031-03-14 19:05 Storm closes
    Velmora harbour``) may be a headline under its stamp (:mod:`.head_stamp`): left alone."""
    stamp = read_stamp(text)
    return stamp is not None and (stamp.outlet is not None or stamp.byline)


def _day(line: str) -> StatedDate | None:
    """The date opening ``line``, with its day: any stated form, or ``14.03`` before a clock."""
    stated = read_date(line)
    if stated is not None and stated.day is not None:
        return stated
    match = _DAY_MONTH.match(line)
    if match is None:
        return None
    day, month = int(match.group("day")), int(match.group("month"))
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    return StatedDate(None, month, day, match.end())


def _short(rest: str) -> bool:
    """At most a house and :data:`_TAIL_WORDS` short words after it."""
    pos, words = 0, 0
    while pos < len(rest):
        word = _TAIL_WORD.match(rest, pos)
        if word is None or word.end() == pos:
            return False
        pos, words = word.end(), words + 1
        if words > _TAIL_WORDS + 1:
            return False
    return True


def _outlet(rest: str) -> str | None:
    """The house opening what follows the clock: a domain, or a name ending in a house's word."""
    domain = _DOMAIN.match(rest)
    if domain is not None and not rest[domain.end() :].strip():
        return domain.group(0)  # "Example.com" alone after the clock: the site itself
    name = _NAME.match(rest)
    if name is None or (name.end() < len(rest) and not rest[name.end()].isspace()):
        return None
    house = name.group(0)
    return house if _HOUSE_END.search(house) else None


def stamp_outlet(text: str) -> str | None:
    """The house a stamp line names (``… 04:10 示例報 張三``, ``14.03 19:05 Example.com``)."""
    stamp = read_stamp(text)
    return stamp.outlet if stamp is not None else None


def stamp_day(text: str) -> dt.date | None:
    """The day a stamp of house or byline states with its year (:func:`is_stamp_line`), or
    None: a date and clock over a few other words may be a related story's line
    (``2031-03-14 19:05 Storm closes harbour``), which dates that story, not this one."""
    stamp = read_stamp(text)
    if stamp is None or not (stamp.outlet is not None or stamp.byline):
        return None
    return stamp.day()
