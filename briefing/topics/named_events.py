"""One named event, however the texts write it: "Paris Olympics", "Olympic Games", "JO".

A story around a named, recurring event (the Olympics, a World Cup, a summit series) writes
its name many ways in one language: with its city ("Paris Olympics"), its season ("Summer
Olympics"), its head noun after the name's own word ("Olympic Games"), or as an acronym
("JO" of "Jeux olympiques"). Each was its own topic. Read from the names alone, never from
a list of events:

- an event name's *key* is its head ("Olympics"), or, when the head is an everyday noun
  that names no event by itself (:data:`EVERYDAY`: "Games", "Cup", "meeting", wordfreq's
  general-language frequency), the word right before it ("Olympic" of "Olympic Games",
  "World" of "World Cup"), folded (romanised, lower case, a plural's "s" off): "Olympics"
  and "Olympic Games" share "olympic";
- two event topics with one key are one event unless their other words disagree: what
  says which event it is (the name's own words, "G7", else its places, "Paris"): "G7
  summit" and "G20 summit", "Paris Olympics" and "Tokyo Olympics", a body's "CIS summit"
  and a places' "Russia–Central Asia summit"; two everyday descriptors ("Summer",
  "Winter"); or two years ("the 2024 Games", "the 1924 Games"). A name that says none of
  these ("World Cup") is the one the others qualify ("FIFA World Cup"). A year only one
  of them writes must be the year the articles are dated (the 1924 Games named in a story
  of 2024 stay apart from the "Paris Olympics"). Every pair of a joined group agrees (a
  "Paris Olympics" never joins "Summer" and "Winter"); a name of its head alone ("Games")
  joins nothing;
- a topic named by two capitals ("JO") whose letters open the two words of a run the
  packet writes in the articles that write it ("Jeux olympiques"), one of which is a
  cognate of the event's key (romanised stems alike, :func:`~.event_cognates.cognate`:
  "olympiques", "olympic"), is that event's acronym and joins it: the event's own word
  and a head noun. A longer run names another thing after the event's word ("JVM",
  "Java Virtual Machine", is no "Java" event). Nothing else crosses languages here: a
  key that shares no stem ("Олимпийских", "五輪") is left apart.

The joined topic keeps the best ranked one's name and kind; the others' names become its
aliases, their mentions its own.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from anyascii import anyascii

from briefing.model import Article, Topic, in_text_order
from briefing.topics.event_cognates import cognate, plain
from briefing.topics.lexicon import EVENT_HEADS, STOPWORDS
from briefing.topics.word_keys import zipf

#: How common a word is at large (wordfreq's Zipf scale, English) to be everyday: a head
#: noun as common ("games" 5.4, "cup" 5.1) names no event alone; a modifier as common
#: ("summer" 5.2, "winter" 4.9) describes the event rather than naming it. Names' own
#: words are rarer ("olympic" 4.5, "commonwealth" 4.3).
EVERYDAY = 4.8

#: How many of the best ranked topics are read for acronyms (an event's acronym worth joining
#: is among them; 10,000 articles list thousands of capitals).
ACRONYM_TOPICS = 200
#: How many of an acronym's articles are read for the words it stands for: a writer spells
#: it out beside it, in the articles that write it.
ACRONYM_ARTICLES = 20

_TOKEN = re.compile(r"[^\W_][\w’'-]*")
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
#: An event's acronym: two capitals, its own word and a head noun ("JO", "Jeux olympiques");
#: a longer one names another thing after the event's word ("JVM", "Java Virtual Machine").
_ACRONYM = re.compile(r"^[A-ZÀ-Ý]{2}$")


def _fold(word: str) -> str:
    """A word folded for comparison: romanised, lower case, a plural's "s" off."""
    folded = anyascii(word).casefold()
    return folded[:-1] if len(folded) > 3 and folded.endswith("s") else folded


def _everyday(word: str) -> bool:
    return zipf(word.casefold(), "en") >= EVERYDAY


@dataclass(frozen=True, slots=True)
class _Name:
    key: str
    places: frozenset[str]
    descriptors: frozenset[str]
    own: frozenset[str]
    years: frozenset[str]


def _parsed(name: str, places: frozenset[str]) -> _Name | None:
    """An event name's key and other words (see the module's docstring); None for a name
    with no key (its everyday head alone, or no word at all)."""
    tokens = _TOKEN.findall(name)
    years = frozenset(t for t in tokens if _YEAR.match(t))
    words = [t for t in tokens if not t.isdigit() and t.casefold() not in STOPWORDS]
    if not words:
        return None
    head = words[-1]
    if head.casefold() in EVENT_HEADS and _everyday(head):
        if len(words) < 2 or words[-2].casefold() in places:
            return None  # "Games" alone, "Paris Games": no name's own word
        key, rest = _fold(words[-2]), words[:-2]
    else:
        key, rest = _fold(head), words[:-1]
    folded = [(w, _fold(w)) for w in rest if _fold(w) != key]
    return _Name(
        key,
        frozenset(f for w, f in folded if w.casefold() in places),
        frozenset(f for w, f in folded if w.casefold() not in places and _everyday(w)),
        frozenset(f for w, f in folded if w.casefold() not in places and not _everyday(w)),
        years,
    )


def _agree(a: _Name, b: _Name, year: str | None) -> bool:
    """Whether two names with one key name one event (see the module's docstring)."""
    if a.key != b.key:
        return False
    # What says which event it is: the name's own words, else its places ("CIS summit"
    # and "Russia–Central Asia summit" are two summits; "World Cup" says neither).
    for mine, theirs in (
        (a.own or a.places, b.own or b.places),
        (a.descriptors, b.descriptors),
        (a.years, b.years),
    ):
        if mine and theirs and mine != theirs:
            return False
    for mine, theirs in ((a.years, b.years), (b.years, a.years)):
        if mine and not theirs and mine != {year}:
            return False
    return True


def _story_year(articles: Sequence[Article]) -> str | None:
    """The year most articles are dated."""
    years = Counter(str(a.date.year) for a in articles if a.date is not None)
    return years.most_common(1)[0][0] if years else None


def _joined(into: Topic, parts: Sequence[Topic]) -> Topic:
    mentions = in_text_order({*into.mentions, *(m for t in parts for m in t.mentions)})
    names = {a for t in parts for a in (t.name, *t.aliases)}
    aliases = tuple(sorted({*into.aliases, *names}, key=lambda s: (s.lower(), s)))
    return replace(into, aliases=aliases, mentions=mentions)


def _initials_runs(acronym: str, texts: Sequence[str]) -> list[list[str]]:
    """The words of each run the texts write whose first letters spell ``acronym``, its
    first word capitalised ("Jeux olympiques" of "JO", "Journal officiel" too)."""
    letters = r"\s+".join(rf"({re.escape(c)}[^\W\d_]+)" for c in acronym)
    pattern = re.compile(rf"\b{letters}\b", re.IGNORECASE)
    return [
        list(found.groups())
        for text in texts
        if acronym[0] in text
        for found in pattern.finditer(text)
        if found.group(1)[0].isupper()
    ]


def with_named_events_joined(
    topics: Sequence[Topic], articles: Sequence[Article]
) -> tuple[Topic, ...]:
    """``topics`` with each named event's topics joined into one (the module's docstring)."""
    events = [t for t in topics if t.kind == "event"]
    if not events:
        return tuple(topics)
    places = frozenset(
        w.casefold() for t in topics if t.kind == "place" for a in t.aliases for w in a.split()
    ) | frozenset(w.casefold() for t in topics if t.kind == "place" for w in t.name.split())
    year = _story_year(articles)
    parsed = {t.id: _parsed(t.name, places) for t in events}
    groups: list[list[Topic]] = []
    for topic in events:  # best ranked first: each group's first names it
        name = parsed[topic.id]
        if name is None:
            continue
        group = next(
            (
                g
                for g in groups
                if all(_agree(name, parsed[t.id], year) for t in g)  # type: ignore[arg-type]
            ),
            None,
        )
        if group is None:
            groups.append([topic])
        else:
            group.append(topic)
    # An acronym whose words the packet writes, one a cognate of a group's key: read in
    # the articles that write the acronym (a few of them: a bounded cost at 10,000).
    by_id = {a.id: a for a in articles}
    for topic in topics[:ACRONYM_TOPICS]:
        if not groups:
            break
        if topic.kind in ("person", "place", "event") or not _ACRONYM.match(topic.name):
            continue
        texts = [
            p.text
            for article_id in topic.articles[:ACRONYM_ARTICLES]
            if article_id in by_id
            for _i, p in by_id[article_id].body_paragraphs
        ]
        runs = _initials_runs(topic.name, texts)
        for group in groups:
            key = parsed[group[0].id].key  # type: ignore[union-attr]
            if any(cognate(key, plain(w)) for words in runs for w in words if len(w) > 3):
                group.append(topic)
                break
    joined = {t.id: g for g in groups if len(g) > 1 for t in g}
    if not joined:
        return tuple(topics)
    out: list[Topic] = []
    for topic in topics:
        group = joined.get(topic.id)
        if group is None:
            out.append(topic)
        elif topic is group[0]:
            out.append(_joined(topic, group[1:]))
    return tuple(out)
