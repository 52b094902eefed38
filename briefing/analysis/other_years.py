"""A count in a sentence that names another year than the story's counts another event.

"The worst disaster came in 1992, when an explosion killed 263 miners" sets no rival to the
story's toll, nor does "وقعت بالعام 1992 … خلف 263 قتيلا": the sentence dates itself to
another year, and what it counts is that year's. The reader already drops such a toll when
the article states its day of publication (:mod:`.figure_reading`, ``elsewhere``), but an
undated article has no year of its own to read the sentence against, and a count of a noun
no casualty word names (a language whose words for the dead the reader lacks) was compared
whatever year its sentence named.

Here every count carries the years its sentence names (:attr:`.Figure.years`: four-digit
numbers the language writes as years, the same reading as the reader's rule, in any script),
and is set aside when none of them is the story's: the year of the article's day of
publication or of the packet's main day (:mod:`.main_day`), whichever is known. A sentence
naming the story's year as well ("in 2014 alone, 301 died; in 1992, 263") keeps its counts,
and a measurement (a depth, a length) is no count of its year: it carries no years. A
comparison ("the worst since 1992, with 274 dead") loses its count: a missed figure, as the
reader's rule already has it for a dated article.

The rule only narrows what is compared: a misread year costs a missed disagreement, never a
false one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from briefing.analysis.figure_model import Figure

#: What ends a clause (as :mod:`.another_time` reads it).
_CLAUSE = re.compile(r"[,;:،、，()]|\s[–—]\s|[.!?。](?:\s|$)")


def dating_years(
    text: str, years: Sequence[tuple[int, int]], start: int, end: int
) -> frozenset[int]:
    """The years (``(position, year)`` in ``text``) that date the figure at
    ``text[start:end]``: any before it ("In 1992, 263 miners died": a year put first dates the
    sentence) and those after it in its own clause; not one after it behind a clause's end
    ("3,000 guests in the cathedral, which burned in April 2019": the year of the clause
    about the cathedral)."""
    if not years:
        return frozenset()
    stop = _CLAUSE.search(text, end)
    limit = stop.start() if stop else len(text)
    return frozenset(year for at, year in years if at < start or at < limit)


def of_story_years(figures: Sequence[Figure], main_day: dt.date | None) -> list[Figure]:
    """``figures`` less the counts whose sentence names only years other than the story's
    (module doc); with no story year known, all of them."""
    return [f for f in figures if not _of_another_year(f, main_day)]


def _of_another_year(figure: Figure, main_day: dt.date | None) -> bool:
    if not figure.years:
        return False
    story = {d.year for d in (figure.reported, main_day) if d is not None}
    return bool(story) and not (story & figure.years)
