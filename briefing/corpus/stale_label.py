"""A day label the article's own dates contradict: then it dates something else, not the story.

A saved page's label (``date 2019-12-01``) is read from the page by a crawl, and a stale or
defaulted one survives in some: the site's first page, a template's date. The text itself
cannot be contradicted that way, so a label *yields* (:func:`contradicted`) when

- **the article's head states a later day** than the label, by more than a day (a time zone
  apart is no contradiction; an update label's later day neither): another publication label
  (``Fecha: 13 de octubre de 2031``),
  a line that is only a date, or a wire dateline with its year
  (``Exampleton, a 13 de octubre 2031.-``) — the article's own stamp of its day; or
- **the story tells a date of a later month as past**: an article cannot be published before
  the events it reports. A date with its year (or a month and year) of the story's own
  paragraphs counts when its clause is neither a forecast nor in the future
  (:func:`briefing.analysis.forecasts.speaks_of_future`; "la cathédrale rouvrira ses portes le
  7 décembre" is a schedule, not a past), and only a later *month*, so a day or two of the
  same week told in a language whose future is not read stays no contradiction.

- **the story's own dateline states a later day** than the label (``London, May 19 (EXA)``
  under ``date 2031-05-18``): an article cannot be published before the day it was filed.
  The dateline is the place's day and the label the publisher's, so this is the one check
  with no day of slack: a label a day *later* than the dateline is a time zone apart (or the
  next morning's paper), a label a day earlier would need the story filed after midnight at a
  place ahead of the publisher's clock, which a report of that day's finished events is not.
  The label then lends nothing, not even its year (:func:`briefing.corpus.publication_date.
  _find_date`): a yearless dateline under it gets no date.

A head date the story's own dateline agrees with (``22 июля, Минск /Корр. …/.`` under a
stamp ``22 июля 2023, 23:41``: the same day and month) is never stale, whatever later date
the page's head shows: a saved page's "today" widget (``Вторник, 26 ноября 2024`` beside the
weather) states the day the page was viewed, and a later date there is no contradiction. Among
several dates of the head, one the dateline contradicts yields to one it agrees with
(:func:`agreeing`).

The date then comes from the rest of the ladder (:func:`briefing.corpus.publication_date.
_find_date`): the article's own stamp or dateline, or no date when the text gives none. Only a
label of a full day is checked; a month label (``date 2024-12``) states no day to contradict.
"""

from __future__ import annotations

import datetime as dt
import re

from briefing.corpus import furniture as fx
from briefing.corpus.datelines import read_dateline
from briefing.corpus.dates import find_dates
from briefing.corpus.labels import read_label
from briefing.corpus.stated import StatedDate
from briefing.model import ParagraphKind

__all__ = ["agreeing", "contradicted", "opening_day"]

#: Paragraphs of the head searched for the article's own stamp of its day.
_HEAD = 12
#: A day later than the label by at most this much is a time zone apart, not a contradiction.
_SLACK = dt.timedelta(days=1)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def contradicted(
    label: dt.date, texts: list[str], kinds: list[ParagraphKind], language: str | None
) -> bool:
    """Whether the day ``label`` (read from one of ``texts``) is contradicted (module doc)."""
    opening = opening_day(texts, kinds)
    if opening is not None and _before_dateline(label, opening):
        return True  # "date 2031-05-18" over "London, May 19 (EXA)": filed after the label
    if opening is not None and _agrees(label, opening):
        return False  # the story's own dateline states this day
    return _later_stamp(label, texts, kinds) or _later_past(label, texts, kinds, language)


def _later_stamp(label: dt.date, texts: list[str], kinds: list[ParagraphKind]) -> bool:
    """Another label, a date line or a dated dateline of the head states a later day."""
    for text, kind in zip(texts[:_HEAD], kinds[:_HEAD], strict=False):
        days: list[dt.date] = []
        own = read_label(text)
        if own is not None:  # an update's later day is no contradiction: only a publication's
            if own.published and own.date.day is not None and own.date.year is not None:
                days.append(dt.date(own.date.year, own.date.month, own.date.day))
        elif kind == "meta" and fx.is_date_line(text):
            days.extend(find_dates(text)[:1])
        elif kind in ("body", "dek"):
            dateline = read_dateline(text)
            stated = dateline.date if dateline is not None else None
            if stated is not None and stated.year is not None and stated.day is not None:
                days.append(dt.date(stated.year, stated.month, stated.day))
        if any(day > label + _SLACK for day in days):
            return True
    return False


def _later_past(
    label: dt.date, texts: list[str], kinds: list[ParagraphKind], language: str | None
) -> bool:
    """A paragraph of the story tells a date of a later month than ``label`` as past."""
    from briefing.analysis.dates import find_dates as phrases_in  # only for a labelled article
    from briefing.analysis.forecasts import speaks_of_future

    language = language or "en"
    for text, kind in zip(texts, kinds, strict=True):
        if kind not in ("body", "dek") or not _may_be_later(text, label.year):
            continue
        for phrase in phrases_in(text, language):
            if phrase.year is None or phrase.month is None:
                continue
            if (phrase.year, phrase.month) <= (label.year, label.month):
                continue
            if not speaks_of_future(text, phrase.start, phrase.end, language):
                return True
    return False


def _may_be_later(text: str, year: int) -> bool:
    """A cheap test: the paragraph writes a year no earlier than the label's."""
    return any(int(found) >= year for found in _YEAR.findall(text))


def opening_day(texts: list[str], kinds: list[ParagraphKind]) -> StatedDate | None:
    """The day the story's own dateline states (its year may be missing): a wire dateline
    (``LONDON, July 22 (Reuters) -``, or the date first: ``22 июля, Минск /Корр. …/.``) opening
    a paragraph of the head; else None."""
    for text, kind in zip(texts[:_HEAD], kinds[:_HEAD], strict=False):
        if kind not in ("body", "dek"):
            continue
        dateline = read_dateline(text)
        stated = dateline.date if dateline is not None else None
        if stated is not None and stated.day is not None:
            return stated
    return None


def agreeing(
    days: list[tuple[dt.date, int]], texts: list[str], kinds: list[ParagraphKind]
) -> list[tuple[dt.date, int]]:
    """``days`` (a date of the head and its paragraph) without those the story's dateline
    contradicts, when at least one agrees with it; else ``days`` unchanged."""
    opening = opening_day(texts, kinds) if len(days) > 1 else None
    if opening is None:
        return days
    kept = [(day, at) for day, at in days if _agrees(day, opening)]
    return kept or days


def _before_dateline(label: dt.date, opening: StatedDate) -> bool:
    """Whether ``label`` is earlier than the day the dateline states; a dateline without its
    year is taken in the year that puts it nearest the label (``Jan 1`` under ``Dec 31`` is
    the next day, not eleven months before)."""
    years = (
        (opening.year,)
        if opening.year is not None
        else (label.year - 1, label.year, label.year + 1)
    )
    days = []
    for year in years:
        try:
            days.append(dt.date(year, opening.month, opening.day or 1))
        except ValueError:  # "29 February" in a year without it
            continue
    if opening.day is None or not days:
        return False
    nearest = min(days, key=lambda day: abs(day - label))
    return nearest > label


def _agrees(day: dt.date, opening: StatedDate) -> bool:
    """The same day and month (a time zone's day apart too), and the same year if stated."""
    for near in (day - _SLACK, day, day + _SLACK):
        if (near.month, near.day) == (opening.month, opening.day):
            return opening.year is None or opening.year == near.year
    return False
