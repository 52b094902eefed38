"""A line at the top that is wholly a date, in the article's language: never its headline.

Many pages print the day they are shown above the headline, often with its weekday
(``Monday - 29 April 2031``, ``Lundi 29 avril 2031``, ``2031年4月29日 星期一``, in Arabic
``الاثنين - 29 أبريل 2031``). :func:`briefing.corpus.furniture.is_date_line` knows such a line
in English, Russian and figures only, and :func:`briefing.corpus.calendar_line.is_calendar_line`
in the Hebrew and Hijri calendars; in any other language the line was left as "body" and,
being short and first, became the title. This module reads the line with the analysis's date
reader (:func:`briefing.analysis.dates.find_dates`: CLDR month and weekday names in every
language the briefing reads, and marked figures ``4月29日``), in the language of the article
around it (a line of four words is too short to identify on its own).

A line counts only when a day-and-month date is on it and nothing but punctuation, figures
and weekday names is left once the dates are taken out: ``Lundi 29 avril 2031 : la grève``
and ``29 April: what we know`` are headlines, not date lines. A date line is no statement of
*publication* either (a saved copy carries the day it was saved): this module never dates the
article; it only keeps the line out of the title.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefing.analysis.dates import find_dates

__all__ = ["date_only_indices"]

#: Words in a line: letters of any script (figures and punctuation are not words).
_WORD = re.compile(r"[^\W\d_]+")
#: A candidate is short and holds a figure (a day or a year), in any of the digit sets.
_MAX_WORDS = 10
_DIGIT = re.compile(r"\d")


def is_date_only(text: str, language: str) -> bool:
    """Whether ``text`` is nothing but a date with a day (and a weekday), read in ``language``."""
    line = text.strip()
    if not line or not _DIGIT.search(line) or len(line.split()) > _MAX_WORDS:
        return False
    phrases = find_dates(line, language)
    if not any(p.kind == "absolute" and p.day and p.month for p in phrases):
        return False
    rest = line
    for phrase in sorted(phrases, key=lambda p: p.start, reverse=True):
        if phrase.kind in ("absolute", "weekday"):
            rest = rest[: phrase.start] + " " + rest[phrase.end :]
    return not _WORD.search(rest)


def date_only_indices(
    texts: list[str], candidates: list[int], language: Callable[[], str | None]
) -> list[int]:
    """The indices among ``candidates`` whose line is wholly a date; ``language`` is asked
    (once) only when a short line with a figure is among them, since reading it costs a
    language identification of the article."""
    short = [
        i for i in candidates if _DIGIT.search(texts[i]) and len(texts[i].split()) <= _MAX_WORDS
    ]
    if not short:
        return []
    code = language()
    if code is None:
        return []
    return [i for i in short if is_date_only(texts[i], code)]
