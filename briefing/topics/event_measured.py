"""A measure of the main event is not the event: the thing it measures is.

Part of :mod:`briefing.topics.events`. The early leads of a disaster all report its toll ("The
death toll in Mayotte from Cyclone Chido is several hundred", "Growing toll on Mayotte from
Cyclone Chido"): "toll" is then the common noun they share most, while the storm itself is
written only as a name, capitalised, which the action word never is. A toll measures what
happened; it is not what happened, and "Toll in Mayotte" names no event.

So a shared word that is a measure of an outcome (:data:`MEASURES`, a closed class per
language like the quantifiers of :mod:`.not_acts`) gives way to the listed name the leads
write as its cause: right after a preposition of cause or origin that follows the measure in
the same sentence ("toll from Cyclone Chido", "le bilan du cyclone Chido", "die Bilanz des
Zyklons Chido"), in two leads or more. A person, a place or a body is never that cause ("the
toll in Mayotte", "the toll from the interior ministry" names who counted). Without such a
name nothing changes: a packet whose leads name no cause keeps the name it had.

A count that is itself the event (an election, a census, a vote) is no outcome's measure, and
is not in the class. :func:`caused_event` then names the cause as the event, where it happened
and when, as for any act.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from briefing.analysis.model import TimelineEntry
from briefing.display import date_span
from briefing.model import Article, Topic
from briefing.sentences import sentences
from briefing.topics.event_place import PLACE_LEADS, preposition_at, where_in, with_article
from briefing.topics.event_record import _Event
from briefing.topics.event_subject import CONTEXT
from briefing.topics.lexicon import words
from briefing.topics.story_days import event_days

#: Nouns that measure an act's outcome (the dead, the damage) in the languages the briefing
#: reads: the toll, never the act.
MEASURES = words(
    """toll tally
    bilan
    bilanz opferzahl totenzahl
    bilancio
    balanço
    bilans
    bilanço"""
)

#: Prepositions (and article contractions) that introduce a measure's cause or origin:
#: "toll from the cyclone", "toll of the earthquake", "bilan du cyclone", "Bilanz des Sturms",
#: "bilancio del terremoto", "bilans cyklonu" (Polish writes it by case: no preposition).
CAUSES = words(
    """from of after following by
    du de des d
    des der durch nach von vom
    del della dello dei degli delle di da dal dalla
    do da dos das
    po"""
)

#: How many words may stand between the measure and the cause's name.
GAP = 12
#: How many words may stand between the preposition and the name ("from the tropical cyclone").
NAME_GAP = 2
#: Leads that must name the cause so.
MIN_LEADS = 2

_WORD = re.compile(r"[^\W\d_][\w’'-]*|\d[\d.,]*")


def is_measure(word: str) -> bool:
    """``word`` measures an outcome: "toll", "bilan"."""
    return word.casefold() in MEASURES


def measured_cause(leads: Sequence[str], topics: Sequence[Topic], measure: str) -> Topic | None:
    """The listed topic (no person, place or body) that :data:`MIN_LEADS` leads or more
    write as the cause of ``measure``: within :data:`GAP` words after it in one sentence,
    at most :data:`NAME_GAP` words after a preposition of :data:`CAUSES`. The most often so
    written, the longest name on a tie; None when no lead names one twice."""
    from briefing.topics.event_refused import BODIES

    if not is_measure(measure):
        return None  # the common case: no lead is read
    candidates = [
        t
        for t in topics
        if t.kind not in ("person", "place", "theme")
        and t.name.split()[-1].casefold() not in BODIES
    ]
    if not candidates:
        return None
    forms = [
        (t, [a.casefold().split() for a in {t.name, *t.aliases} if a.strip()]) for t in candidates
    ]
    counts: dict[str, int] = {}
    for lead in leads:
        found: set[str] = set()
        for sentence in sentences(lead):  # the one sentence splitter (briefing.sentences)
            tokens = [w.casefold() for w in _WORD.findall(sentence.text)]
            for i, token in enumerate(tokens):
                if token != measure.casefold():
                    continue
                window = tokens[i + 1 : i + 1 + GAP]
                for topic, names in forms:
                    if any(_after_cause(window, name) for name in names):
                        found.add(topic.name)
        for name in found:
            counts[name] = counts.get(name, 0) + 1
    best = max(
        (t for t in candidates if counts.get(t.name, 0) >= MIN_LEADS),
        key=lambda t: (counts[t.name], len(t.name)),
        default=None,
    )
    return best


def _after_cause(window: list[str], name: list[str]) -> bool:
    """``name`` starts in ``window`` at most :data:`NAME_GAP` words after a cause word."""
    size = len(name)
    for start in range(len(window) - size + 1):
        if window[start : start + size] != name:
            continue
        before = window[max(0, start - 1 - NAME_GAP) : start]
        if any(w in CAUSES for w in before):
            return True
    return False


def caused_event(
    articles: Sequence[Article],
    topics: Sequence[Topic],
    states: frozenset[str],
    cause: Topic,
    lead_texts: list[str],
    least: int,
    timeline: Callable[[], Sequence[TimelineEntry] | None] | None,
) -> _Event:
    """The event named as the listed thing a toll measures (:mod:`.event_measured`): "Cyclone
    Chido in Mayotte, 14 Dec 2024", where it happened and when as for any act."""
    where = where_in(lead_texts[:PLACE_LEADS], topics[:CONTEXT], states)
    if where is None:
        places = [t for t in topics[:CONTEXT] if t.kind == "place" and len(t.articles) >= least]
        place = max(places, key=lambda t: (t.name not in states, len(t.articles)), default=None)
        where = place.name if place is not None else None
    called = cause.name
    if cause.kind == "event":  # named so already: the alias its name opens with
        called = max(
            (a for a in cause.aliases if cause.name.startswith((f"{a} ", f"{a},"))),
            key=len,
            default=called,
        )
    phrase = called if where is None else f"{called} {preposition_at(where)} {with_article(where)}"
    heads = {w.casefold() for w in cause.aliases for w in w.split()}
    days = event_days(articles, heads, lead_texts, timeline)
    name = phrase + (f", {date_span(*days)}" if days else "")
    return _Event(name, called, cause=cause.id, days=days)
