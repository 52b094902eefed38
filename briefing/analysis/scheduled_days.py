"""A day a sentence gives to a thing still to come: "the November 3 election", "le scrutin du 3
novembre", weeks after the story.

A date written as a noun's attribute names which thing is meant (the election of that day),
and says nothing of what happened in the story; when the day lies after every day the story
is known by, the thing is scheduled, not done ("polls on the November 3 presidential
election" in a report of a September ceremony). The timeline keeps it with its date (a
discrepancy may quote it) but not as an event of the story. A day the story is known by
("the September 15 signing" of a September 15 signing), or one before it ("the October 7
attack"), stays: an act of the story or of its past.

The attribute is read as :func:`.date_roles.qualifies_noun` reads a year: in English an
article or determiner right before the day and a content word right after it (a comma
allowed between, as some agencies write it); in French, Spanish, Italian, Portuguese and
Catalan a content word, then "of" contracted with the article ("du", "del", "do", "della"),
then the day. Other languages write the day there as they write any date, and are not read.
"""

from __future__ import annotations

import datetime as dt
import re

from briefing.analysis.date_roles import _function_word
from briefing.analysis.model import TimelineEntry

#: A determiner right before the day (English).
_BEFORE = {"en": re.compile(r"(?i)(?<![\w'’])(?:the|a|this|next|its|their)\s+$")}
#: A content word, then "of" with the article, right before the day.
_OF = {
    "fr": r"du",
    "es": r"del",
    "ca": r"del",
    "it": r"del|dello|della",
    "pt": r"do|da",
}
_NOUN_OF = {
    language: re.compile(rf"(?<![\w'’])([^\W\d_]+)\s+(?:{of})\s+$") for language, of in _OF.items()
}
#: A lower-case word right after the day (a comma allowed before it): the noun, or an
#: adjective before it ("the November 3, presidential election").
_WORD_AFTER = re.compile(r",?\s+([^\W\d_][\w-]*)")
#: A day after the story by more than this is another season, and other rules read it.
MOST_AHEAD = 183
#: A day after the story by this or less may be the story's own day as another outlet dates
#: it ("l'après-midi du 13 mars" against the others' Thursday 12 March): a disagreement to
#: keep, not a thing scheduled. Scheduled things lie weeks ahead (an election, a summit).
LEAST_AHEAD = 7


def names_a_thing(sentence: str, start: int, end: int, language: str) -> bool:
    """Whether the day phrase at ``start``–``end`` of ``sentence`` is a noun's attribute."""
    before = sentence[max(0, start - 40) : start]
    article = _BEFORE.get(language)
    if article is not None:
        if not article.search(before):
            return False
        after = _WORD_AFTER.match(sentence, end)
        return (
            after is not None
            and after.group(1).islower()
            and not _function_word(after.group(1), language)
        )
    noun = _NOUN_OF.get(language)
    if noun is None:
        return False
    found = noun.search(before)
    return (
        found is not None
        and found.group(1).islower()
        and not _function_word(found.group(1), language)
    )


def scheduled(entry: TimelineEntry, known_days: list[tuple[int, int, int]], language: str) -> bool:
    """A day phrase that names a thing (:func:`names_a_thing`) on a day after every day of
    ``known_days`` (the story's days and the days its articles were written)."""
    key = entry.day_key()
    if key is None or not known_days:
        return False
    at = entry.phrase_span.start - entry.sentence_span.start
    end = entry.phrase_span.end - entry.sentence_span.start
    if not names_a_thing(entry.sentence, at, end, language):
        return False
    return all(_ahead(key, day) for day in known_days)


def _ahead(day: tuple[int, int, int], known: tuple[int, int, int]) -> bool:
    """``day`` comes after ``known`` by more than :data:`LEAST_AHEAD` days and at most
    :data:`MOST_AHEAD` (a day without a year, 0, counted round the year)."""
    if day[0] and known[0]:
        return LEAST_AHEAD < (dt.date(*day) - dt.date(*known)).days <= MOST_AHEAD
    ahead = (dt.date(2000, day[1], day[2]) - dt.date(2000, known[1], known[2])).days % 366
    return LEAST_AHEAD < ahead <= MOST_AHEAD
