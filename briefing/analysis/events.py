"""Date disagreements: the same event placed on different days by different sentences.

"The same event" is decided narrowly, because a false alarm costs the analyst more than a
missed one: the sentence must use a verb of one event class (arrival, departure, the start
or end of a visit) with the date in the same clause; the actor (the person named before the
verb, or owning it: "Putin's visit began") must be the same; and where both name a place
("arrived in Dushanbe"), it must be the same place. Two arrivals of two people, or of one
person in two cities, are two events and are never flagged.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from briefing.analysis.model import Claim, Discrepancy, Quote
from briefing.analysis.names import person_in, runs
from briefing.analysis.text import word_set
from briefing.analysis.timeline import TimelineEntry

_VISIT = r"\b(?:visit|trip|tour|stay)\b"
#: Event class → the verbs that report it, and whether the sentence must mention a visit.
_CLASSES: dict[str, tuple[re.Pattern[str], bool]] = {
    "arrival": (re.compile(r"\b(?:arriv\w*|landed|lands|touched down)\b", re.I), False),
    "departure": (re.compile(r"\b(?:depart\w*|left|leaves|flew (?:out|home))\b", re.I), False),
    "start of the visit": (
        re.compile(r"\b(?:began|begins|begun|started|starts|kicked off|kicks off|embarked)\b"),
        True,
    ),
    "end of the visit": (
        re.compile(r"\b(?:ended|ends|concluded|concludes|wrapped up|wraps up)\b"),
        True,
    ),
}
_CLAUSE_BREAK = re.compile(
    r"[,;:—–()“”\"]|\b(?:as|where|while|when|which|who|after|before|and|but|then)\b"
)
_APPOSITIVE = re.compile(r",\s*[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*(?=\s*,)")
_PLACE_AFTER = re.compile(
    r"^\s+(?:in|to|at|into)\s+(?:the\s+)?([A-Z][\w\-]*(?:\s+(?:of\s+|the\s+)*[A-Z][\w\-]*)*)"
)
#: "In the Tajik capital", "in the Russian city": descriptions that may name the same place.
_VAGUE_PLACES = word_set("capital city town region country republic")
_PLACE_FOLLOWERS = word_set(
    "on in at for to and late early with by from where after before upon last this next"
)
#: How far (characters) a date may sit from the verb it dates.
_REACH = 90


@dataclass(frozen=True, slots=True)
class _Event:
    kind: str
    actor: str
    place: str | None
    entry: TimelineEntry


def date_discrepancies(entries: Iterable[TimelineEntry]) -> list[Discrepancy]:
    """Events of one class, actor and place that the sources date differently."""
    by_sentence: dict[tuple[str, int, int], list[TimelineEntry]] = defaultdict(list)
    for entry in entries:
        if entry.date is not None and entry.precision == "day":
            span = entry.sentence_span
            by_sentence[(entry.article_id, span.paragraph, span.start)].append(entry)
    groups: dict[tuple[str, str], list[_Event]] = defaultdict(list)
    for dated in by_sentence.values():
        for event in _events(dated):
            groups[(event.kind, event.actor)].append(event)
    found = []
    for (kind, actor), events in sorted(groups.items()):
        for place, same_place in _by_place(events).items():
            found.extend(_judge(kind, actor, place, same_place))
    return found


def _by_place(events: list[_Event]) -> dict[str | None, list[_Event]]:
    """Events per named place; unnamed ones join the only named place, or stand alone.

    With two named places ("in Dushanbe", "at the Palace of Nations") an unnamed one ("in the
    Tajik capital") could belong to either, so it is left out rather than guessed.
    """
    named: dict[str | None, list[_Event]] = defaultdict(list)
    unnamed: list[_Event] = []
    for event in events:
        (named[event.place] if event.place else unnamed).append(event)
    if not named:
        return {None: unnamed}
    if len(named) == 1:
        (place,) = named
        named[place].extend(unnamed)
    return named


def _judge(kind: str, actor: str, place: str | None, events: list[_Event]) -> list[Discrepancy]:
    by_day: dict[str, list[_Event]] = defaultdict(list)
    for event in sorted(events, key=lambda e: (e.entry.date, e.entry.article_id)):
        by_day[_show(event.entry)].append(event)
    if len(by_day) < 2:
        return []
    claims = tuple(
        Claim(day, tuple(_quotes(e.entry for e in items))) for day, items in by_day.items()
    )
    where = f" in {place}" if place else ""
    return [
        Discrepancy(
            "date",
            f"{actor}’s {kind}{where}",
            claims,
            note=f"the same {kind} by {actor}{where} is dated differently",
        )
    ]


def _show(entry: TimelineEntry) -> str:
    assert entry.date is not None
    return f"{entry.date.day} {entry.date:%B %Y}"


def _quotes(entries: Iterable[TimelineEntry]) -> list[Quote]:
    seen: dict[tuple[str, int, int], Quote] = {}
    for entry in entries:
        span = entry.sentence_span
        key = (entry.article_id, span.paragraph, span.start)
        seen.setdefault(key, Quote(entry.article_id, entry.source, span, entry.sentence))
    return list(seen.values())


def _events(dated: list[TimelineEntry]) -> list[_Event]:
    sentence = dated[0].sentence
    base = dated[0].sentence_span.start
    events = []
    for kind, (verb, needs_visit) in _CLASSES.items():
        if needs_visit and not re.search(_VISIT, sentence, re.I):
            continue
        for match in verb.finditer(sentence):
            entry = _date_of(sentence, base, match.start(), match.end(), dated)
            actor = _actor(sentence, match.start(), match.end())
            if entry is None or actor is None:
                continue
            events.append(_Event(kind, actor, _place(sentence[match.end() :]), entry))
    return events


def _date_of(
    sentence: str, base: int, start: int, end: int, dated: list[TimelineEntry]
) -> TimelineEntry | None:
    """The date phrase in the verb's own clause, nearest to it."""
    best: tuple[int, TimelineEntry] | None = None
    for entry in dated:
        p_start = entry.phrase_span.start - base
        p_end = entry.phrase_span.end - base
        if p_end <= start:
            between, distance = sentence[p_end:start], start - p_end
            between = re.sub(r"^\s*,", "", between) if p_start <= 3 else between
        else:
            between, distance = sentence[end:p_start], p_start - end
        if distance > _REACH or _CLAUSE_BREAK.search(_drop_appositives(between)):
            continue
        if best is None or distance < best[0]:
            best = (distance, entry)
    return best[1] if best else None


def _drop_appositives(text: str) -> str:
    """The ", Tajikistan," in "in Dushanbe, Tajikistan, Wednesday" does not break the clause."""
    text = _APPOSITIVE.sub("", text)
    return re.sub(r",\s*$", "", text)


def _actor(sentence: str, start: int, end: int) -> str | None:
    before = sentence[:start]
    if re.search(r"\b(?:his|her)\s+$", before):
        # "upon his arrival": the first person the sentence names.
        return next(filter(None, (person_in(words) for _, _, words in runs(sentence))), None)
    breaks = list(_CLAUSE_BREAK.finditer(before))
    clause_start = breaks[-1].end() if breaks else 0
    candidates = [person_in(words) for r_start, _, words in runs(before) if r_start >= clause_start]
    named = [c for c in candidates if c]
    if named:
        return named[-1]
    possessive = re.match(r"\s+(?:the\s+)?(?:\w+\s+)?([A-Z][\w\-]*)['’]s\b", sentence[end:])
    if possessive and person_in([possessive.group(1)]):
        return possessive.group(1)
    return None


def _place(after: str) -> str | None:
    match = _PLACE_AFTER.match(after)
    if not match:
        return None
    rest = after[match.end() :]
    following = re.match(r"\s+([a-z]+)", rest)
    if following and following.group(1) in _VAGUE_PLACES:
        return None  # "in the Tajik capital": may well be the city another source names
    if following and following.group(1) not in _PLACE_FOLLOWERS:
        return f"{match.group(1)} {following.group(1)}"  # "at the Russian embassy"
    return match.group(1)
