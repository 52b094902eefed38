"""Secondary events the texts give a length in days: "Three days of national mourning".

A story's aftermath is made of acts the texts date by their length: a country declares
"three days of national mourning", "трёхдневный траур", "luto nacional de tres días", "üç
günlük ulusal yas"; unions call "two days of strikes". Such a phrase is an event whatever its
noun, so the noun is not looked up in a list of event words: it is what the text writes next
to a day word and its number (:mod:`.period_words`, a closed class per language). It must be

- a bare noun (no article: "three days of the crash" dates the crash, it names no event), of
  one or two words that are no function words, numbers, months or weekdays, the rarer of
  them less common in its language than everyday words (wordfreq; "a day of work" is none);
- no form of the main event's own words ("the day of the attack", "днём теракта");
- written so by :data:`MIN_ARTICLES` articles or more (what several outlets report).

One language's phrases are one event when their rarest word has one stem ("mourning" of
"three days of mourning" and "national mourning"). Languages are joined by the length they
give: an event of three days in Spanish and one of three days in Russian are one event when
each language has no other event of that length (two different lengths in one language keep
their events apart). The name is the phrase the packet's main language writes most
("Three days of mourning"), or its noun alone when the texts give it different lengths. No
date is added: the texts disagree on when such a period starts more often than not.

:func:`with_period_events` adds the events to the topics, each before the first topic
fewer articles mention (the main event stays first), absorbing a theme that is one of its
own phrases ("national mourning").
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import Any

from briefing.model import Article, Mention, Span, Topic
from briefing.topics.period_reading import Phrase, _same, period_phrases
from briefing.topics.sequence_events import sequence_events
from briefing.topics.slugs import slug

#: An event needs its phrase in this many articles.
MIN_ARTICLES = 2


def period_events(phrases: Iterable[Phrase], main_language: str) -> list[Topic]:
    """The events :data:`MIN_ARTICLES` articles give a length (module docstring)."""
    phrases = _trimmed(list(phrases))
    parent: dict[tuple[str, str], tuple[str, str]] = {}

    def find(node: tuple[str, str]) -> tuple[str, str]:
        while parent.setdefault(node, node) != node:
            node = parent[node]
        return node

    by_days: dict[int, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for p in phrases:
        find((p.language, p.key))
        by_days[p.days][p.language].add(p.key)
    for languages in by_days.values():
        if all(len(keys) == 1 for keys in languages.values()):
            nodes = [(language, next(iter(keys))) for language, keys in languages.items()]
            for node in nodes[1:]:
                parent[find(node)] = find(nodes[0])
    groups: dict[tuple[str, str], list[Phrase]] = defaultdict(list)
    for p in phrases:
        groups[find((p.language, p.key))].append(p)
    topics = []
    for group in groups.values():
        if len({p.article for p in group}) < MIN_ARTICLES:
            continue
        topics.append(_topic(group, main_language))
    return topics


def _trimmed(phrases: list[Phrase]) -> list[Phrase]:
    """The phrases with a noun of two words that only one article writes cut to its rarer
    word: the second word may be the verb after it ("two days of strikes shut the port")."""
    writers: dict[tuple[str, str], set[str]] = defaultdict(set)
    for p in phrases:
        writers[p.language, p.noun.casefold()].add(p.article)
    found = []
    for p in phrases:
        if p.key_span == p.noun_span or len(writers[p.language, p.noun.casefold()]) >= 2:
            found.append(p)
            continue
        text = p.surface
        start, end = p.start, p.end
        if p.end == p.noun_span[1] and p.key_span[1] < p.end:  # the noun ends the phrase
            end = p.key_span[1]
        elif p.start == p.noun_span[0] and p.key_span[0] > p.start:  # the noun opens it
            start = p.key_span[0]
        text = p.surface[start - p.start : end - p.start]
        noun = p.surface[p.key_span[0] - p.start : p.key_span[1] - p.start]
        found.append(replace(p, start=start, end=end, surface=text, noun=noun))
    return found


def _topic(group: list[Phrase], main_language: str) -> Topic:
    """The event of one group of phrases, named in the main language where it is written."""
    written = Counter(p.language for p in group)
    # English first, as the other topics and the main event are named; else the packet's.
    language = next(
        (w for w in ("en", main_language) if w in written), written.most_common(1)[0][0]
    )
    own = [p for p in group if p.language == language]
    # Counted by the articles that write a form, so one text repeating it does not decide.
    if len({p.days for p in group}) == 1:
        counts = Counter(s for _a, s in {(p.article, p.surface.casefold()) for p in own})
    else:
        counts = Counter(s for _a, s in {(p.article, p.noun.casefold()) for p in own})
    best = max(counts, key=lambda s: (counts[s], s))
    name = best[:1].upper() + best[1:]
    mentions = tuple(
        Mention(p.article, Span(p.paragraph, p.start, p.end), p.surface) for p in group
    )
    aliases = {p.surface for p in group} | {p.noun for p in group}
    return Topic(slug(name), name, "event", tuple(sorted(aliases)), mentions, 0.0)


def with_period_events(
    articles: Sequence[Article],
    topics: Sequence[Topic],
    languages: dict[str, str],
    read: Callable[[], Any] | None = None,
) -> tuple[Topic, ...]:
    """``topics`` with the period events added (module docstring). ``read``, if given,
    returns what a worker found in the texts (:mod:`.period_share`), or None: then each
    distinct text is read here."""
    if not topics or not articles:
        return tuple(topics)
    main = topics[0]
    excluded: frozenset[str] = frozenset()
    if main.kind == "event":
        excluded = frozenset(w.casefold() for a in main.aliases for w in a.split() if len(w) > 3)
    given = read() if read is not None else None
    found: list[Phrase] = []
    # Wire copy: each text is read once (here, or by the worker with nothing left out).
    seen: dict[tuple[str, str], list[Phrase]] = {}
    for article in articles:
        language = languages.get(article.id, "en")
        for index, paragraph in article.body_paragraphs:
            key = (paragraph.text, language)
            phrases = seen.get(key)
            if phrases is None:
                if given is None:
                    phrases = period_phrases("", 0, paragraph.text, language, excluded)
                else:
                    phrases = [p for p in given[0].get(key, ()) if not _excluded(p, excluded)]
                seen[key] = phrases
            found.extend(_at(p, article.id, index) for p in phrases)
    counted = Counter(languages.values())
    main_language = counted.most_common(1)[0][0] if counted else "en"
    events = period_events(found, main_language) if found else []
    uses = given[1] if given is not None else None
    events += sequence_events(articles, languages, excluded, main_language, uses)
    return _placed(list(topics), events)


def _excluded(phrase: Phrase, excluded: frozenset[str]) -> bool:
    """Whether :func:`period_phrases` leaves ``phrase`` out for the main event's words (a
    word of its noun)."""
    return any(_same(w, excluded) for w in phrase.noun.split())


def _at(phrase: Phrase, article: str, paragraph: int) -> Phrase:
    return replace(phrase, article=article, paragraph=paragraph)


def _placed(topics: list[Topic], events: list[Topic]) -> tuple[Topic, ...]:
    """Each event before the first topic (after the first) that fewer articles mention; a
    theme written as one of the event's phrases joins it, an event of the same id is kept."""
    taken = {t.id for t in topics}
    # How many articles each topic is in, counted once (not once per event placed: at
    # 10,000 articles a topic has tens of thousands of mentions).
    # The topic is kept beside its count, so that its id is never another's.
    counts: dict[int, tuple[Topic, int]] = {}

    def articles_of(topic: Topic) -> int:
        if id(topic) not in counts:
            counts[id(topic)] = (topic, len(topic.articles))
        return counts[id(topic)][1]

    for event in sorted(events, key=lambda e: -len(e.articles)):
        if event.id in taken:
            continue
        own = {a.casefold() for a in event.aliases}
        for theme in [t for t in topics if t.kind == "theme" and t.name.casefold() in own]:
            topics.remove(theme)
            event = Topic(
                event.id,
                event.name,
                "event",
                tuple(sorted({*event.aliases, *theme.aliases})),
                (*event.mentions, *theme.mentions),
                event.score,
            )
        count = len(event.articles)
        at = next((i for i in range(1, len(topics)) if articles_of(topics[i]) < count), len(topics))
        topics.insert(at, event)
        taken.add(event.id)
    return tuple(topics)
