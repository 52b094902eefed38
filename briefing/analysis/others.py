"""The others: "13 died and another 16 were injured" — the injured, not an increment.

A report that has just counted the dead often counts the injured as the others: "at least
13 died, and another 16 were hurt", "zginęło co najmniej 13, a kolejnych 16 jest rannych",
"… достигло 13 человек. Еще 28 пострадали.", "weitere 16 wurden verletzt". The word for
"another" (:func:`.casualties.vocabulary`, which otherwise makes a count an increment of a toll:
"12 more people died") here says the 16 are other people than the dead, and the number is
the report's count of the injured, compared like any toll (in every language, between
reports of one day: :mod:`.casualties`).

It is read only when all of these hold, else the number stays an increment and is dropped:

- the number is right after the language's "another" word, and its own clause names the
  injured and no other kind ("another 16 were injured", "еще 28 пострадали");
- only function words (stopwords: "were", "jest", "sind") or a general word for people
  stand between the number and the word for the injured: "another 16 children were injured"
  counts a part, as "12 children were killed" is no toll;
- what comes before it — the sentence up to the number, and the sentence before when the
  number opens its own — counts the dead (a number and a word for the dead) and names no
  injured: "20 were injured … another 16 were injured" is an increment of the injured.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from functools import cache

from briefing.analysis.casualties import CASUALTIES, clause, vocabulary, word_matcher
from briefing.analysis.crosscounts import ANY_LANGUAGE
from briefing.analysis.days import Day
from briefing.analysis.figure_model import Figure
from briefing.analysis.model import Quote
from briefing.analysis.numbers import interval
from briefing.analysis.sentence_numbers import numbers_in
from briefing.analysis.text import WORD, Sentence

#: Words of the number's clause read for the word for the injured.
_AFTER = 5


def other_injured(
    parts: Sequence[Sentence],
    position: int,
    language: str,
    day: Day | None,
    quote: Quote,
    reported: dt.date | None,
) -> list[Figure]:
    """The injured counted as the others after the dead in ``parts[position]`` (module
    docstring); like every toll, only in a sentence of a known day or report day."""
    words = vocabulary(language)
    if words is None or (reported is None and day is None):
        return []
    kinds, people, another = words
    text = parts[position].text
    more = word_matcher(another)
    found = []
    for number in numbers_in(text, language):
        before = WORD.findall(text[: number.start])
        if not before or not more.fullmatch(before[-1]) or number.low is not None:
            continue
        if not _injured_after(text[number.end :], language, kinds, people):
            continue
        context = text[: number.start]
        if len(before) == 1 and position > 0:  # "Еще 28 пострадали.": the sentence before
            context = f"{parts[position - 1].text} {context}"
        if not _dead_counted(context, language, kinds):
            continue
        low, high = interval(number.value, number)
        hedge = f"{number.hedge} " if number.hedge else ""
        shown = f"{before[-1]} {hedge}{number.written} (injured)"
        key = (ANY_LANGUAGE, f"{CASUALTIES} injured")
        found.append(Figure(key, day, low, high, shown, quote, reported=reported))
    return found


def _injured_after(rest: str, language: str, kinds: dict[str, str], people_words: str) -> bool:
    """The clause after the number names the injured and no other kind, with only function
    words or a word for people before that word."""
    words = clause(rest, language, _AFTER).split()
    injured = word_matcher(kinds["injured"])
    people = word_matcher(people_words)
    others = " ".join(w for k, w in kinds.items() if k != "injured")
    if word_matcher(others).search(" ".join(words)):
        return False
    for word in words:
        if injured.fullmatch(word):
            return True
        if word.casefold() not in _stopwords(language) and not people.fullmatch(word):
            return False
    return False


def _dead_counted(context: str, language: str, kinds: dict[str, str]) -> bool:
    """``context`` counts the dead (a number and a word for the dead) and names no injured."""
    return (
        bool(numbers_in(context, language))
        and bool(word_matcher(kinds["dead"]).search(context))
        and not word_matcher(kinds["injured"]).search(context)
    )


@cache
def _stopwords(language: str) -> frozenset[str]:
    import stopwordsiso

    if not stopwordsiso.has_lang(language):
        return frozenset()
    return frozenset(w.casefold() for w in stopwordsiso.stopwords(language))
