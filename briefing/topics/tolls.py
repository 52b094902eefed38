"""A story's toll as one theme in every language: "death toll", "Todesopfer", "погибших".

Every report of a disaster or an attack counts its dead, and while a search goes on its
missing; analysts list "the death toll" as a subject of its own. Each language writes it with
its own words ("137 dead", "137 Tote", "погибли 137 человек", "137 kişi hayatını kaybetti"),
so no key word of one language gathers it, and the one English article that writes "death
toll" makes a theme too rare to rank. The casualty counts of :mod:`briefing.analysis.casualties`
are read in any language from a closed class of general news words (dead, killed, missing;
no word of one story), so a count's kind is known whatever its language: each count's
casualty word is a use of the theme.

It is a theme only when the briefing is written in several languages and the counts of one
kind are read in :data:`MIN_SHARE` of its articles (:data:`MIN_ARTICLES` at least) and in
:data:`MIN_LANGUAGES` languages or more: the same quantity reported across the press of
several countries, not a figure a few reports give in passing ("five people missing" in three
of nineteen flood reports, beside a death toll in fifteen). A briefing in one language is
left as it was (its "death toll" is an ordinary two-word theme). The injured and the arrested
are not gathered: injury counts are a detail of the toll that the key-word rules already
treat as tally words ("21 feridos"), and an arrest is an event of its own, named by what the
police did, not a quantity.

The theme is placed as the period events are (:mod:`.period_events`): before the first topic
(after the main event) that fewer articles mention. A theme of the same name, or one whose
every alias is one of the toll's own words ("death toll"), joins it.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from briefing.model import Article, Mention, Span, Topic
from briefing.topics.slugs import slug

#: The kinds gathered, and the theme each makes (named as the English list of topics is).
KINDS: dict[str, str] = {"dead": "death toll", "missing": "missing people"}
#: A toll needs its counts in this share of the articles, and this many at least...
MIN_SHARE = 0.2
MIN_ARTICLES = 3
#: ...written in this many languages.
MIN_LANGUAGES = 2
#: Characters either side of a count where its casualty word is looked for: about a clause
#: (the analysis reads six words after the number and sixteen before it).
_BEFORE, _AFTER = 120, 60
#: The word right after a number: what it counts ("44 people", "12 Tote").
_COUNTED = re.compile(r"[\s\u00a0]*([^\W\d_][\w’'-]*)")


@functools.cache
def _stems(language: str) -> tuple[str, ...]:
    """The lower-case first word of each toll word of ``language`` ("killed", "ums", "погиб"):
    a paragraph that holds none is skipped at the cost of a substring test (most paragraphs
    of a large briefing; the patterns' searches cost twenty times as much)."""
    from briefing.analysis.casualties import kind_words

    words = " ".join(kind_words(language, kind) for kind in KINDS).split()
    return tuple(sorted({w.rstrip("*").split("_")[0].lower() for w in words}))


def toll_uses(text: str, language: str) -> list[tuple[str, int, int]]:
    """(kind, start, end) of the casualty word of each count of the dead or missing in
    ``text``: the kind :mod:`briefing.analysis.casualties` gives the count, the word the
    nearest one of that kind to the number ("killing 12 people" → "killing")."""
    from briefing.analysis.casualties import casualty_kind, kind_words, toll_kind, word_matcher
    from briefing.analysis.numbers import find_numbers, is_year

    lowered = text.lower()
    if not any(stem in lowered for stem in _stems(language)):
        return []  # most paragraphs: no word of a toll at all
    found: dict[tuple[int, int], str] = {}
    for number in find_numbers(text, language):
        if is_year(number):
            continue
        counted = _COUNTED.match(text, number.end)
        kind = None
        if counted is not None:
            kind = casualty_kind(text, number.start, number.end, counted.group(1), language)
        if kind is None:
            kind = toll_kind(text, number.start, language)
        if kind is None or kind not in KINDS:
            continue
        words = word_matcher(kind_words(language, kind))
        low, high = max(0, number.start - _BEFORE), number.end + _AFTER
        near = min(
            words.finditer(text, low, high),
            key=lambda m: min(abs(m.start() - number.end), abs(number.start - m.end())),
            default=None,
        )
        if near is not None:
            found[near.start(), near.end()] = kind
    return [(kind, start, end) for (start, end), kind in sorted(found.items())]


def with_tolls(
    articles: Sequence[Article], topics: Sequence[Topic], languages: dict[str, str]
) -> tuple[Topic, ...]:
    """``topics`` with the toll themes added (module docstring)."""
    if not topics or len({languages.get(a.id, "en") for a in articles}) < MIN_LANGUAGES:
        return tuple(topics)
    uses: dict[str, list[Mention]] = defaultdict(list)
    written: dict[str, set[str]] = defaultdict(set)
    seen: dict[tuple[str, str], list[tuple[str, int, int]]] = {}
    # The languages of fewest articles first: when none of them counts a toll, no kind can
    # be written in two languages, and the largest language (most of a big English
    # briefing with a few foreign reports) is not read at all.
    sizes = Counter(languages.get(a.id, "en") for a in articles)
    order = sorted(sizes, key=lambda language: (sizes[language], language))
    for language in order:
        if language == order[-1] and not any(
            len(written[kind]) >= MIN_LANGUAGES - 1 for kind in KINDS
        ):
            return tuple(topics)
        for article in articles:
            if languages.get(article.id, "en") != language:
                continue
            for index, paragraph in article.body_paragraphs:
                key = (paragraph.text, language)
                if key not in seen:
                    seen[key] = toll_uses(paragraph.text, language)
                for kind, start, end in seen[key]:
                    surface = paragraph.text[start:end]
                    uses[kind].append(Mention(article.id, Span(index, start, end), surface))
                    written[kind].add(language)
    result = list(topics)
    least = max(MIN_ARTICLES, MIN_SHARE * len(articles))
    for kind, name in KINDS.items():
        mentions = uses.get(kind, [])
        if len(written[kind]) < MIN_LANGUAGES:
            continue
        if len({m.article_id for m in mentions}) < least:
            continue
        result = _placed(result, name, mentions, {a.id: n for n, a in enumerate(articles)})
    return tuple(result)


def _placed(
    topics: list[Topic], name: str, mentions: list[Mention], order: dict[str, int]
) -> list[Topic]:
    """The toll theme inserted before the first topic after the main event that fewer
    articles mention, with the themes it takes in: one of its name, or one all of whose
    aliases are among its own surfaces."""
    own = {m.surface.casefold() for m in mentions} | {name}
    joined = [
        t
        for t in topics[1:]
        if t.kind == "theme" and {a.casefold() for a in (t.name, *t.aliases)} <= own
    ]
    for theme in joined:
        topics.remove(theme)
        mentions = [*mentions, *theme.mentions]
    unique = {(m.article_id, m.span.paragraph, m.span.start, m.span.end): m for m in mentions}
    mentions = sorted(
        unique.values(), key=lambda m: (order.get(m.article_id, 0), m.span.paragraph, m.span.start)
    )
    taken = {t.id for t in topics}
    ident = slug(name)
    while ident in taken:
        ident += "-theme"
    toll = Topic(
        ident,
        joined[0].name if joined else name,
        "theme",
        tuple(sorted({m.surface for m in mentions}, key=lambda s: (s.lower(), s))),
        tuple(mentions),
        max((t.score for t in joined), default=0.0),
    )
    count = len(toll.articles)
    at = next((i for i in range(1, len(topics)) if len(topics[i].articles) < count), len(topics))
    topics.insert(at, toll)
    return topics
