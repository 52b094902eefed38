"""Two sentences that are one account retold: most of their content words are the same.

Outlets retell one statement (a ministry's, an agency's) in their own words, and the day they
give it is then the day of the same act, whatever words each adds: "an armed group in three
cars attacked the base on Wednesday" and "the armed group, in three cars, attacked (yesterday,
Thursday) the base" are one act given two days. :mod:`.main_day` asks this of a day after
the main day that no second article's words tie to the act (its aftermath guard): the
retold account is that tie.

One account, not one topic: the sentences share at least :data:`LEAST` word keys
(:func:`~.day_words.word_key`, the act's words in any language, names left out where the
language writes them with capitals, country names left out) **and** at least :data:`SHARE`
of each sentence's keys (of the longer one's). The days after an act are told with a few of
its words ("rescuers searched the wreckage of the ferry"; a vote counted the morning after
it was cast), never with most of each sentence; a report that adds its own clauses to one
account ("officials said on Friday that …, and that cranes would lift it") is no retelling.
"""

from __future__ import annotations

from functools import lru_cache

from briefing.analysis.day_words import content_words, country_keys, word_key
from briefing.analysis.text import WORD, unelided

#: At least this many word keys are shared.
LEAST = 5
#: And at least this part of each sentence's keys: most of both is one account.
SHARE = 0.5


@lru_cache(maxsize=4096)
def sentence_keys(sentence: str, language: str) -> frozenset[str]:
    """The word keys of a sentence's content words, country names left out."""
    words = content_words(list(WORD.finditer(sentence)), language)
    return frozenset(word_key(unelided(m.group())) for m in words) - country_keys()


def retold(first: frozenset[str], second: frozenset[str]) -> bool:
    """Two sentences' keys (:func:`sentence_keys`) are one account retold."""
    shared = len(first & second)
    return shared >= LEAST and shared >= SHARE * max(len(first), len(second))
