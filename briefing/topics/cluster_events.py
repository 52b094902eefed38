"""Summits and meetings keyed by their participants: the events stage of the second pass.

Split from :mod:`.cluster` for size, and a stage of its own: once the names are merged
(:meth:`~.cluster._Builder.entities`, :meth:`~.cluster._Builder.across_scripts`), each event
phrase of the first pass ("Russia–Central Asia summit", "the Putin-Trump summit") is keyed by
the roots of the places, bodies and people it joins, so phrases naming the same participants
in any order or spelling are one event. The briefing's main event is :mod:`.events`'.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.topics.candidates import Candidates, Occurrence
from briefing.topics.gazetteer import Gazetteer
from briefing.topics.lexicon import ORDINALS
from briefing.topics.naming import name_key, person_key
from briefing.topics.union_find import _UnionFind


class _EventKeys:
    """The events stage, mixed into :class:`~.cluster._Builder`: what it reads of the builder
    is declared here, set by the builder."""

    c: Candidates
    gaz: Gazetteer
    uf: _UnionFind
    surname_roots: dict[str, set[str]]

    if TYPE_CHECKING:

        def node(
            self, key: str, kind: str, occurrence: Occurrence | None = None, weight: int = 1
        ) -> str: ...

    def _resolve(self, part: str) -> str | None:
        words = [w for w in part.split() if w.lower() not in ORDINALS and w.lower() != "the"]
        for n in range(len(words), 0, -1):
            text = " ".join(words[:n])
            place = self.gaz.place(text) or self.gaz.demonyms.get(text)
            if place is not None:
                return self.uf.find(self.uf.add("g:" + place))
        for n in range(len(words), 0, -1):
            text = " ".join(words[:n])
            key = name_key(text)
            if key in self.uf.parent:
                return self.uf.find(key)
            person = person_key(text)
            if person in self.uf.parent:
                return self.uf.find(person)
            owners = self.surname_roots.get(person, set())
            if len(owners) == 1:  # "the Putin-Trump summit"
                return self.uf.find(next(iter(owners)))
        return None

    def events(self) -> dict[str, list[str]]:
        """Event key → participant roots in first-seen order."""
        participants: dict[str, list[str]] = {}
        for groups, occ in self.c.events:
            for group in groups:
                parts = [p for p in re.split(r"\s*[-–—&]\s*|\s+and\s+", group) if p]
                roots = [self._resolve(p) for p in parts]
                if not roots or any(r is None for r in roots):
                    continue
                resolved = [r for r in roots if r is not None]
                key = "e:" + "|".join(sorted(set(resolved)))
                self.node(key, "event", occ)
                if name_key(occ.surface) in self.uf.parent:  # "the NATO Summit" named too
                    self.uf.union(key, name_key(occ.surface))
                participants.setdefault(key, list(dict.fromkeys(resolved)))
        return participants
