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
  story is about, where the protagonist's statements are that event), or the topic is an
  event whose name gives its day ("First round, 4 May") and that is their day: two reports
  naming that event on its day report it.

On the main event's days a **figure in common** ties two statements without a topic too
("Another 85 people were injured when two trains collided" / "… 38 Menschen getötet und 85
weitere verletzt"): that day is the event's, and a count both give is its count. A year is no
such figure ("built in 1987" / "the storm of 1987"), and a time of day counts whole, so two
times in one hour ("18:00", "18:05") share nothing; off the main days a figure alone ties
nothing ("41 fishermen marched", "41 boats were pulled out").

Two statements that each tell the story's first act on its day (:mod:`.brief_first_act`:
their article's earliest day, where three articles or more in two languages start) are one
event whatever they name.

One shared topic alone is never enough: on the day after a storm "Mayor Ortwin was
arrested" and "Mayor Ortwin attended the funeral" name one person and are two events. Off the
main event's days they need a figure in common as well; a reaction told on another day stays
its own line. The main event's topic counts as a telling topic itself: two statements on its
day that both name it report it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from briefing.analysis.model import TimelineEntry
from briefing.analysis.same_event import figures
from briefing.brief_first_act import Key, key_of
from briefing.brief_when import MONTHS
from briefing.model import Topic

#: Topic kinds that tell one event from another (see the module docstring).
TELLING = frozenset({"person", "organisation", "event", "treaty"})


#: A day as (year or None, month, day).
_Day = tuple[int | None, int, int]


@dataclass(frozen=True)
class Topical:
    """The telling topics of each paragraph, and the main event's days."""

    #: (article id, paragraph) → (start, end, topic id) of each telling mention.
    mentions: dict[tuple[str, int], list[tuple[int, int, str]]] = field(default_factory=dict)
    #: Each day of the main event.
    main_days: frozenset[_Day] = frozenset()
    #: Event topics whose name ends with their days ("First round, 4 May 2025") → those days
    #: (year None when the name gives none: "First round, 4 May").
    event_days: dict[str, frozenset[_Day]] = field(default_factory=dict)
    #: The statements telling the story's first act (:mod:`briefing.brief_first_act`).
    first_act: frozenset[Key] = frozenset()

    @classmethod
    def build(
        cls,
        topics: Sequence[Topic],
        days: Sequence[dt.date] = (),
        first_act: frozenset[Key] = frozenset(),
    ) -> Topical:
        """Index the mentions of the telling ``topics``; ``days`` are the main event's,
        ``first_act`` the statements telling the story's first act."""
        from briefing.brief_when import event_when

        mentions: dict[tuple[str, int], list[tuple[int, int, str]]] = defaultdict(list)
        event_days: dict[str, frozenset[_Day]] = {}
        for topic in topics:
            if topic.kind not in TELLING:
                continue
            told = event_when(topic.name) if topic.kind == "event" else None
            if told is not None and not (told.first_month or told.last_month):
                event_days[topic.id] = _days(main_days(told.first, told.last))
            elif topic.kind == "event" and (day := _day_named(topic.name)):
                event_days[topic.id] = frozenset({day})
            for mention in topic.mentions:
                span = mention.span
                mentions[(mention.article_id, span.paragraph)].append(
                    (span.start, span.end, topic.id)
                )
        return cls(dict(mentions), _days(days), event_days, first_act)

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

    def one_event(self, a: TimelineEntry, a_text: str, b: TimelineEntry, b_text: str) -> bool:
        """True when statements ``a`` and ``b`` of one day (their texts without the date
        phrase) name one telling topic and share a figure, the main event's day, or the day
        of the event the topic is."""
        if a.article_id == b.article_id:
            return False
        if key_of(a) in self.first_act and key_of(b) in self.first_act:
            return True  # both tell the story's first act on its day (brief_first_act)
        both = self.topics_of(a) & self.topics_of(b)
        if not both:
            return _main_figure(a, a_text, b, b_text, self.main_days)
        if figures(a_text) & figures(b_text):
            return True
        if any(_on(a, days) and _on(b, days) for t in both if (days := self.event_days.get(t))):
            return True  # both name an event on the day its name gives
        return _on(a, self.main_days) and _on(b, self.main_days)


#: The day at the end of an event topic's name that gives no year ("First round, 4 May").
_DAY_NAMED = re.compile(r",\s*(\d{1,2})\s+([A-Za-z]{3,9})$")


def _days(days: Sequence[dt.date]) -> frozenset[_Day]:
    return frozenset((d.year, d.month, d.day) for d in days)


def _day_named(name: str) -> _Day | None:
    found = _DAY_NAMED.search(name)
    month = MONTHS.get(found.group(2).casefold()) if found else None
    if found is None or month is None or not 1 <= int(found.group(1)) <= 31:
        return None
    return (None, month, int(found.group(1)))


def _on(entry: TimelineEntry, days: frozenset[_Day]) -> bool:
    """True when the entry's day is one of ``days`` (by day and month when its article, or
    the day, gives no year)."""
    if entry.date is not None:
        if entry.precision != "day":
            return False
        year, month, day = entry.date.year, entry.date.month, entry.date.day
    elif entry.month is not None and entry.day is not None:
        year, month, day = None, entry.month, entry.day
    else:
        return False
    return any(
        (y is None or year is None or y == year) and (m, d) == (month, day) for y, m, d in days
    )


def main_days(first: dt.date | None, last: dt.date | None) -> tuple[dt.date, ...]:
    """The days from ``first`` to ``last`` (a main event's span; none when unknown)."""
    if first is None or last is None or (last - first).days > 7:
        return ()
    return tuple(first + dt.timedelta(days=n) for n in range((last - first).days + 1))


#: A figure that reads as a year ("1986", "2023"): no figure of the event.
_YEARLIKE = re.compile(r"(?:1[89]|20)\d\d")
#: A time of day ("18:05", "13h38", "20.30"): one figure, so that an hour alone ("18:00"
#: and "18:05") or a minute is never a figure in common.
_CLOCK = re.compile(r"(?<![\d.,])([01]?\d|2[0-3]) ?[:h.] ?([0-5]\d)(?![\d]|[.,]\d)")


def _main_figure(
    a: TimelineEntry, a_text: str, b: TimelineEntry, b_text: str, days: frozenset[_Day]
) -> bool:
    """True when statements ``a`` and ``b``, both of one of the main event's days, give a
    figure in common that is no year ("85 injured" / "85 weitere verletzt")."""
    return bool(_event_figures(a_text) & _event_figures(b_text)) and _on(a, days) and _on(b, days)


def _event_figures(text: str) -> frozenset[str]:
    """The text's figures (``same_event.figures``) without years, a time of day as one."""
    clocks = {f"{int(hour)}:{minute}" for hour, minute in _CLOCK.findall(text)}
    rest = figures(_CLOCK.sub(" ", text))
    return frozenset({f for f in rest if not _YEARLIKE.fullmatch(f)} | clocks)
