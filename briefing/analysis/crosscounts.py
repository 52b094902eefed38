"""One count across languages and nouns: when "acht Stücke" and "neuf objets" are one figure.

Counts are compared by their noun within one language (:mod:`.figures`); across languages the
nouns would have to be translated, and no offline, pip-installable lexicon covers the packet's
languages (measured in ``benchmarks/realworld/DISCREPANCIES.md``: the multilingual wordnets
and bilingual word lists on PyPI download their data at run time, and the Open Multilingual
Wordnet has no German or Russian). So a count in one language is tied to a count in another
by what the packet itself shows, and only when all of these hold:

- each is a plain whole count (no hedge, no range, no unit) and the only count of its
  sentence: a sentence with two counts ("four thieves took eight jewels") does not say which
  of them another source's figure is about;
- the two sentences name the same person, place or thing: a topic that the cross-language
  topics (:mod:`briefing.topics`) merge across scripts ("Napoleon III" / "Наполеона III");
- each value is reported as a count by at least two sources: a figure every outlet repeats is
  the story's count, a count one writer gives in passing ("nine display cases") is not;
- the values are within a third of each other: two reports of one count differ by one or
  two, while counts of different things have no reason to be close;
- the packet itself shows the two values to be rival figures for one quantity: two sources
  count one noun of one language with them, or one writer gives both as a range of doubt
  ("tres o cuatro ladrones"). Without that, two close counts in two languages may be two
  things — forty passengers and forty-five dead — and no noun says which. One source giving
  both values in two statements is no such evidence: it shows two quantities ("nine stolen,
  eight still missing"; "137 killed … 138 injured").

Within one language the nouns still decide: two different nouns of one language are two
things ("eight jewels" / "nine display cases"), and nothing here joins them.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Protocol, TypeVar

from briefing.analysis.model import Quote
from briefing.model import Article, Topic

#: Two reports of one count are at most this far apart, as a ratio (8 and 9; 3 and 4).
MOST_RATIO = 4 / 3
#: Below this a count is too common to tie anything ("two men", "deux vitrines").
LEAST_VALUE = 3
#: A value must be reported by this many sources to be taken as the story's count.
LEAST_SOURCES = 2


class Counted(Protocol):
    """What this module needs of a figure (``figures._Figure``)."""

    @property
    def key(self) -> tuple[str, str]: ...
    @property
    def low(self) -> float: ...
    @property
    def high(self) -> float: ...
    @property
    def quote(self) -> Quote: ...
    @property
    def measure(self) -> bool: ...


Key = tuple[str, str]
F = TypeVar("F", bound="Counted")


#: The packet's topics for these articles, asked for only when a pair of counts needs them.
TopicSource = Callable[[Sequence[Article]], Iterable[Topic]]


def merge_linked(
    groups: dict[Key, list[F]],
    figures: Sequence[F],
    articles: Sequence[Article],
    topics: TopicSource | None = None,
) -> None:
    """Join the groups of the keys :func:`linked_keys` ties; a joined group's key is its
    languages joined by "+" and its nouns joined by " / "."""
    pairs = linked_keys(figures, articles, topics)
    parent: dict[Key, Key] = {}

    def root(key: Key) -> Key:
        while parent.get(key, key) != key:
            key = parent[key]
        return key

    for a, b in pairs:
        parent.setdefault(a, a)
        parent.setdefault(b, b)
        if root(a) != root(b):
            parent[root(b)] = root(a)
    joined: dict[Key, list[Key]] = defaultdict(list)
    for key in parent:
        joined[root(key)].append(key)
    for keys in joined.values():
        members = [f for key in keys for f in groups.pop(key, [])]
        languages = "+".join(sorted({k[0] for k in keys}))
        groups[(languages, " / ".join(sorted({k[1] for k in keys})))] = members


def linked_keys(
    figures: Sequence[Counted],
    articles: Sequence[Article],
    topics: TopicSource | None = None,
) -> list[tuple[Key, Key]]:
    """Pairs of figure keys in two languages that count one thing (see the module doc).
    ``topics`` gives the packet's topics (the reader's cached ones); by default they are
    extracted from ``articles``."""
    plain = _plain_counts(figures)
    rivals = _rival_values(figures)
    sources: dict[float, set[str]] = defaultdict(set)
    for figure in figures:
        if not figure.measure and figure.key[1] and figure.low == figure.high:
            sources[figure.low].add(figure.quote.article_id)
    candidates = [
        (a, b)
        for i, a in enumerate(plain)
        for b in plain[i + 1 :]
        if _candidate(a, b)
        and frozenset((a.low, b.low)) in rivals
        and len(sources[a.low]) >= LEAST_SOURCES
        and len(sources[b.low]) >= LEAST_SOURCES
    ]
    if not candidates:
        return []  # the topics are only worked out when a pair could use them
    named = _names_by_sentence(articles, topics)
    pairs = []
    for a, b in candidates:
        if named.get(_where(a), set()) & named.get(_where(b), set()):
            pairs.append((a.key, b.key))
    return pairs


def _rival_values(figures: Sequence[Counted]) -> set[frozenset[float]]:
    """Pairs of whole values given for one noun of one language as rival figures: by two
    sources, or by one figure as a range of doubt ("tres o cuatro"). One source giving two
    values in two statements shows two quantities (nine stolen, eight still missing), as in
    :mod:`.figures`, so that is no evidence that the values are rivals."""
    values: dict[Key, dict[float, set[str]]] = defaultdict(lambda: defaultdict(set))
    rivals: set[frozenset[float]] = set()
    for figure in figures:
        if figure.measure or not figure.key[1]:
            continue
        ends = {float(figure.low), float(figure.high)}
        whole = {v for v in ends if math.isfinite(v) and v.is_integer()}
        if len(whole) == 2 and figure.low > 0:
            rivals.add(frozenset(whole))  # "three or four": the writer's own doubt
        for value in whole:
            values[figure.key][value].add(figure.quote.article_id)
    for found in values.values():
        for v, by_v in found.items():
            for w, by_w in found.items():
                if v != w and any(a != b for a in by_v for b in by_w):
                    rivals.add(frozenset((v, w)))
    return rivals


def _plain_counts(figures: Sequence[Counted]) -> list[Counted]:
    """Whole, unhedged counts that are the only count of their sentence."""
    per_sentence = Counter(_where(f) for f in figures if not f.measure)
    return [
        f
        for f in figures
        if not f.measure
        and f.key[1]  # an enumeration has no noun
        and per_sentence[_where(f)] == 1
        and f.low == f.high
        and float(f.low).is_integer()
        and f.low >= LEAST_VALUE
    ]


def _candidate(a: Counted, b: Counted) -> bool:
    if a.key[0] == b.key[0] or a.quote.article_id == b.quote.article_id or a.low == b.low:
        return False
    return max(a.low, b.low) <= MOST_RATIO * min(a.low, b.low)


def _where(figure: Counted) -> tuple[str, int, int]:
    span = figure.quote.span
    return (figure.quote.article_id, span.paragraph, span.start)


def _names_by_sentence(
    articles: Sequence[Article], topics: TopicSource | None
) -> dict[tuple[str, int, int], set[str]]:
    """(article, paragraph, sentence start) → ids of the topics the sentence names."""
    from briefing.analysis.text import language_of, sentences

    if topics is None:
        from briefing.topics import extract_topics

        topics = extract_topics
    mentions: dict[tuple[str, int], list[tuple[int, str]]] = defaultdict(list)
    for topic in topics(articles):
        for mention in topic.mentions:
            mentions[(mention.article_id, mention.span.paragraph)].append(
                (mention.span.start, topic.id)
            )
    named: dict[tuple[str, int, int], set[str]] = {}
    for article in articles:
        for index, paragraph in enumerate(article.paragraphs):
            found = mentions.get((article.id, index))
            if not found:
                continue
            language = language_of(paragraph.language, article.language)
            for sentence in sentences(paragraph.text, language):
                ids = {t for start, t in found if sentence.start <= start < sentence.end}
                if ids:
                    named[(article.id, index, sentence.start)] = ids
    return named
