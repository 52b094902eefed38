"""A count with no noun, written right before "on board": "a ship sank with 212 on board".

The figure reader keys a count by the noun after it (:mod:`.counted_noun`), so a count that
names none ("with 212 on board", "avec 212 à bord", "mit 212 an Bord", "con 212 a bordo") was
not read at all, while another outlet's "a ship carrying 215 people" was read as people
aboard: the two could never be set side by side. Such a bare count before the language's own
phrase for "aboard" counts the people carried, crew and passengers alike (what else it could
count names itself: "20 tonnes on board", "12 crew on board" keep their noun), so it is read
as the language's general word for people, and keyed as everyone aboard is in any language
(:data:`.people_roles.PEOPLE_ABOARD`): "212 on board" and "215 people aboard" are one quantity.

What keeps it to such counts:

- the phrase must follow the number at once (spaces only): "212 in all, and the crew on
  board" counts nothing aboard;
- the number is a count the reader kept (no year, no date, no time: those are set aside
  before it is asked), with no noun after it at all, and no name before it: "Flight 370 on
  board", "the Boeing 737 on board" name a flight or a model (a capitalised word right before
  the number, unless it opens the sentence);
- its clause says nothing befell some of them ("212 on board were rescued", "were killed"),
  nor what the vessel can carry ("room for 212 on board"), as a count of passengers is kept
  to all those of one journey (:func:`.passengers.all_of_one_occasion`);
- only a language listed here, with its phrase and its general word for people (the one
  :mod:`.casualties` uses for a toll of people); elsewhere nothing is read.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from briefing.analysis.days import Day
from briefing.analysis.figure_model import Figure
from briefing.analysis.model import Quote
from briefing.analysis.numbers import Number, interval
from briefing.analysis.passengers import all_of_one_occasion
from briefing.analysis.people_roles import PEOPLE_ABOARD

#: :attr:`Figure.bound` of each one-sided hedge, as :mod:`.figure_reading` sets it.
_BOUNDS = {"above": "lower", "from": "lower", "below": "upper", "upto": "maximum"}

#: Per language: its phrases for "aboard" (a regex alternation, spaces as ``\s+``) and its
#: general word for people, whose stem keys the count.
_ABOARD: dict[str, tuple[str, str]] = {
    "en": (r"on\s+board|aboard|onboard", "people"),
    "fr": (r"à\s+bord", "personnes"),
    "de": (r"an\s+Bord", "Menschen"),
    "es": (r"a\s+bordo", "personas"),
    "it": (r"a\s+bordo", "persone"),
    "pt": (r"a\s+bordo", "pessoas"),
    "nl": (r"aan\s+boord", "mensen"),
    "ru": (r"на\s+борту", "человек"),
    "uk": (r"на\s+борту", "людей"),
    "pl": (r"na\s+pokładzie", "osób"),
}


@cache
def _phrase(language: str) -> re.Pattern[str] | None:
    entry = _ABOARD.get(language)
    return re.compile(rf"[ \u00a0\u202f]+(?:{entry[0]})(?!\w)", re.IGNORECASE) if entry else None


def bare_aboard(text: str, end: int, language: str) -> tuple[tuple[str, str], str] | None:
    """For a count ending at ``text[end]`` that counts no noun: its key (the language's word
    for people, aboard) and the phrase as written ("on board") when the language's phrase
    for "aboard" follows it at once; else None (module doc)."""
    pattern = _phrase(language)
    if pattern is None:
        return None
    found = pattern.match(text, end)
    if found is None or _named(text, end):
        return None
    start = end - len(text[:end]) + len(text[:end].rstrip("0123456789.,\u00a0\u202f"))
    if not all_of_one_occasion(text, start, found.end(), language):
        return None  # "1,200 on board were rescued": a part of them (.passengers)
    return PEOPLE_ABOARD, found.group().strip()


def _named(text: str, end: int) -> bool:
    """Whether a capitalised word stands right before the number that ends at ``end``, not
    as the sentence's first word ("Flight 370", "Boeing 737": a name, not a count)."""
    start = end
    while start > 0 and (text[start - 1].isdigit() or text[start - 1] in ".,\u00a0\u202f"):
        start -= 1
    before = re.search(r"([^\W\d_][\w-]*)[ \u00a0\u202f]+$", text[:start])
    if before is None or not before.group(1)[0].isupper():
        return False
    return bool(text[: before.start()].strip())  # the first word of a sentence is capitalised


def aboard_figure(
    text: str,
    number: Number,
    language: str,
    day: Day | None,
    quote: Quote,
    places: frozenset[str],
    reported: dt.date | None,
) -> Figure | None:
    """The figure of a bare count before "on board" (:func:`bare_aboard`), else None."""
    found = bare_aboard(text, number.end, language)
    if found is None:
        return None
    key, phrase = found
    low, high = interval(number.value, number)
    shown = f"{number.hedge + ' ' if number.hedge else ''}{number.written} {phrase}"
    if number.in_words:
        shown += f" ({number.value:g})"
    ranged = number.low is not None
    bound = "" if ranged else _BOUNDS.get(number.qualifier or "", "")
    return Figure(key, day, low, high, shown, quote, places, _ABOARD[language][1],
                  ranged=ranged, bound=bound, reported=reported)  # fmt: skip
