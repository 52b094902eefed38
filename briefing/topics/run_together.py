"""Two bodies' names written back to back are no third body: "an Air India Boeing 787".

An airline and the maker of its plane, a broadcaster and its network: a text writes them one
after the other ("the Air India Boeing", "a Lufthansa Airbus"), and the run of capitalised
words reads as one organisation's name. It is two names when each part is an organisation
the packet lists on its own, and each is written many times more often than the run
(:data:`RATIO`): a body whose name joins two others ("Air France KLM", "Google DeepMind")
is written that way whenever it is named, as often as its parts or nearly. A part that is a
place ("CNN Portugal", "Air India") makes no such pair: a place qualifies a body's name.

Likewise a common noun and a listed code are the code: "Flight AI171" is the "AI171" the
packet lists, its noun capitalised as a name's first word ("flight", which the texts write
in lower case). Only a code with a digit counts (a flight's, a train's, a road's number): a
word before a listed name often opens a name of its own ("Air India").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.model import Article, Mention, Topic

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


def codes_with_their_noun(
    topics: Sequence[Topic], articles: Sequence[Article]
) -> tuple[Topic, ...]:
    """``topics`` with each organisation named as a common noun and a listed code ("Flight
    AI171") merged into the code's topic, in its rank: its name and mentions become the
    code's aliases and mentions."""
    codes = {
        t.name.casefold(): t
        for t in topics[:HEAD]
        if any(ch.isdigit() for ch in t.name) and " " not in t.name
    }
    out = list(topics)
    for topic in topics[:HEAD]:
        words = topic.name.split()
        code = codes.get(words[-1].casefold()) if len(words) == 2 else None
        if topic.kind != "organisation" or code is None or code is topic:
            continue
        if not _written_lower(words[0], topic, articles):
            continue
        merged = _merge(code, topic)
        out = [merged if t is code else t for t in out if t is not topic]
        codes[code.name.casefold()] = merged
    return tuple(out)


def _written_lower(word: str, topic: Topic, articles: Sequence[Article]) -> bool:
    """Whether the topic's articles write ``word`` in lower case somewhere: a common noun."""
    ids = set(topic.articles)
    pattern = re.compile(rf"(?<!\w){re.escape(word.lower())}(?!\w)")
    return any(pattern.search(a.text) for a in articles if a.id in ids)


def _merge(code: Topic, named: Topic) -> Topic:
    """The code's topic holding the noun-and-code topic too; a code's mention inside a
    "Flight AI171" is that one mention, written whole."""
    wide = [(m.article_id, m.span) for m in named.mentions]
    kept = [
        m
        for m in code.mentions
        if not any(
            a == m.article_id
            and s.paragraph == m.span.paragraph
            and s.start <= m.span.start
            and m.span.end <= s.end
            for a, s in wide
        )
    ]
    mentions: tuple[Mention, ...] = tuple(kept) + named.mentions
    aliases = tuple(sorted({*code.aliases, *named.aliases}, key=lambda s: (s.lower(), s)))
    return Topic(code.id, code.name, code.kind, aliases, mentions, max(code.score, named.score))


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
