"""The day a person took office, dated differently by different sources, in any language.

The date rule of :mod:`.events` ties two dated statements by a word they share ("arrived" /
"arrival"), so it cannot see that "Liz Truss est devenue première ministre le 6 septembre" and
"Arrivée le 5 septembre dernier, la Première ministre britannique Liz Truss …" tell one event:
becoming a head of government is written with many verbs. This module reads that one kind of
event, the start of a term in a top office, from a closed table of general news phrases per
language (no story's words):

- a verb of taking office: "took office", "was sworn in", "entrée en fonction", "trat sein Amt
  an", "вступил в должность", "tomó posesión", "si è insediato", "tomou posse";
- "became" + a top-office title: "became prime minister", "est devenue première ministre",
  "стала премьер-министром", "se convirtió en presidente", "è diventato premier";
- a sentence opening with the participle "Arrivé(e) <date>," (French: "arrived [in office]")
  whose subject carries a top-office title and whose clause names no place.

Being elected, nominated or appointed, winning a vote or a party's leadership and seizing power
are other events (a leadership vote on 5 September, the appointment on the 6th) and are not
read. Each statement needs its person, named in its sentence in Latin or Cyrillic script, and
its office (prime minister, president or chancellor), named by the phrase or given to the
person in the sentence ("la Première ministre … Liz Truss"). Two statements are one event when
they have the same person and office. They disagree when two sources give two days at most a
week apart: further apart is more likely two terms, or an arrival on a visit, than two reports
of one day. A source that gives two days itself shows the phrase names two events: no flag.
Two days one apart, one of them told in a named time zone (:mod:`.time_zones`: "sworn in on
21 January, Beijing time"), are one moment told in two places: no flag either.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from briefing.analysis.days import Day, day_of
from briefing.analysis.model import Claim, Discrepancy, Quote
from briefing.analysis.names import person_in, runs
from briefing.analysis.office_words import BECAME as _BECAME
from briefing.analysis.office_words import ENDINGS as _ENDINGS
from briefing.analysis.office_words import TAKES as _TAKES
from briefing.analysis.office_words import TITLES as _TITLES
from briefing.analysis.time_zones import zone_told
from briefing.analysis.timeline import TimelineEntry

#: French "Arrivé(e) <date>," opening a sentence: arrived in office when no place follows.
_ARRIVED = {"fr": re.compile(r"Arrivée?s?\s+(?:(?:le|en|au|dès)\s+)?")}
#: Days two reports of one start may differ by at most; further apart is two events.
_MOST_DAYS = 7


@dataclass(frozen=True, slots=True)
class _Start:
    person: str
    office: str
    day: Day
    entry: TimelineEntry
    #: A time zone or the place's local time is named beside the date.
    zone: bool = False


def office_start_discrepancies(
    entries: Iterable[TimelineEntry], languages: dict[str, str]
) -> list[Discrepancy]:
    """Sources that date one person's taking of one office on different days (module doc)."""
    by_office: dict[tuple[str, str], list[_Start]] = defaultdict(list)
    seen: set[tuple[str, int, int]] = set()
    for entry in entries:
        day = day_of(entry)
        span = entry.phrase_span
        if day is None or not entry.event or (entry.article_id, span.paragraph, span.start) in seen:
            continue
        seen.add((entry.article_id, span.paragraph, span.start))
        start = read_start(entry, day, languages.get(entry.article_id, "en"))
        if start is not None:
            by_office[(start.person.casefold(), start.office)].append(start)
    return [d for starts in by_office.values() if (d := _judge(starts)) is not None]


def read_start(entry: TimelineEntry, day: Day, language: str) -> _Start | None:
    """The start of a term its sentence dates (module doc), else None."""
    if language not in _TITLES:
        return None
    sentence = entry.sentence
    at = entry.phrase_span.start - entry.sentence_span.start
    end = entry.phrase_span.end - entry.sentence_span.start
    clause_start, clause_end = _clause(sentence, at, end)
    clause = sentence[clause_start:clause_end]
    became = _became(clause, language)
    takes = re.search(rf"(?i)\b(?:{_TAKES[language]})", clause)
    verb = became or takes
    if verb is not None:  # the actor is named before the verb, in its clause
        named = [
            r
            for r in _people(sentence, language)
            if clause_start <= r[0] < clause_start + verb.start() and not at <= r[0] < end
        ]  # (a month's name in the date phrase is no one: "am 5. März")
        actor = named[-1] if named else None
    else:
        arrived = _ARRIVED.get(language)
        if arrived is None or not arrived.fullmatch(sentence[:at]) or not _bare(sentence, end):
            return None
        # "Arrivée le 5 septembre dernier, la Première ministre … Liz Truss": the subject
        # of the main clause, before its next break.
        following = _BREAK.search(sentence, sentence.find(",", end) + 1)
        main_end = following.start() if following else len(sentence)
        named = [r for r in _people(sentence, language) if end < r[0] < main_end]
        actor = named[0] if named else None
    if actor is None:
        return None
    office = _office(became[1], language) if became else _title_before(sentence, actor, language)
    if not office:
        return None
    return _Start(actor[2], office, day, entry, zone_told(sentence, at, end, language))


def _people(sentence: str, language: str) -> list[tuple[int, int, str]]:
    """(start, end, surname) of the people the sentence names: a run of two capitalised
    words or more, or one inside the sentence that is no title ("Arrivée", "Она" opening a
    sentence are no one)."""
    found = []
    for r_start, r_end, words in runs(sentence):
        words = [w for w in words if not _title_word(w, language)]
        if not words or (len(words) < 2 and r_start == 0):
            continue
        person = person_in(words)
        if person is not None:
            found.append((r_start, r_end, person))
    return found


def _title_word(word: str, language: str) -> bool:
    """A word of a top-office title ("Première", "Minister"): no name."""
    folded = word.casefold().replace("’", "'")
    return any(folded in title.replace("’", "'").split() for title in _TITLES[language])


def _title_before(sentence: str, actor: tuple[int, int, str], language: str) -> str | None:
    """The top-office title written in the actor's run or right before it ("Prime Minister
    Liz Truss", "la Première ministre britannique Liz Truss")."""
    window = sentence[max(0, actor[0] - 40) : actor[1]]
    titled = list(re.finditer(rf"(?i)\b{_title_pattern(language)}", window))
    return _office(titled[-1][1], language) if titled else None


def top_office_titles(sentence: str, language: str) -> list[tuple[int, int, str]]:
    """(start, end, office) of each top-office title ``sentence`` writes ("Prime Minister",
    "il premier", "премьер-министра"); none in a language without titles here."""
    if language not in _TITLES:
        return []
    found = re.finditer(rf"(?i)\b{_title_pattern(language)}", sentence)
    return [(m.start(), m.end(), office) for m in found if (office := _office(m[1], language))]


def _title_pattern(language: str) -> str:
    ending = _ENDINGS.get(language, "")
    names = sorted(_TITLES[language], key=len, reverse=True)
    return "(" + "|".join(re.escape(n) for n in names) + ")" + ending + r"(?!\w)"


def _office(word: str, language: str) -> str | None:
    folded = word.casefold().replace("’", "'")
    titles = {k.replace("’", "'"): v for k, v in _TITLES[language].items()}
    return titles.get(folded)


def _became(clause: str, language: str) -> re.Match[str] | None:
    """ "Became" and a top-office title in ``clause`` ("est devenue première ministre")."""
    if language not in _BECAME:
        return None
    return re.search(rf"(?i)\b(?:{_BECAME[language]}){_title_pattern(language)}", clause)


_BREAK = re.compile(r"[;:—–()“”\"«»]|,\s")


def _clause(sentence: str, start: int, end: int) -> tuple[int, int]:
    """From the last break before the date phrase to the next one after it."""
    before = list(_BREAK.finditer(sentence[:start]))
    after = _BREAK.search(sentence, end)
    return (before[-1].end() if before else 0), (after.start() if after else len(sentence))


def _bare(sentence: str, end: int) -> bool:
    """Whether only a word such as "dernier" stands between the date phrase and the comma
    (no place: "Arrivée le 5 septembre à Paris," is an arrival on a visit)."""
    between, comma, _ = sentence[end:].partition(",")
    return bool(comma) and len(between.split()) <= 1 and not any(c.isupper() for c in between)


def _judge(starts: list[_Start]) -> Discrepancy | None:
    values: list[tuple[Day, list[_Start]]] = []
    for start in sorted(starts, key=lambda s: (s.day.month, s.day.day, s.day.year or 0)):
        for day, members in values:
            if day.agrees(start.day):
                members.append(start)
                break
        else:
            values.append((start.day, [start]))
    if len(values) < 2 or len(values) > 3:
        return None
    by_article: dict[str, set[tuple[int, int]]] = defaultdict(set)
    for day, members in values:
        for start in members:
            by_article[start.entry.article_id].add((day.month, day.day))
    if len(by_article) < 2 or any(len(days) > 1 for days in by_article.values()):
        return None
    apart = _days_apart(values[0][0], values[-1][0])
    if apart > _MOST_DAYS or (apart == 1 and any(s.zone for s in starts)):
        return None
    first = values[0][1][0]
    event = f"{first.person} took office as {first.office}"
    claims = tuple(Claim(_label(members), tuple(_quotes(members))) for _, members in values)
    return Discrepancy(
        "date", f"when {event}", claims, note=f"the sources date “{event}” on different days"
    )


def _days_apart(a: Day, b: Day) -> int:
    """Days between two days of one year (the year a report leaves out is the other's)."""
    year = a.year or b.year or 2000
    try:
        first, second = (
            dt.date(a.year or year, a.month, a.day),
            dt.date(b.year or year, b.month, b.day),
        )
    except ValueError:
        return _MOST_DAYS + 1
    return abs((second - first).days)


def _label(members: list[_Start]) -> str:
    years = {s.day.year for s in members}
    known = sorted(y for y in years if y)
    first = members[0].day
    if len(known) == 1:
        label = Day(first.month, first.day, known[0]).label
        return label if None not in years else f"{label} (some sources give no year)"
    return Day(first.month, first.day).label


def _quotes(members: list[_Start]) -> list[Quote]:
    seen: dict[tuple[str, int, int], Quote] = {}
    for start in members:
        entry = start.entry
        span = entry.sentence_span
        seen.setdefault(
            (entry.article_id, span.paragraph, span.start),
            Quote(entry.article_id, entry.source, span, entry.sentence),
        )
    return list(seen.values())
