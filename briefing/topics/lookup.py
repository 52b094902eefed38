"""Finding the topic a user means from what they type: "President Putin", "путин", "rakhmon".

Used by the façade (:meth:`briefing.briefing.Briefing.find_topic`). A query matches, in order:
a topic's id, name or alias as typed (any case); then the same after dropping words from the
front, so a title in any language ("President Putin", "Президент Путин", "Kanzler Merz")
finds the name without a list of titles; then by key, so a transliteration or an inflected
form finds the topic ("Vladimir Poutine", "Путина", "Emomali Rakhmon"). Nothing matching, the
nearest names by rapidfuzz's weighted ratio over the romanised aliases are offered instead.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rapidfuzz import fuzz, process

from briefing.model import Topic
from briefing.topics.languages import latin
from briefing.topics.naming import name_key, person_key
from briefing.topics.person_spellings import same_person
from briefing.topics.spelling import fold

#: Below this weighted ratio (0–100) a name is not offered as "did you mean".
SUGGESTION_CUTOFF = 70


def _exact(wanted: str, topics: Sequence[Topic]) -> Topic | None:
    for fields in (
        lambda t: (t.id.casefold(),),
        lambda t: (t.name.casefold(),),
        lambda t: tuple(a.casefold() for a in t.aliases),
    ):
        for topic in topics:
            if wanted in fields(topic):
                return topic
    return None


def _by_key(query: str, topics: Sequence[Topic], key: Callable[[str], str]) -> Topic | None:
    wanted = key(query)
    alike: Callable[[str], bool] = (
        (lambda k: k == wanted or same_person(k, wanted))
        if key is person_key
        else (lambda k: k == wanted)
    )
    for topic in topics:
        if any(alike(key(label)) for label in (topic.name, *topic.aliases)):
            return topic
    return None


def find_topic(query: str, topics: Sequence[Topic]) -> Topic | None:
    """The best-ranked topic ``query`` names (``topics`` in rank order), or None.

    An id or a name wins over an alias, so "CIS" finds the CIS and not a summit whose alias
    happens to contain it; "CIS+" never finds the CIS (the plus is part of every key).
    """
    words = " ".join(query.split()).split(" ")
    if not words or not words[0]:
        return None
    for start in range(len(words)):
        found = _exact(" ".join(words[start:]).casefold(), topics)
        if found is not None:
            return found
    for start in range(len(words)):
        tail = " ".join(words[start:])
        for key in (person_key, name_key):
            found = _by_key(tail, topics, key)
            if found is not None:
                return found
    # A surname alone ("President Poutine"): the one person whose full name ends with it.
    last = person_key(words[-1])
    people = [
        t
        for t in topics
        if t.kind == "person" and any(person_key(a).split()[-1] == last[2:] for a in t.aliases)
    ]
    return people[0] if len(people) == 1 else None


def _romanised(label: str) -> str:
    return fold(latin(label))


def nearest(query: str, topics: Sequence[Topic], limit: int = 3) -> list[str]:
    """Names of the topics most like ``query``, best first, for a "did you mean" line."""
    labels: dict[str, str] = {}
    for topic in topics:
        for label in (topic.name, topic.id, *topic.aliases):
            labels.setdefault(_romanised(label), topic.name)
    if not labels or not query.strip():
        return []
    hits = process.extract(
        _romanised(query),
        list(labels),
        scorer=fuzz.WRatio,
        limit=limit * 4,
        score_cutoff=SUGGESTION_CUTOFF,
    )
    return list(dict.fromkeys(labels[label] for label, _score, _index in hits))[:limit]
