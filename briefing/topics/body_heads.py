"""A body's short name is the body: "Delta" is the "Delta Airlines" the packet names whole.

Texts name a company in full once ("Examplejet Airlines", "Norland Bank") and then by the
word that tells it apart ("Examplejet said", "flights of Examplejet"); a list of carriers
writes some in full and some short ("American Airlines, Delta and United"). Read apart, the
short form is a second topic beside the full one, and a bare word such as "United" may even
be typed a place. The full name ends in a word that says what kind of body it is (the closed
class of :data:`~.lexicon.DESCRIPTORS`' organisations, in English and its plural:
"Airlines", "Bank", "Company"): the words before it are its short name, and a topic with
exactly that name is the same body. Such a full name is a body, whatever kind its
words alone suggested ("American Airlines" is no place). Two topics of the same short
name ("Delta" beside both "Delta Airlines" and "Delta Bank") join neither. A short name
that is a place of the gazetteer ("Singapore" of "Singapore Airlines") stays the place.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing.model import Topic, in_text_order
from briefing.topics.gazetteer import gazetteer
from briefing.topics.lexicon import DESCRIPTORS

#: How many of the best topics are read.
HEAD = 100

_HEADS = frozenset(
    form
    for word, kind in DESCRIPTORS.items()
    if kind == "organisation"
    for form in (word, word + "s")
)


def short_names_joined(topics: Sequence[Topic]) -> tuple[Topic, ...]:
    """``topics`` with each short name's topic joined into its body's full name."""
    topics = [_as_body(t) for t in topics]
    longs: dict[str, list[Topic]] = {}
    for topic in topics[:HEAD]:
        if topic.kind != "organisation":
            continue
        for name in dict.fromkeys((topic.name, *topic.aliases)):
            words = name.split()
            if len(words) >= 2 and words[-1].casefold() in _HEADS and words[0][:1].isupper():
                short = " ".join(words[:-1]).casefold()
                found = longs.setdefault(short, [])
                if topic not in found:
                    found.append(topic)
    if not longs:
        return tuple(topics)
    gaz = gazetteer()
    joins: dict[int, Topic] = {}  # id of the short topic → the full one
    for topic in topics[:HEAD]:
        for name in dict.fromkeys((topic.name, *topic.aliases)):
            bodies = longs.get(name.casefold())
            if bodies is None or len(bodies) != 1 or bodies[0] is topic:
                continue
            if gaz.place(name) is not None:
                continue
            joins[id(topic)] = bodies[0]
            break
    if not joins:
        return tuple(topics)
    grown: dict[int, Topic] = {}
    for topic in topics:
        into = joins.get(id(topic))
        if into is not None:
            grown[id(into)] = _merge(grown.get(id(into), into), topic)
    # The joined topic takes the better rank of its parts: the short name may be the one
    # most texts write.
    out: list[Topic] = []
    placed: set[int] = set()
    for topic in topics:
        whole = joins.get(id(topic), topic)
        if id(whole) not in placed:
            placed.add(id(whole))
            out.append(grown.get(id(whole), whole))
    return tuple(out)


def _as_body(topic: Topic) -> Topic:
    """A name of several words ending in a body's kind ("Examplejet Airlines") typed a place
    or a person is that body, unless the gazetteer knows the whole name as a place ("West
    Bank")."""
    words = topic.name.split()
    if (
        topic.kind not in ("place", "person")
        or len(words) < 2
        or words[-1].casefold() not in _HEADS
        or not words[-1][:1].isupper()
        or gazetteer().place(topic.name) is not None
    ):
        return topic
    return Topic(topic.id, topic.name, "organisation", topic.aliases, topic.mentions, topic.score)


def _merge(full: Topic, short: Topic) -> Topic:
    """The full name's topic holding the short one's mentions and names, an organisation."""
    seen = {(m.article_id, m.span) for m in full.mentions}
    extra = [m for m in short.mentions if (m.article_id, m.span) not in seen]
    names = {*full.aliases, short.name, *short.aliases}
    aliases = tuple(sorted(names, key=lambda s: (s.lower(), s)))
    return Topic(
        full.id,
        full.name,
        "organisation",
        aliases,
        in_text_order((*full.mentions, *extra)),
        max(full.score, short.score),
    )
