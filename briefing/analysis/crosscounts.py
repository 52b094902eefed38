"""One count across languages and nouns: when "neun Kunstwerke" and "huit toiles" are one figure.

Counts are compared by their noun within one language (:mod:`.figures`); across languages the
nouns would have to be translated, and no offline, pip-installable lexicon covers the packet's
languages (measured in ``benchmarks/realworld/DISCREPANCIES.md``: the multilingual wordnets
and bilingual word lists on PyPI download their data at run time, and the Open Multilingual
Wordnet has no German or Russian). So counts are tied by what the packet itself shows.

The anchor is a *disputed count*: one noun of one language given two close values (within a
third of each other) by two sources, or by one writer as a range of doubt ("tres o cuatro
ladrones"). That is the packet saying the two values are rival figures for one thing. A count
in another language joins it when:

- it gives one of the two values, as a plain whole count (no hedge, no range, no unit) and the
  only count of its sentence: a sentence with two counts ("three of the nine") does not say
  which of them another source's figure is about;
- its sentence names a person, place or thing that a sentence of the disputed count names: a
  topic that the cross-language topics (:mod:`briefing.topics`) merge across scripts.

A noun borrowed into several languages is one noun in all of them, and needs no anchor:
"terrorists", "terroristes", "Terroristen", "террористов" are one word written in each
language's way, compared as a count of one noun within one language is. Two spellings are
one such word when their Latin skeletons (anyascii, doubled letters once: "assaillants" /
"assailants") share a start of at least six letters that is three quarters of each
("cardinals" / "cardinali"; never "persons" / "персонала").

Close counts of two things in two languages (forty passengers, forty-five dead) are never
joined without such an anchor, and one source giving both values in two statements is no
anchor: it shows two quantities ("nine stolen, eight still missing"; "137 killed … 138
injured"), as :mod:`.figures` reads it. Within one language different nouns stay apart
("eight paintings" / "nine display cases").

Two sources' sentences in two languages that share two exact counts tell one fact, and tie
the nouns of each shared value (:mod:`.parallel_counts`); an organisation named inside two
close counts' noun phrases ties them as a count of its own things (:mod:`.owned_counts`).

Four counts need no tie at all, because their meaning, not their noun, says what they count:
casualties (:mod:`.casualties`), the perpetrators of an act (:mod:`.perpetrators`), the
things stolen (:mod:`.stolen`) and the shots fired (:mod:`.shots`) are keyed in every language
at once (:data:`ANY_LANGUAGE`).
"""

from __future__ import annotations

import itertools
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
#: The language of a key that holds in every language (a duration in its CLDR unit, a
#: casualty count): such a count is already compared across languages, never tied here.
ANY_LANGUAGE = "*"


class Counted(Protocol):
    """What this module needs of a figure (``figure_reading.Figure``)."""

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
    @property
    def ranged(self) -> bool: ...
    @property
    def noun(self) -> str: ...
    @property
    def value(self) -> str: ...


Key = tuple[str, str]
F = TypeVar("F", bound="Counted")


#: The packet's topics for these articles, asked for only when a pair of counts needs them.
TopicSource = Callable[[Sequence[Article]], Iterable[Topic]]


#: (article id, paragraph) → (start, topic id) of every mention of the packet's topics, in the
#: order of the topics and their mentions (:func:`briefing.analysis.topic_places.topic_places`).
Places = dict[tuple[str, int], list[tuple[int, str]]]


def merge_linked(
    groups: dict[Key, list[F]],
    figures: Sequence[F],
    articles: Sequence[Article],
    topics: TopicSource | None = None,
    places: Places | None = None,
) -> None:
    """Join the groups of the keys :func:`linked_keys` ties; a joined group's key is its
    languages joined by "+" and its nouns joined by " / "."""
    from briefing.analysis.owned_counts import owned_keys  # it reads :data:`Key`
    from briefing.analysis.parallel_counts import parallel_keys  # it reads :data:`Key`

    pairs = [
        *linked_keys(figures, articles, topics, places),
        *cognate_keys(figures),
        *parallel_keys(figures),  # one sentence told in two languages
        *owned_keys(figures, articles, topics),  # one organisation's things
    ]
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
    places: Places | None = None,
) -> list[tuple[Key, Key]]:
    """(disputed noun, noun of another language) pairs that count one thing (module doc).
    ``topics`` gives the packet's topics (the reader's cached ones); by default they are
    extracted from ``articles``. ``places``, when given, is where those topics are mentioned
    (worked out beside the reading at scale: the same names, and the topics not asked)."""
    by_value: dict[float, list[Counted]] = defaultdict(list)
    for figure in _plain_counts(figures):
        by_value[figure.low].append(figure)
    disputed = {
        key: values
        for key, values in _disputed(figures).items()
        if any(f.key[0] != key[0] for v in values for f in by_value.get(v, ()))
    }
    if not disputed:
        return []  # the topics are only worked out when a count could use them
    by_key: dict[Key, list[Counted]] = defaultdict(list)  # not every figure for every key
    for figure in figures:
        by_key[figure.key].append(figure)
    # Only the paragraphs of the figures asked about below are read for the names they hold.
    wanted = {
        _where(f)[:2]
        for key, values in disputed.items()
        for f in [*by_key.get(key, ()), *(o for v in values for o in by_value.get(v, ()))]
    }
    named = _names_by_sentence(articles, topics, wanted, places)
    pairs: dict[tuple[Key, Key], None] = {}
    for key, values in disputed.items():
        anchor: set[str] = set()
        for figure in by_key.get(key, ()):
            if {figure.low, figure.high} & values:
                anchor |= named.get(_where(figure), set())
        for value in values:
            for other in by_value.get(value, ()):
                if (
                    other.key[0] != key[0]
                    and narrowed(other.key) == narrowed(key)
                    and named.get(_where(other), set()) & anchor
                ):
                    pairs.setdefault((key, other.key))
    return list(pairs)


#: A borrowed noun shares a start this long with its other spelling…
COGNATE_LEAST = 6
#: …that is at least this share of each spelling.
COGNATE_SHARE = 0.75


def cognate_keys(figures: Sequence[Counted]) -> list[tuple[Key, Key]]:
    """(noun, noun of another language) pairs that are one borrowed word (module doc)."""
    spellings: dict[Key, set[str]] = defaultdict(set)
    alphabetic: set[str] = set()  # the skeletons of words of letters (not of Han or kana)
    for figure in figures:
        key = figure.key
        if figure.measure or not key[1] or key[0] == ANY_LANGUAGE or not figure.noun:
            continue
        latin = _latin(figure.noun)
        spellings[key].add(latin)
        if figure.noun.isalpha() and not _syllabic(figure.noun):
            alphabetic.add(latin)
    by_start: dict[str, set[tuple[Key, str]]] = defaultdict(set)
    for key, spelt in spellings.items():
        for word in spelt:
            if len(word) >= COGNATE_LEAST:
                by_start[word[:COGNATE_LEAST]].add((key, word))
    pairs: dict[tuple[Key, Key], None] = {}
    for members in by_start.values():
        for (a, word_a), (b, word_b) in itertools.combinations(sorted(members), 2):
            if a[0] != b[0] and narrowed(a) == narrowed(b) and _borrowed(word_a, word_b):
                pairs.setdefault((a, b))
    # A compound of another language's borrowed noun ("радиотелескопов" / "télescopes"): its
    # last part is looked up by its start, as the words above are.
    for key, spelt in spellings.items():
        for word in spelt & alphabetic:
            for at in range(COMPOUND_LEAST, len(word) - COGNATE_LEAST + 1):
                for other, word_b in by_start.get(word[at : at + COGNATE_LEAST], ()):
                    if (
                        other[0] != key[0]
                        and word_b in alphabetic
                        and narrowed(key) == narrowed(other)
                        and _compound_of(word, word_b)
                    ):
                        pairs.setdefault((key, other) if key < other else (other, key))
    return list(pairs)


def _syllabic(word: str) -> bool:
    """Whether ``word`` is written in Han, kana or Hangul (no alphabet: no compound is read)."""
    return any(ch >= "\u1100" for ch in word)


def narrowed(key: Key) -> str:
    """What a count's key says beyond its noun's stem ("of cabin", "and crew", "aboard":
    :mod:`.scope`): two nouns of two languages are one count only if this is the same."""
    return key[1].partition(" ")[2]


def _latin(word: str) -> str:
    """The word's skeleton in Latin letters: "assaillants" and "assailants" are one; "c" is
    written "k", as cognates spell the one sound either way ("télescopes" / "Teleskope",
    :func:`briefing.topics.cognate_groups.c_as_k`)."""
    from briefing.analysis.spelling import transliterated
    from briefing.topics.cognate_groups import c_as_k

    return c_as_k(transliterated(word))


#: A compound's first part before a borrowed noun is at least this long ("radio-").
COMPOUND_LEAST = 3


def _borrowed(a: str, b: str) -> bool:
    shared = next(
        (i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )
    return shared >= COGNATE_LEAST and shared >= COGNATE_SHARE * max(len(a), len(b))


def _compound_of(a: str, b: str) -> bool:
    """Whether ``a`` is a compound whose last part is ``b`` borrowed ("radioteleskopov" of
    "teleskope": a radio telescope is a telescope), both alphabetic words."""
    at = a.find(b[:COGNATE_LEAST], COMPOUND_LEAST)
    return at >= COMPOUND_LEAST and _borrowed(a[at:], b)


def _disputed(figures: Sequence[Counted]) -> dict[Key, set[float]]:
    """Nouns given two close whole values as rival figures → those values: by two sources,
    or by one figure written as a range of doubt (not a hedge: "nearly 2,000" is one value,
    read as an interval). One source giving two values in two statements
    shows two quantities, so that is no dispute."""
    values: dict[Key, dict[float, set[str]]] = defaultdict(lambda: defaultdict(set))
    disputed: dict[Key, set[float]] = defaultdict(set)
    for figure in figures:
        if figure.measure or not figure.key[1] or figure.key[0] == ANY_LANGUAGE:
            continue
        ends = {float(figure.low), float(figure.high)}
        whole = {v for v in ends if math.isfinite(v) and v.is_integer() and v > 0}
        if figure.ranged and len(whole) == 2 and max(whole) <= MOST_RATIO * min(whole):
            disputed[figure.key] |= whole  # "three or four": the writer's own doubt
        for value in whole:
            values[figure.key][value].add(figure.quote.article_id)
    for key, found in values.items():
        ordered = sorted(found)
        for i, v in enumerate(ordered):
            for w in ordered[i + 1 :]:
                if w > MOST_RATIO * v:
                    break  # further apart than two reports of one count (and sorted)
                if any(a != b for a in found[v] for b in found[w]):
                    disputed[key] |= {v, w}
    return dict(disputed)


def _plain_counts(figures: Sequence[Counted]) -> list[Counted]:
    """Whole, unhedged counts that are the only count of their sentence."""
    per_sentence = Counter(_where(f) for f in figures if not f.measure)
    return [
        f
        for f in figures
        if not f.measure
        and f.key[1]  # an enumeration has no noun
        and f.key[0] != ANY_LANGUAGE
        and per_sentence[_where(f)] == 1
        and f.low == f.high
        and float(f.low).is_integer()
        and f.low >= LEAST_VALUE
    ]


def _where(figure: Counted) -> tuple[str, int, int]:
    span = figure.quote.span
    return (figure.quote.article_id, span.paragraph, span.start)


def _names_by_sentence(
    articles: Sequence[Article],
    topics: TopicSource | None,
    wanted: set[tuple[str, int]] | None = None,
    places: Places | None = None,
) -> dict[tuple[str, int, int], set[str]]:
    """(article, paragraph, sentence start) → ids of the topics the sentence names; with
    ``wanted``, only for the sentences of those (article, paragraph)s. ``places``: where the
    topics are mentioned, when already worked out (then the topics are not asked)."""
    from briefing.analysis.text import language_of, sentences

    if topics is None:
        from briefing.topics import extract_topics

        topics = extract_topics
    mentions: dict[tuple[str, int], list[tuple[int, str]]] = defaultdict(list)
    if places is not None:
        for where in places if wanted is None else wanted & places.keys():
            mentions[where] = places[where]
    else:
        for topic in topics(articles):
            for mention in topic.mentions:
                where = (mention.article_id, mention.span.paragraph)
                if wanted is None or where in wanted:
                    mentions[where].append((mention.span.start, topic.id))
    named: dict[tuple[str, int, int], set[str]] = {}
    in_articles = None if wanted is None else {article_id for article_id, _ in wanted}
    for article in articles:
        if in_articles is not None and article.id not in in_articles:
            continue  # its paragraphs are not even read
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
