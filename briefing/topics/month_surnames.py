"""A surname that is a month's name: "Prime Minister Edwina May said", not "in May 2017".

The edges of a run of capitalised words drop a month or weekday (:meth:`~.run_edges.RunEdges.
_trim`): "Monday May", "Tuesday, May 12", "In May" are dates around a run, no part of a name.
But several month names are also English surnames (May, June, April, August), and a person
so called loses the surname: "Edwina May" is listed as "Edwina", a given name alone.

A month after a given name is the surname when

- it is a full month name (no abbreviation: "Jan", "Mar" cut short are dates);
- the word before it is a given name (:func:`~.given_names.named`, gender-guesser's name
  lists) that is no everyday word of the paragraph's language and no month or weekday itself
  ("Will May …", "Friday May …" stay dates);
- no day number follows it ("Edwina May 12" is a date after a name: a day, with or without
  a dot, is how a month is dated; a year alone too).

The months here are the English ones, the only month names the run's edges drop in any
language (a German "Mai" or a French "mai" is read as a common word by other rules).
"""

from __future__ import annotations

import re

from briefing.topics.given_names import common_word, named
from briefing.topics.lexicon import MONTHS, WEEKDAYS
from briefing.topics.tokens import Token

__all__ = ["month_surname"]

#: A month written in full (the abbreviations of :data:`~.lexicon.MONTHS` are dates only).
_FULL_MONTHS = frozenset(m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july"))
#: A number right after the month: a day or a year ("May 12", "May 2017", "June 3rd").
_NUMBER_AFTER = re.compile(r"[ \t\u00a0]*,?[ \t\u00a0]*\d")


def month_surname(words: list[Token], text: str, language: str) -> bool:
    """Whether the last of ``words`` (a run of capitalised words in the paragraph ``text``)
    is a month's name that is the surname of the given name before it."""
    if len(words) < 2 or words[-1].lower not in _FULL_MONTHS or not words[-1].text.istitle():
        return False
    given = words[-2]
    if (
        not given.text.isalpha()
        or not given.text.istitle()
        or given.lower in MONTHS
        or given.lower in WEEKDAYS
        or not named(given.text, language)
        or common_word(given.text, language)
    ):
        return False
    return _NUMBER_AFTER.match(text, words[-1].end) is None
