"""A city the leads write as who did the act, not where: a capital standing for its state.

Part of :mod:`briefing.topics.events`. News writes a state by its capital ("a test carried out
by Pyongyang", "réalisé par Pyongyang", "llevado a cabo por Pyongyang"): the city is then
the government that acted, and the act may have happened far from it. Where an act happened
is written after a preposition of place ("in", "à", "en"); who did it, after a preposition of
agency (the passive's "by", "par", "por", "durch", "przez": a closed class per language, as
function words are). A place the leads write after a preposition of agency in :data:`LEADS`
leads or more, and more often than after a preposition of place, is no candidate for where
the event happened: neither the leads' vote (:func:`.event_place.where_in`) nor the most
named place. Prepositions that also say where from ("von", "da", "od") are left out: "a
train from Milan" is a place.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from briefing.model import Topic
from briefing.topics.lexicon import words

#: Prepositions of agency: what follows did the act ("carried out by", "réalisé par").
AGENCY = words("by par por pelo pela durch door przez")
#: Prepositions of place: what follows is where ("in", "à", "en", "в").
PLACE = words("in at à en dans au em no na im bei w we в во у")
#: How many leads must write the place as the doer.
LEADS = 2

#: The word right before a name, a space between.
_BEFORE = re.compile(r"(?<!\w)([^\W\d_]+)\s+$")


def doers(leads: Sequence[str], places: Sequence[Topic]) -> set[str]:
    """The ids of ``places`` the ``leads`` write as who acted (see the module docstring)."""
    found: set[str] = set()
    for topic in places:
        names = sorted(
            {a for a in (topic.name, *topic.aliases) if a.strip()}, key=lambda s: (len(s), s)
        )
        alternation = "|".join(re.escape(n) for n in reversed(names))
        pattern = re.compile(rf"(?<!\w)(?:{alternation})(?!\w)")
        agency = place = 0
        for lead in leads:
            by = at = False
            for match in pattern.finditer(lead):
                before = _BEFORE.search(lead, max(0, match.start() - 20), match.start())
                last = before.group(1).casefold() if before else ""
                by = by or last in AGENCY
                at = at or last in PLACE
            agency += by
            place += at
        if agency >= LEADS and agency > place:
            found.add(topic.id)
    return found


def places_not_doers(
    leads: Sequence[str],
    places: Sequence[Topic],
    place: Topic | None,
    topics: Sequence[Topic],
    states: Collection[str],
) -> tuple[Topic | None, list[Topic]]:
    """The most named place (``place``, of ``places``: a city before a state) and the
    ``topics`` where the event happened is looked for, less the places the leads write as
    who acted (:func:`doers`)."""
    acting = doers(leads, places)
    if not acting:
        return place, list(topics)
    kept = [t for t in places if t.id not in acting]
    best = max(kept, key=lambda t: (t.name not in states, len(t.articles)), default=None)
    return best, [t for t in topics if t.id not in acting]


#: The share of the articles the most named place must be named by to say where the event
#: happened when no lead says it: a third of them name a country a worldwide outage touched
#: ("in United States") as often as where an event happened.
FALLBACK_SHARE = 1 / 2


def most_named(place: Topic, articles: int) -> str | None:
    """``place``'s name when :data:`FALLBACK_SHARE` of the ``articles`` name it, else None."""
    return place.name if len(place.articles) >= FALLBACK_SHARE * articles else None
