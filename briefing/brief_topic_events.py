"""One event told in several languages, recognised through the key topics (for the brief).

``analysis.same_event`` compares two statements by the names and figures they spell; it
cannot see that "Pope Leo XIV", "León XIV" and "Лев XIV" are one person (short words are
not keyed by sound, and the three spellings differ). The topics layer has already joined such
names across scripts and languages: each :class:`~briefing.model.Topic` lists its mentions,
so the topics a statement names are those with a mention inside its sentence (outside its
date phrase).

Two statements of one day, from two articles, are one event here when

- they name one **telling topic** — a person, an organisation, an event or a treaty: not a
  place or a theme, since much of a story happens in one place and themes ("the death
  toll", "the cardinals") run through all of it — and
- something beyond that topic ties them: they give the **same figure** (two digits or more,
  as ``same_event`` reads it), or their day is one of the **main event's days** (the day the
  story is about, where the protagonist's statements are that event).

One shared topic alone is never enough: on the day after a storm "Mayor Ortwin was
arrested" and "Mayor Ortwin attended the funeral" name one person and are two events. Off the
main event's days they need a figure in common as well; a reaction told on another day stays
its own line. The main event's topic counts as a telling topic itself: two statements on its
day that both name it report it.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from briefing.analysis.model import TimelineEntry
from briefing.analysis.same_event import figures
from briefing.model import Topic

#: Topic kinds that tell one event from another (see the module docstring).
TELLING = frozenset({"person", "organisation", "event", "treaty"})


@dataclass(frozen=True)
class Topical:
    """The telling topics of each paragraph, and the main event's days."""

    #: (article id, paragraph) → (start, end, topic id) of each telling mention.
    mentions: dict[tuple[str, int], list[tuple[int, int, str]]] = field(default_factory=dict)
    #: (month, day) of each day of the main event, with its year.
    main_days: frozenset[dt.date] = frozenset()

    @classmethod
    def build(cls, topics: Sequence[Topic], main_days: Sequence[dt.date] = ()) -> Topical:
        """Index the mentions of the telling ``topics``."""
        mentions: dict[tuple[str, int], list[tuple[int, int, str]]] = defaultdict(list)
        for topic in topics:
            if topic.kind not in TELLING:
                continue
            for mention in topic.mentions:
                span = mention.span
                mentions[(mention.article_id, span.paragraph)].append(
                    (span.start, span.end, topic.id)
                )
        return cls(dict(mentions), frozenset(main_days))

    def topics_of(self, entry: TimelineEntry) -> frozenset[str]:
        """Ids of the telling topics named in the entry's sentence, outside its date phrase."""
        sentence, phrase = entry.sentence_span, entry.phrase_span
        return frozenset(
            topic
            for start, end, topic in self.mentions.get((entry.article_id, sentence.paragraph), ())
            if sentence.start <= start
            and end <= sentence.end
            and not (phrase.start < end and start < phrase.end)
        )

    def on_main_day(self, entry: TimelineEntry) -> bool:
        """True when the entry's day is one of the main event's (by day and month when the
        article gives no year)."""
        if entry.date is not None:
            return entry.precision == "day" and entry.date in self.main_days
        return any((d.month, d.day) == (entry.month, entry.day) for d in self.main_days)

    def one_event(self, a: TimelineEntry, a_text: str, b: TimelineEntry, b_text: str) -> bool:
        """True when statements ``a`` and ``b`` of one day (their texts without the date
        phrase) name one telling topic and share a figure or the main event's day."""
        if a.article_id == b.article_id or not self.topics_of(a) & self.topics_of(b):
            return False
        if figures(a_text) & figures(b_text):
            return True
        return self.on_main_day(a) and self.on_main_day(b)


def main_days(first: dt.date | None, last: dt.date | None) -> tuple[dt.date, ...]:
    """The days from ``first`` to ``last`` (a main event's span; none when unknown)."""
    if first is None or last is None or (last - first).days > 7:
        return ()
    return tuple(first + dt.timedelta(days=n) for n in range((last - first).days + 1))
