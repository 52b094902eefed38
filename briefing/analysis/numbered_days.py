"""A numbered craft's day: one thing with a number in its name, dated one day apart.

"No domingo (20), a missão russa Luna-25 … colidiu com o satélite natural" and "потерпевшей
21 августа крушение … станции «Луна-25»": a name joined to its number by a hyphen
("Luna-25", "Луна-25", "Apollo-11", "MH-17") designates one craft, flight or mission, and is
written alike in every language of a script and letter for letter across scripts
(romanised: "Луна-25" is "Luna-25"). The act words differ in every language ("colidiu",
"крушение", "s'est écrasée"), so no act is compared: the designation alone ties the two
statements, and only when the packet dates it so little that one event is meant:

- **The designation a date is about** is the one written nearest the date phrase in its
  sentence, within :data:`GAP` words (the sentence may name the story's own craft too:
  "об отличиях «Чандраян-3» от потерпевшей 21 августа крушение … «Луна-25»"); a tie between
  two binds neither.
- **Its day**: a day-precise date of an event statement; a month and day with no year, in
  the main day's year when it lies within half a year of it; a weekday with its day of the
  month and no month ("domingo (20)"), the one month around the main day where that day is
  that weekday (:func:`~.weekday_days.place_weekday_day`). Nothing else (a weekday alone, a
  month) is a day.
- **Two sources disagree** when the designation is given exactly two days, one day apart,
  each by articles that give it no other day, neither of them the main day (the story's own
  day is :mod:`.main_day`'s, where time zones put one act on two dates). A designation given
  a third day, or two days by one article, has several dated events (a launch and a
  landing; an orbit entered and a landing attempted) and is never compared.

Silent, for precision: a name with a number after a space ("Apollo 11", "Boeing 787": a
number after a space is as often a count or a day: "August 21", "Tuesday 14"), a number of
more than four digits (a code), a name in lower case ("covid-19" written as a word).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

from anyascii import anyascii

from briefing.analysis.model import Claim, Discrepancy, Quote, TimelineEntry
from briefing.analysis.text import WORD
from briefing.analysis.weekday_days import place_weekday_day, weekday_days
from briefing.model import Article, Span

#: At most this many words between a date phrase and the designation it dates.
GAP = 6
#: A year-less month and day lies in the main day's year when this close to it.
HALF_YEAR = 183
#: A name joined to its number by a hyphen ("Luna-25", "«Луна-25»", "Chandrayaan-3").
_DESIGNATION = re.compile(r"(?<![\w\-])(?P<name>[^\W\d_]{2,})-(?P<number>\d{1,4})(?![\w\-])")


def numbered_day_discrepancies(
    articles: Sequence[Article], entries: Iterable[TimelineEntry], main: dt.date | None
) -> list[Discrepancy]:
    """Numbered designations dated one day apart by different sources (module docstring);
    ``main`` is the story's main day (:func:`~.main_day.story_statements`), or None."""
    languages = {a.id: a.language for a in articles}
    by_sentence: dict[tuple[str, int, int], list[TimelineEntry]] = defaultdict(list)
    for entry in entries:
        if entry.article_id in languages:
            span = entry.sentence_span
            by_sentence[(entry.article_id, span.paragraph, span.start)].append(entry)
    # designation key → day → entries; and each designation's names as written
    dated: dict[str, dict[dt.date, list[TimelineEntry]]] = defaultdict(lambda: defaultdict(list))
    written: dict[str, list[str]] = defaultdict(list)
    for (article_id, _, _), sentence in by_sentence.items():
        for entry, name in _bound(sentence):
            day = placed_day(entry, languages[article_id], main)
            if day is None:
                continue
            key = _join(name, written)
            dated[key][day].append(entry)
            written[key].append(name)
    found = []
    for key, days in dated.items():
        flag = _disagreement(days, main, written[key])
        if flag is not None:
            found.append(flag)
    return found


def _bound(sentence: list[TimelineEntry]) -> list[tuple[TimelineEntry, str]]:
    """Each event entry of one sentence with the designation nearest its date phrase."""
    text = sentence[0].sentence
    offset = sentence[0].sentence_span.start
    names = [m for m in _DESIGNATION.finditer(text) if m["name"][:1].upper() == m["name"][:1]]
    if not names:
        return []
    bound = []
    for entry in sentence:
        if not entry.event or entry.until is not None or entry.day_until is not None:
            continue
        start = entry.phrase_span.start - offset
        end = entry.phrase_span.end - offset
        gaps = sorted((_words_between(text, start, end, m), i) for i, m in enumerate(names))
        nearest, index = gaps[0]
        if nearest > GAP or (len(gaps) > 1 and gaps[1][0] == nearest):
            continue
        bound.append((entry, names[index].group()))
    return bound


def _words_between(text: str, start: int, end: int, name: re.Match[str]) -> int:
    """Words between a date phrase (``start``–``end``) and a designation, either side."""
    if name.start() >= end:
        between = text[end : name.start()]
    elif name.end() <= start:
        between = text[name.end() : start]
    else:
        return 0
    return len(WORD.findall(between))


def placed_day(entry: TimelineEntry, language: str, main: dt.date | None) -> dt.date | None:
    """The entry's day (module docstring), or None: its date, or a day written without
    its year or month placed around the story's main day ``main``."""
    if entry.date is not None:
        return entry.date if entry.precision == "day" else None
    if main is None:
        return None
    if entry.month and entry.day:
        try:
            day = dt.date(main.year, entry.month, entry.day)
        except ValueError:
            return None
        return day if abs((day - main).days) <= HALF_YEAR else None
    if entry.weekday is not None:
        read = [p for p in weekday_days([], entry.phrase, language) if p.day is not None]
        if len(read) == 1 and read[0].weekday == entry.weekday and read[0].day:
            return place_weekday_day(main, True, entry.weekday, read[0].day)
    return None


def _key(name: str) -> tuple[str, str]:
    """A designation's letters romanised and folded, and its number."""
    letters, _, number = name.rpartition("-")
    return anyascii(letters).casefold(), number


def _join(name: str, written: dict[str, list[str]]) -> str:
    """The key of the designation ``name`` is one of, else its own: the same number, and
    letters that agree but for an ending of at most two ("Луна-25", "Луны-25", "Luna-25")."""
    letters, number = _key(name)
    for key, names in written.items():
        other, other_number = _key(names[0])
        if number != other_number:
            continue
        shorter = min(len(letters), len(other))
        common = len(_common_prefix(letters, other))
        if common >= 3 and common >= shorter - 2 and abs(len(letters) - len(other)) <= 2:
            return key
    return f"{letters}-{number}"


def _common_prefix(a: str, b: str) -> str:
    size = 0
    while size < min(len(a), len(b)) and a[size] == b[size]:
        size += 1
    return a[:size]


def _disagreement(
    days: dict[dt.date, list[TimelineEntry]], main: dt.date | None, names: list[str]
) -> Discrepancy | None:
    """Two days one apart, each told by articles telling no other (module docstring)."""
    if len(days) != 2:
        return None
    first, second = sorted(days)
    if (second - first).days != 1 or main in (first, second):
        return None
    told = [{e.article_id for e in days[d]} for d in (first, second)]
    if told[0] & told[1]:
        return None  # one source gives both days: two events
    shown = max(dict.fromkeys(names), key=names.count)
    return Discrepancy(
        "date",
        f"the day of {shown}",
        (day_claim(first, days[first]), day_claim(second, days[second])),
        note=(
            f"the sources date {shown} (one craft, flight or mission, as its number says) "
            "to two days in a row; a day written without its month or year is placed in "
            "the story's"
        ),
    )


def day_claim(day: dt.date, entries: list[TimelineEntry]) -> Claim:
    """One day's claim: the day written out, with the sentences that give it (each once)."""
    quotes = [
        Quote(
            e.article_id,
            e.source,
            Span(e.sentence_span.paragraph, e.sentence_span.start, e.sentence_span.end),
            e.sentence,
        )
        for e in entries
    ]
    return Claim(f"{day:%A} {day.day} {day:%B %Y}", tuple(dict.fromkeys(quotes)))
