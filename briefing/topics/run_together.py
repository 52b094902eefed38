"""Two bodies' names written back to back are no third body: "an Air India Boeing 787".

An airline and the maker of its plane, a broadcaster and its network: a text writes them one
after the other ("the Air India Boeing", "a Lufthansa Airbus"), and the run of capitalised
words reads as one organisation's name. It is two names when each part is an organisation
the packet lists on its own, and each is written many times more often than the run
(:data:`RATIO`): a body whose name joins two others ("Air France KLM", "Google DeepMind")
is written that way whenever it is named, as often as its parts or nearly. A part that is a
place ("CNN Portugal", "Air India") makes no such pair: a place qualifies a body's name.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing.model import Topic

#: How many times more mentions each part must have than the run.
RATIO = 4
#: How many of the best topics are read.
HEAD = 100


def without_run_together(topics: Sequence[Topic]) -> tuple[Topic, ...]:
    """``topics`` less the organisations whose name is two listed organisations' names
    back to back, each written :data:`RATIO` times as often."""
    bodies: dict[str, Topic] = {}
    for topic in topics[:HEAD]:
        if topic.kind == "organisation":
            for alias in (topic.name, *topic.aliases):
                bodies.setdefault(alias.casefold(), topic)
    dropped = set()
    for topic in topics[:HEAD]:
        if topic.kind == "organisation" and _two_bodies(topic, bodies):
            dropped.add(topic.id)
    return tuple(t for t in topics if t.id not in dropped)


def _two_bodies(topic: Topic, bodies: dict[str, Topic]) -> bool:
    words = topic.name.split()
    least = RATIO * max(1, topic.mention_count)
    for cut in range(1, len(words)):
        first = bodies.get(" ".join(words[:cut]).casefold())
        second = bodies.get(" ".join(words[cut:]).casefold())
        if (
            first is not None
            and second is not None
            and topic not in (first, second)
            and first is not second
            and min(first.mention_count, second.mention_count) >= least
        ):
            return True
    return False
