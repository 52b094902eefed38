"""A month label's day from the wire dateline right under it: ``date 2031-03`` /
``EXAMPLETON, 14 марта. /Корр. …/. <lead>``.

A month-only label states the month the article was published and no day, so the product
shows the month alone (``date_precision = "month"``). A wire's story opens with its dateline,
the place and the day it was filed (``EXAMPLETON, March 14 (EXA) —``, ``ЭКСАМПЛЬ, 14 марта.
/EXA/.``), most often without the year. When that dateline opens the story right under the
label (the rest of the label's own line, or the paragraph after it) and its month is the
label's, the two halves make one date: the day from the dateline, the year from the label.

Never read:

- a dateline of another month (``date 2031-04`` over ``…, 30 марта.``): the label and the
  dateline disagree, and neither lends the other a day;
- a dateline that states a year other than the label's;
- a place and a date further down (a second paragraph, a quoted report "LONDON, March 3"
  inside the story): only the story's first paragraph is the wire's dateline;
- a paragraph ending in a picture's credit: a caption's dateline dates the picture.

The page's own stamp may follow the label on its line instead (``date 2031-03 2031-03-14
04:10:27``): a line that is only the label, a full date of the label's month and its time is
the page saying the same date more precisely, and that day wins (:func:`stamp_after_label`).
A stamp of another month, or one with words after it, lends nothing.
"""

from __future__ import annotations

import datetime as dt

from briefing.corpus import furniture as fx
from briefing.corpus.datelines import read_dateline
from briefing.corpus.labels import read_label
from briefing.model import ParagraphKind

__all__ = ["dateline_day", "stamp_after_label"]

#: Kinds of paragraph a story's first line may have been given.
_STORY = frozenset({"body", "dek"})


def dateline_day(
    month: dt.date, texts: list[str], kinds: list[ParagraphKind], at: int, end: int
) -> dt.date | None:
    """The day a dateline right under the month label (paragraph ``at``, ending at ``end``)
    gives in the label's month, or None (module doc)."""
    rest = texts[at][end:].strip()
    if rest:
        opening = rest  # "date 2031-03 EXAMPLETON, 14 марта. …" kept on one line
    elif at + 1 < len(texts) and kinds[at + 1] in _STORY:
        opening = texts[at + 1]
    else:
        return None
    if fx.ends_in_photo_credit(opening):
        return None
    dateline = read_dateline(opening)
    stated = dateline.date if dateline is not None else None
    if stated is None or stated.day is None or stated.month != month.month:
        return None
    if stated.year is not None and stated.year != month.year:
        return None
    try:
        return dt.date(month.year, month.month, stated.day)
    except ValueError:  # "31 апреля": no such day
        return None


def stamp_after_label(month: dt.date, rest: str) -> dt.date | None:
    """The day of a stamp that is the whole ``rest`` of a month label's line, when it falls in
    the label's month (``date 2031-03`` then ``2031-03-14 04:10:27`` → 14 March), else None."""
    stamp = read_label(rest.strip())
    if stamp is None or not stamp.bare or stamp.date.day is None:
        return None  # "date 2031-03 14 March was a day …": a sentence, not the page's stamp
    if (stamp.date.year, stamp.date.month) != (month.year, month.month):
        return None  # the label and the stamp disagree: neither lends the other a day
    return stamp.date.value()
