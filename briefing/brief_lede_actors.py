"""Who the story is about, for the lede (:mod:`briefing.brief_lede`): its actors and its guests.

Kept apart from the lede's scoring because it decides one question of its own, asked of the
people topics and not of a sentence's shape: which people are the story's actors (named in
the main event's name, in the opening sentences of enough of the articles, or the packet's
most named person), so that a sentence naming anyone else (a guest, a witness) tells that
person's part, and one naming them before the event is theirs. :class:`Finder` tells where
a topic is named in a candidate sentence, for these counts and for the lede's others.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefing.model import Topic

if TYPE_CHECKING:
    from briefing.brief_lede import _Candidate

#: Share of the articles whose opening sentences must name a person for the person to be one
#: of the story's actors: a lede led by someone else tells that person's side of it.
ACTOR_SHARE = 0.5
#: Share of the articles naming the packet's most named person that makes them an actor.
LEAD_ACTOR_SHARE = 2 / 3


class Finder:
    """Where the topics name things in the articles: their mentions by paragraph (found by
    the topics), and one pattern per topic of its names for text the topics did not read."""

    def __init__(self, topics: Sequence[Topic]) -> None:
        self._at: dict[tuple[str, int], list[tuple[int, str]]] = {}
        self._patterns: dict[str, re.Pattern[str] | None] = {}
        for topic in topics:
            for m in topic.mentions:
                self._at.setdefault((m.article_id, m.span.paragraph), []).append(
                    (m.span.start, topic.id)
                )
            forms = sorted(
                {a.casefold() for a in (topic.name, *topic.aliases) if a}, key=lambda s: (len(s), s)
            )
            alternation = "|".join(re.escape(f) for f in reversed(forms))
            self._patterns[topic.id] = (
                re.compile(rf"(?<!\w)(?:{alternation})(?!\w)") if forms else None
            )

    def names(self, candidate: _Candidate, topic: Topic) -> bool:
        """The sentence names the topic: where the topics found it, else by one of its names."""
        lede = candidate.lede
        found = self._at.get((lede.article_id, lede.paragraph), ())
        if any(tid == topic.id and lede.start <= at < lede.end for at, tid in found):
            return True
        pattern = self._patterns.get(topic.id)
        return pattern is not None and pattern.search(lede.text.casefold()) is not None

    def first(self, candidate: _Candidate, topic: Topic) -> int | None:
        """Where in the sentence the topic is first named (an offset into it), or None."""
        lede = candidate.lede
        found = self._at.get((lede.article_id, lede.paragraph), ())
        at = [
            start - lede.start
            for start, tid in found
            if tid == topic.id and lede.start <= start < lede.end
        ]
        pattern = self._patterns.get(topic.id)
        hit = pattern.search(lede.text.casefold()) if pattern is not None else None
        if hit is not None:
            at.append(hit.start())
        return min(at, default=None)


def story_actors(
    pool: Sequence[_Candidate],
    people: Sequence[Topic],
    names: Sequence[Topic],
    finder: Finder,
    total: int = 0,
) -> set[str]:
    """The people the story is about: named in the main event's name, or in the opening
    sentences about the event (``pool``) of ``ACTOR_SHARE`` of their articles; and the
    packet's most named person, when ``LEAD_ACTOR_SHARE`` of its ``total`` articles name
    them (a founder whose firm's act it is: "Chapter 11 bankruptcy"; a guest, however
    widely named, is named by fewer)."""
    opened = {c.lede.article_id for c in pool}
    actors = {t.id for t in names}
    most = max(people, key=lambda t: len(t.articles), default=None)
    if most is not None and total and len(most.articles) >= LEAD_ACTOR_SHARE * total:
        actors.add(most.id)
    for topic in people:
        if topic.id in actors:
            continue
        naming = {c.lede.article_id for c in pool if finder.names(c, topic)}
        if opened and len(naming) >= ACTOR_SHARE * len(opened):
            actors.add(topic.id)
    return actors


def side_actor(
    candidate: _Candidate, people: Sequence[Topic], actors: set[str], finder: Finder
) -> bool:
    """The sentence names a person who is not one of the story's actors (a guest at the
    ceremony, a witness): it tells that person's part, not the event."""
    return any(t.id not in actors and finder.names(candidate, t) for t in people)


def guest_first(
    candidate: _Candidate,
    people: Sequence[Topic],
    actors: set[str],
    names: Sequence[Topic],
    finder: Finder,
) -> bool:
    """A person who is not one of the story's actors is named before every name of the event
    that is no place's (a place opens sentences about anything): the sentence is that
    person's, and the event only where they went."""
    from briefing.analysis.names import is_place

    guests = [finder.first(candidate, t) for t in people if t.id not in actors]
    events = [finder.first(candidate, t) for t in names if not is_place(t.name)]
    guest = min((at for at in guests if at is not None), default=None)
    event = min((at for at in events if at is not None), default=None)
    return guest is not None and (event is None or guest < event)
