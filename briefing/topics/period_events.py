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

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from briefing.model import Article, Mention, Span, Topic
from briefing.topics.period_words import AFTER_NOUN, OF, day_count, may_hold, number_value, unit
from briefing.topics.sequence_events import sequence_events
from briefing.topics.slugs import slug

#: An event needs its phrase in this many articles.
MIN_ARTICLES = 2
#: The noun's rarer word must be rarer than this in its language (wordfreq's Zipf scale,
#: the bound of :mod:`.keywords`): "three days of work" names no event.
MAX_ZIPF = 4.75
_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\d+")


@dataclass(frozen=True, slots=True)
class Phrase:
    """One period phrase: where it is, what it says, the noun and the days."""

    article: str
    paragraph: int
    start: int
    end: int
    language: str
    #: The whole phrase as written ("three days of national mourning").
    surface: str
    #: The noun as written ("national mourning"), and the stem of its rarest word.
    noun: str
    key: str
    days: int
    #: Where the noun and its rarest word are in the paragraph.
    noun_span: tuple[int, int] = (0, 0)
    key_span: tuple[int, int] = (0, 0)


def period_phrases(
    article: str, paragraph: int, text: str, language: str, excluded: frozenset[str]
) -> list[Phrase]:
    """Every period phrase of one paragraph (module docstring). ``excluded``: the main
    event's words, casefolded."""
    if not may_hold(text.lower(), language):
        return []
    tokens = list(_TOKEN.finditer(text))
    found: list[Phrase] = []
    for i, token in enumerate(tokens):
        word = token.group()
        days, first = _length(tokens, i, language)
        if days is None:
            continue
        if unit(word, language) is None:  # an adjective of length: "трёхдневный траур"
            noun = _noun(tokens, i + 1, text, language, forward=True)
        elif language in OF and _joined(tokens, i, text, language):
            noun = _noun(tokens, i + 2, text, language, forward=True)
        elif language in OF and _modified(tokens, i, text, language):
            noun = _noun(tokens, i + 3, text, language, forward=True)  # "día nacional de duelo"
        elif language in OF:
            noun = None
            if language in AFTER_NOUN and first >= 2 and _joined(tokens, first - 2, text, language):
                noun = _noun(tokens, first - 1, text, language, forward=False)
        else:
            noun = _noun(tokens, i + 1, text, language, forward=True)
        if noun is None:
            continue
        (n_start, n_end), key, key_span = noun
        surface = text[n_start:n_end]
        if any(_same(w, excluded) for w in surface.split()):
            continue
        start = min(tokens[first].start(), n_start)
        if first > 0 and days == 1:  # "national day of mourning": its modifier is part
            before = tokens[first - 1].group()
            if _plain(before, language) and text[tokens[first - 1].end() : token.start()] == " ":
                start = tokens[first - 1].start()
        end = max(token.end(), n_end)
        found.append(
            Phrase(
                article,
                paragraph,
                start,
                end,
                language,
                text[start:end],
                surface,
                key,
                days,
                (n_start, n_end),
                key_span,
            )
        )
    return found


def _length(tokens: list[re.Match[str]], i: int, language: str) -> tuple[int | None, int]:
    """(days, index of the phrase's first token) when token ``i`` ends a length."""
    word = tokens[i].group()
    kind = unit(word, language)
    if kind is None:
        value = day_count(word, language)
        return (value, i) if value is not None and value > 1 else (None, i)
    if i > 0:
        value = number_value(tokens[i - 1].group(), language)
        if value is not None:
            return value, i - 1
    return (1, i) if kind == "one" else (None, i)


def _joined(tokens: list[re.Match[str]], i: int, text: str, language: str) -> bool:
    """Whether token ``i + 1`` is the language's "of", right after token ``i``."""
    if i + 1 >= len(tokens):
        return False
    word = tokens[i + 1].group().casefold()
    if word[:2] in ("d'", "d’") and language == "fr":
        return True  # "jours d'hommage": the elided "de" is glued to its noun
    return word in OF[language] and text[tokens[i].end() : tokens[i + 1].start()] == " "


def _modified(tokens: list[re.Match[str]], i: int, text: str, language: str) -> bool:
    """Whether one plain word stands between the day word ``i`` and the language's "of"
    ("journée nationale de deuil", "día nacional de duelo")."""
    return (
        i + 2 < len(tokens)
        and _plain(tokens[i + 1].group(), language)
        and text[tokens[i].end() : tokens[i + 1].start()] == " "
        and _joined(tokens, i + 1, text, language)
    )


def _noun(
    tokens: list[re.Match[str]], j: int, text: str, language: str, forward: bool
) -> tuple[tuple[int, int], str, tuple[int, int]] | None:
    """((start, end), key, the key word's (start, end)) of the bare noun of one or two
    words from token ``j`` on (or, not ``forward``, the words before token ``j``), or None."""
    picked: list[re.Match[str]] = []
    step = 1 if forward else -1
    k = j if forward else j - 1
    while 0 <= k < len(tokens) and len(picked) < 2:
        word = tokens[k].group()
        if forward and k == j and word[:2].casefold() in ("d'", "d’"):
            word = word[2:]  # "d'hommage"
        if not _plain(word, language):
            break
        if picked:
            near = picked[-1]
            gap = (
                text[near.end() : tokens[k].start()]
                if forward
                else text[tokens[k].end() : near.start()]
            )
            if gap != " ":
                break
        picked.append(tokens[k])
        k += step
    if not picked:
        return None
    if not forward:
        picked.reverse()
    from briefing.topics.word_keys import stem_key, zipf

    rarest = min(picked, key=lambda m: zipf(_bare(m.group()), language))
    word = _bare(rarest.group())
    if zipf(word, language) >= MAX_ZIPF:
        return None
    start = picked[0].start() + (len(picked[0].group()) - len(_bare(picked[0].group())))
    key_start = rarest.start() + (len(rarest.group()) - len(word))
    return (start, picked[-1].end()), stem_key(word, language), (key_start, rarest.end())


def _bare(word: str) -> str:
    return word[2:] if word[:2].casefold() in ("d'", "d’") else word


def _plain(word: str, language: str) -> bool:
    """A lower-case content word of ``language`` (German nouns may be capitalised): no
    function word, number, day word, month or weekday."""
    from briefing.topics.languages import NOUN_CAPITALISING, function_words
    from briefing.topics.lexicon import MONTHS, STOPWORDS, WEEKDAYS

    if not word.isalpha() or len(word) < 3:
        return False
    if language in NOUN_CAPITALISING:
        if not (word[:1].isupper() and word[1:].islower()):
            return False  # German writes every noun capitalised: a lower-case word is none
    elif not word.islower():
        return False
    folded = word.lower()  # not casefold: Greek's final sigma stays as the lists write it
    return not (
        folded in STOPWORDS
        or folded in function_words(language)
        or folded in MONTHS
        or folded in _months(language)
        or folded in WEEKDAYS
        or unit(folded, language) is not None
        or number_value(folded, language) is not None
        or day_count(folded, language) is not None
    )


@functools.cache
def _months(language: str) -> frozenset[str]:
    """The language's month names in every form CLDR lists (Russian genitive "марта")."""
    from babel import Locale, UnknownLocaleError

    try:
        locale = Locale.parse(language)
    except (UnknownLocaleError, ValueError):
        return frozenset()
    return frozenset(
        name.casefold().rstrip(".")
        for context in ("format", "stand-alone")
        for width in ("wide", "abbreviated")
        for name in locale.months[context][width].values()
    )


def _same(word: str, excluded: frozenset[str]) -> bool:
    """Whether ``word`` is one of the main event's words or a form of one."""
    folded = word.casefold()
    return any(
        folded == e or (len(e) >= 5 and (folded.startswith(e[:-1]) or e.startswith(folded[:-1])))
        for e in excluded
    )


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
        at = next(
            (i for i in range(1, len(topics)) if len(topics[i].articles) < count), len(topics)
        )
        topics.insert(at, event)
        taken.add(event.id)
    return tuple(topics)
