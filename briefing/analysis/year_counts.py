"""Which four-digit numbers a text writes as years, and which as counts that look like one.

"Flooding after a storm in Libya; 2000 dead" writes a toll, not the year 2000, yet "2000"
is written the way a year is. A reader that dates what it finds by the bare years of a
sentence (an earlier event of the story's kind, :mod:`briefing.topics.past_events`; a
sentence about another year than the event's, :mod:`briefing.topics.event_tongues`) must
not take such a count for a year: a value the text does not support is worse than none.

What tells a count is what it counts, written right after it:

- a general word for people or a word for victims ("2000 people", "1500 Menschen",
  "1999 victims", "2000 человек", "1500 Opfer"): a year is never followed by one, whatever
  stands before it ("the deaths of 2000 people");
- a casualty word of :mod:`.casualties` ("2000 dead", "1500 Tote", "2000 погибших",
  "2000 killed"), unless a preposition stands right before the number, which reads it as a
  year ("the storm of 2000 killed thirty", "in 2000 died"): a casualty verb may follow a
  year that is the subject's date;
- in Chinese, Japanese and Korean, a counter right after the digits, an "-odd" between
  them allowed ("2000人", "2000多人", "2000명", "2000여 명"): these write a year with 年 / 년.

Everything else a year-shaped number may be is left as it was read: a year ("in 2000",
"the 2000 floods", "September 2000"), since a rule that drops real years would lose the
earlier events the text does date.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from briefing.analysis.casualties import vocabulary, word_matcher
from briefing.analysis.cjk_counts import _COUNTERS

#: Words for victims, per language (as :func:`.casualties.word_matcher` reads them): what a
#: count of the dead or hurt is often written as, and no year is ever followed by.
_VICTIMS: dict[str, str] = {
    "en": "victims casualties",
    "fr": "victimes",
    "de": "opfer todesopfer",
    "es": "víctimas",
    "it": "vittime",
    "pt": "vítimas",
    "nl": "slachtoffers",
    "ru": "жертв*",
    "uk": "жертв*",
    "pl": "ofiar*",
    "tr": "kurban*",
}

#: Prepositions that read the number right after them as a year ("in 2000", "of 2000",
#: "seit 2000"): a casualty word after such a year is the sentence's verb, not the counted
#: word. Not the hedges a count takes ("over 2000 dead", "about 2000").
_BEFORE_YEAR: dict[str, str] = {
    "en": "in of since from until till by before after during",
    "fr": "en de depuis avant après jusqu'en dès",
    "de": "im in von seit bis vor nach ab",
    "es": "en de desde hasta antes después",
    "it": "nel del dal fino prima dopo",
    "pt": "em de desde até antes depois",
    "nl": "in van sinds tot voor na",
    "ru": "в с до после",
    "uk": "в у з до після",
    "pl": "w z od do przed po",
    "tr": "",
}

_CJK = frozenset({"zh", "ja", "ko"})
#: A counter right after the digits, an "-odd" (多, 余, 여) and a space allowed.
_CJK_COUNTED = re.compile(rf"[多余餘여]?\s?(?:{_COUNTERS})")
#: The word right after a number: only spaces between ("2000 dead"; "2000; dead" is not).
_NEXT_WORD = re.compile(r"[ \u00a0\u202f]+([^\W\d_][\w'’-]*)")
#: The word right before a number.
_LAST_WORD = re.compile(r"([^\W\d_][\w'’-]*)[ \u00a0\u202f]+$")


@cache
def _matchers(language: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """(people or victims, casualty words) of ``language``, or None when it has none."""
    words = vocabulary(language)
    if words is None:
        return None
    kinds, people, _more = words
    counted = word_matcher(f"{people} {_VICTIMS.get(language, '')}")
    casualty = word_matcher(" ".join(kinds.values()))
    return counted, casualty


def counts_something(text: str, start: int, end: int, language: str) -> bool:
    """Whether the year-shaped number at ``text[start:end]`` is a count of what is written
    right after it, not a year (module docstring)."""
    if language in _CJK or (end < len(text) and "\u3040" <= text[end] <= "\ud7af"):
        return _CJK_COUNTED.match(text, end) is not None
    matchers = _matchers(language) or _matchers("en")
    assert matchers is not None
    after = _NEXT_WORD.match(text, end)
    if after is None:
        return False
    word = after.group(1)
    counted, casualty = matchers
    if counted.fullmatch(word):
        return True
    if not casualty.match(text, after.start(1)):
        return False
    before = _LAST_WORD.search(text, max(0, start - 40), start)
    prepositions = _BEFORE_YEAR.get(language, _BEFORE_YEAR["en"]).split()
    return before is None or before.group(1).casefold() not in prepositions


def years_written(
    pattern: re.Pattern[str], text: str, language: str, start: int = 0, end: int | None = None
) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` (a caller's year-shaped number) in ``text[start:end]``
    that the text reads as years: all but the counts of :func:`counts_something`."""
    stop = len(text) if end is None else end
    for found in pattern.finditer(text, start, stop):
        if not counts_something(text, found.start(), found.end(), language):
            yield found
