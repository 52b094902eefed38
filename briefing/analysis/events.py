"""Date disagreements: the same event placed on different days by different sources.

"The same event" is decided from the sentence, narrowly, because a false alarm costs the
analyst more than a missed one. Each dated statement is reduced to its clause (the words
between the clause breaks around the date) and read for:

- its actor: the person the clause names before its verb, or who owns it ("his arrival"),
  in Latin or Cyrillic capitals (a Cyrillic function word opening a sentence, "На", is no one);
- what happens: the clause's content words, stemmed in the article's language, without
  names, date words, units of time ("года", "jours") and stop words ("arrived" → ``arriv``,
  "arrival" → ``arriv``);
- the place it names after the verb, if any ("in Dushanbe"; in any language a place the
  gazetteer knows after a short word: "à Lyon", "a Lima"), and the other people it names.

Two statements are one event when they have the same actor and share a content stem, and
neither names a place or a person the other contradicts. Two arrivals of two people, or of
one person in two cities, or a meeting with two different people, are two events and never
flagged. One article stating two of a group's days ("released on Monday the hostages taken
on October 7, 2023") shows the group holds two events, the act and a past one it recalls: no
flag. Days are compared as the text states them: "October 6" in an undated article
disagrees with "October 8, 2025", while "October 8" does not. Two days one apart disagree only
when neither statement names a time zone beside its date (:mod:`.time_zones`: "arrived on
October 9, Beijing time" may be the evening of October 8 where the others tell it).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from whoosh.lang import has_stopwords, stopwords_for_language

from briefing.analysis.days import Day, day_of
from briefing.analysis.model import Claim, Discrepancy, Quote
from briefing.analysis.names import is_place, person_in, runs
from briefing.analysis.stems import stem_word
from briefing.analysis.text import WORD, word_set
from briefing.analysis.time_zones import one_apart, zone_told
from briefing.analysis.timeline import TimelineEntry

_CLAUSE_BREAK = re.compile(
    r"[,;:—–()“”\"]|\b(?:as|where|while|when|which|who|after|before|and|but|then)\b"
)
_APPOSITIVE = re.compile(r",\s*[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*(?=\s*,)")
_PLACE_AFTER = re.compile(
    r"\s+(?:in|to|at|into)\s+(?P<the>the\s+)?"
    r"(?P<name>[A-Z][\w\-]*(?:\s+(?:of\s+|the\s+)*[A-Z][\w\-]*)*)(?P<next>\s+[a-z]+)?"
)
#: A capitalised word after a short lower-case one (a preposition in most languages: "à Lyon",
#: "a Lima", "nach Kassel"), read as a place when the gazetteer knows it.
_LOCAL_PLACE = re.compile(r"(?<!\w)[^\W\d_A-ZÀ-ÖØ-ÞА-ЯЁ]{1,4}\s+([A-ZÀ-ÖØ-ÞА-ЯЁ][\w\-]*)")
#: Words that may follow a place name without making it a description ("in Dushanbe on").
_FOLLOWERS = word_set(
    "on in at for to and late early with by from where after before upon last this next"
)
#: Words that say when, not what: they never make two statements one event.
_TIME_WORDS = frozenset(
    {"morning", "afternoon", "evening", "night", "day", "days", "week", "late", "early"}
    | {"later", "earlier", "year", "month", "yesterday", "today", "tomorrow", "tonight"}
)


@dataclass(frozen=True, slots=True)
class _Statement:
    actor: str
    stems: frozenset[str]
    #: Each stem as the clause writes it ("arriv" → "arrived"), for the report's wording.
    surface: dict[str, str]
    #: The content word right after each one ("met" → "governor"): what it acts on.
    objects: dict[str, str | None]
    place: str | None
    people: frozenset[str]
    day: Day
    entry: TimelineEntry
    #: A time zone or the place's local time is named beside the date.
    zone: bool = False


def date_discrepancies(
    entries: Iterable[TimelineEntry], languages: dict[str, str] | None = None
) -> list[Discrepancy]:
    """Statements of one event that the sources date on different days."""
    languages = languages or {}
    by_actor: dict[str, list[_Statement]] = defaultdict(list)
    seen: set[tuple[str, int, int, int]] = set()
    for entry in entries:
        day = day_of(entry)
        span = entry.phrase_span
        if day is None or (entry.article_id, span.paragraph, span.start, span.end) in seen:
            continue
        seen.add((entry.article_id, span.paragraph, span.start, span.end))
        statement = _statement(entry, day, languages.get(entry.article_id, "en"))
        if statement is not None:
            by_actor[statement.actor].append(statement)
    found = []
    for actor, statements in sorted(by_actor.items()):
        for group in _events(statements):
            judged = _judge(actor, group)
            if judged is not None:
                found.append(judged)
    return found


def _statement(entry: TimelineEntry, day: Day, language: str) -> _Statement | None:
    sentence = entry.sentence
    start = entry.phrase_span.start - entry.sentence_span.start
    end = entry.phrase_span.end - entry.sentence_span.start
    clause_start, clause_end = _clause(sentence, start, end)
    before, after = sentence[clause_start:start], sentence[end:clause_end]
    clause = before + " " + after
    actor = _actor(sentence, clause_start, start)
    if actor is None:
        return None
    names = {w for _, _, run in runs(clause) for w in run}
    stops = _stopwords(language)
    surface: dict[str, str] = {}
    objects: dict[str, str | None] = {}
    previous: str | None = None
    for word in WORD.findall(clause):
        lowered = word.casefold()
        if word in names:
            previous = None  # "met Rahmon": a name is compared as a person, not a word
            continue
        if (
            lowered in stops
            or lowered in _TIME_WORDS
            or len(word) < 3
            or _unit_of_time(lowered, language)
        ):
            continue
        stem = stem_word(word, language)
        if previous is not None:
            objects.setdefault(previous, stem)
        surface.setdefault(stem, word)
        previous = stem
    people = frozenset(filter(None, (person_in(run) for _, _, run in runs(clause)))) - {actor}
    found = _PLACE_AFTER.match(" " + after.lstrip()) or _PLACE_AFTER.search(before)
    where = found["name"] if found else None
    following = (found["next"] or "").strip() if found else ""
    if found and found["the"] and following and following not in _FOLLOWERS:
        where = None  # "in the Tajik capital", "at the Russian embassy": a description
    if found is None:  # "est arrivé à Lyon", "llegó a Lima": a known place after a short word
        where = next((m[1] for m in _LOCAL_PLACE.finditer(clause) if is_place(m[1])), None)
    zone = zone_told(sentence, start, end, language)
    return _Statement(actor, frozenset(surface), surface, objects, where, people, day, entry, zone)


@cache
def _stopwords(language: str) -> frozenset[str]:
    return frozenset(stopwords_for_language(language)) if has_stopwords(language) else frozenset()


def _clause(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The clause around the date phrase: from the last break before it to the next after.

    An appositive (", Tajikistan,") and a comma right after a leading date ("On October 8,
    Putin arrived") do not end the clause.
    """
    head = _APPOSITIVE.sub(lambda m: " " * len(m.group()), sentence[:start])
    head = re.sub(r",(\s*)$", r" \1", head)  # "in Dushanbe, Wednesday": one clause
    breaks = list(_CLAUSE_BREAK.finditer(head))
    clause_start = breaks[-1].end() if breaks else 0
    tail = _APPOSITIVE.sub(lambda m: " " * len(m.group()), sentence[end:])
    if start <= 4:
        tail = re.sub(r"^\s*,", "  ", tail)
    stop = _CLAUSE_BREAK.search(tail)
    return clause_start, end + (stop.start() if stop else len(tail))


def _actor(sentence: str, clause_start: int, at: int) -> str | None:
    """The person who does what the clause says: named in it, or owning it ("his arrival")."""
    clause = sentence[clause_start:]
    if re.search(r"\b(?:his|her)\s+\w+\b", clause[: max(0, at - clause_start) + 40]):
        named = [
            person_in([w for w in run if not _cyrillic_function_word(w)])
            for _, _, run in runs(sentence)
        ]
        first = next(filter(None, named), None)
        if first:
            return first
    named = [
        person_in([w for w in run if not _cyrillic_function_word(w)])
        for r_start, _, run in runs(sentence)
        if r_start >= clause_start
    ]
    named = [n for n in named if n]
    return named[0] if named else None


@cache
def _units_of_time(language: str) -> frozenset[str]:
    from briefing.analysis.units import unit_names

    return frozenset(n for n, unit in unit_names(language).items() if unit.startswith("duration-"))


def _unit_of_time(word: str, language: str) -> bool:
    """ "года", "Jahre", "jours": a unit of time says when, not what (CLDR's names)."""
    return word in _units_of_time(language)


def _cyrillic_function_word(word: str) -> bool:
    """ "На", "В", "По" capitalised at the start of a Russian sentence: no one."""
    return bool(word) and "\u0400" <= word[0] <= "\u04ff" and word.casefold() in _cyrillic_stops()


@cache
def _cyrillic_stops() -> frozenset[str]:
    import stopwordsiso

    return frozenset(w for lang in ("ru", "uk") for w in stopwordsiso.stopwords(lang))


def _events(statements: list[_Statement]) -> list[list[_Statement]]:
    """Statements of one actor grouped into events: linked by a shared content stem, kept
    apart by contradicting places or people. With two named places ("in Dushanbe", "in
    Bishkek") an unnamed one ("in the Tajik capital") could belong to either: it is left out
    rather than guessed."""
    groups: list[list[_Statement]] = []
    for statement in [s for s in statements if s.place]:
        _join(groups, statement)
    named = len(groups)
    for statement in [s for s in statements if not s.place]:
        fits = [g for g in groups[:named] if all(_same_event(statement, o) for o in g)]
        if len(fits) == 1:
            fits[0].append(statement)
        elif not fits:
            _join(groups, statement, start=named)
    return groups


def _join(groups: list[list[_Statement]], statement: _Statement, start: int = 0) -> None:
    for group in groups[start:]:
        if all(_same_event(statement, other) for other in group):
            group.append(statement)
            return
    groups.append([statement])


def _same_event(a: _Statement, b: _Statement) -> bool:
    shared = a.stems & b.stems
    # "met the governor" and "met the mayor" share a verb but not what it acts on.
    if not any(
        a.objects.get(s) is None or b.objects.get(s) is None or a.objects[s] == b.objects[s]
        for s in shared
    ):
        return False
    if a.place and b.place and a.place != b.place:
        return False
    return not (a.people and b.people and not a.people & b.people)


def _judge(actor: str, group: list[_Statement]) -> Discrepancy | None:
    values: list[tuple[Day, list[_Statement]]] = []
    for statement in sorted(group, key=lambda s: (s.day.month, s.day.day, s.day.year or 0)):
        for day, members in values:
            if day.agrees(statement.day):
                members.append(statement)
                break
        else:
            values.append((statement.day, [statement]))
    # A day only captions give dates the photo (rescuers searching the wreckage on the day
    # after): it is quoted beside a day the prose gives, never a rival day of its own.
    values = [(day, members) for day, members in values if any(s.entry.event for s in members)]
    group = [s for _, members in values for s in members]
    if len(values) < 2 or len({s.entry.article_id for s in group}) < 2:
        return None
    if _two_days_in_one_source(values):
        return None
    if not any(
        a.entry.article_id != b.entry.article_id
        and not a.day.agrees(b.day)
        and not _zone_apart(a, b)
        for a in group
        for b in group
    ):
        return None
    shared = set.intersection(*(set(s.stems) for s in group))
    first = values[0][1][0]
    what = next((first.surface[k] for k in first.surface if k in shared), "")
    place = next((s.place for s in group if s.place), None)
    where = f" in {place}" if place else ""
    claims = tuple(Claim(_label(members), tuple(_quotes(members))) for _, members in values)
    event = f"{actor} {what}{where}".strip()
    return Discrepancy(
        "date",
        f"when {event}",
        claims,
        note=f"the sources date “{event}” on different days",
    )


def _zone_apart(a: _Statement, b: _Statement) -> bool:
    """Two days one apart, one of them told in a named time zone: the same moment told in
    two places (a year-less day read in the other's year, or in a leap year)."""
    if not (a.zone or b.zone):
        return False
    year = a.day.year or b.day.year or 2000
    try:
        first = dt.date(a.day.year or year, a.day.month, a.day.day)
        second = dt.date(b.day.year or year, b.day.month, b.day.day)
    except ValueError:
        return False
    return one_apart(first, second)


def _two_days_in_one_source(values: list[tuple[Day, list[_Statement]]]) -> bool:
    """Whether one article gives two of the group's days ("Hamas released on Monday the
    hostages taken on October 7, 2023"): its own text shows the words name two events (the
    act and a past one it recalls, which share a noun), as two values of one noun in one
    source show two quantities (:mod:`.figures`). A writer does not date one act twice."""
    seen: dict[str, Day] = {}
    for day, members in values:
        for statement in members:
            other = seen.setdefault(statement.entry.article_id, day)
            if not other.agrees(day):
                return True
    return False


def _label(members: list[_Statement]) -> str:
    years = {s.day.year for s in members}
    first = members[0].day
    known = sorted(y for y in years if y)
    if len(known) == 1:
        label = Day(first.month, first.day, known[0]).label
        return label if None not in years else f"{label} (some sources give no year)"
    return Day(first.month, first.day).label


def _quotes(members: list[_Statement]) -> list[Quote]:
    seen: dict[tuple[str, int, int], Quote] = {}
    for statement in members:
        entry = statement.entry
        span = entry.sentence_span
        key = (entry.article_id, span.paragraph, span.start)
        seen.setdefault(key, Quote(entry.article_id, entry.source, span, entry.sentence))
    return list(seen.values())
