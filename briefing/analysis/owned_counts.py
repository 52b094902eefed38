"""One body's count across languages: "40 clinics of the Acme Health Trust" and "Acme Health
Trust 산하 의료기관 가운데 48곳" count one thing, though no noun is shared.

Counts are compared by their noun within one language (:mod:`.figures`); across languages the
packet itself must tie two nouns (:mod:`.crosscounts`). A count of the things an organisation
owns is tied by that organisation: when two sources in two languages each count things *of*
one named organisation (a topic of kind organisation that the cross-language topics merge
across scripts), close in value, the two counts are taken as one count of that body's units,
and :mod:`.figures` judges them as any count of one noun (a source giving two values, more
than three values, values twice apart: no flag).

The organisation must own what is counted, read from where it stands: it is part of the
count's noun phrase, not the subject of a clause about something else. So it must follow the
count closely (at most :data:`REACH` words, no clause mark between: "48 Acme organisations",
"40 clinics of the Acme Trust", "40 медицинских учреждений Acme (ACT)"); a body named before
the count is usually the clause's subject ("Acme Air flew 40 passengers"), and is read as the
owner only in a language whose verb ends the clause and whose possessor comes before the
noun (:data:`POSSESSOR_FIRST`: "Acme 산하 기관 가운데 48곳", "Acme の 40 機関"), where no verb
can stand between the body and the count it owns.

What keeps it narrow:

- a count of ten or more (:data:`LEAST`): "three Acme ministers" and "two Acme plants" are too
  common to be one thing;
- the two values within :data:`crosscounts.MOST_RATIO` of each other (two reports of one
  count, not a part and its whole: "248 bodies, 48 of them hit" stay apart);
- a measure, a casualty toll or any count already keyed in every language is never tied here;
- places and people are no owners: a place names where, not whose ("40 passengers near
  Korvala" and "45 dead in Korvala" stay apart, :mod:`.crosscounts`).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Sequence

from briefing.analysis.crosscounts import (
    ANY_LANGUAGE,
    MOST_RATIO,
    Counted,
    Key,
    TopicSource,
)
from briefing.model import Article

#: Below this a count of a body's things is too common to tie two languages.
LEAST = 10
#: At most this many words between a count and the body that owns what it counts.
REACH = 4
#: Languages whose verb ends the clause and whose possessor precedes the noun: a body named
#: just before a count there owns what is counted (Japanese, Korean, Turkish).
POSSESSOR_FIRST = frozenset({"ja", "ko", "tr"})
#: A mark that ends a clause: a count and a body on either side of one are not one phrase.
_CLAUSE = re.compile(r"[,;:.!?،؛、，。；：！？—–]")
_WORD = re.compile(r"\w+")
#: The digits a count in words is shown with ("sieben Tage (7)"), not in the text.
_WRITTEN = re.compile(r" \(\d+\)$")


def owned_keys(
    figures: Sequence[Counted], articles: Sequence[Article], topics: TopicSource | None = None
) -> list[tuple[Key, Key]]:
    """(noun, noun of another language) pairs that count one organisation's things."""
    counts = [f for f in figures if _countable(f)]
    if not _close_pair(counts):
        return []  # the topics are only asked for when two counts could be tied
    owners = _owners(counts, articles, topics)
    by_owner: dict[str, list[Counted]] = defaultdict(list)
    for figure in counts:
        for owner in owners.get(id(figure), ()):
            by_owner[owner].append(figure)
    pairs: dict[tuple[Key, Key], None] = {}
    for members in by_owner.values():
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                if (
                    a.key[0] != b.key[0]
                    and a.quote.article_id != b.quote.article_id
                    and _close(_point(a), _point(b))
                ):
                    pairs.setdefault((a.key, b.key) if a.key < b.key else (b.key, a.key))
    return list(pairs)


def _countable(figure: Counted) -> bool:
    return (
        not figure.measure
        and bool(figure.key[1])
        and figure.key[0] != ANY_LANGUAGE
        and math.isfinite(figure.low)
        and _point(figure) >= LEAST
    )


def _point(figure: Counted) -> float:
    """The value a count is written as ("about 40" read as 34–46 is 40)."""
    return figure.low if not math.isfinite(figure.high) else (figure.low + figure.high) / 2


def _close(a: float, b: float) -> bool:
    return max(a, b) <= MOST_RATIO * min(a, b)


def _close_pair(counts: Sequence[Counted]) -> bool:
    ordered = sorted(counts, key=_point)
    return any(
        a.key[0] != b.key[0] and _close(_point(a), _point(b))
        for i, a in enumerate(ordered)
        for b in ordered[i + 1 : i + 8]
    )


def _owners(
    counts: Sequence[Counted], articles: Sequence[Article], topics: TopicSource | None
) -> dict[int, set[str]]:
    """id(figure) → the organisation topics that own what it counts (module doc)."""
    if topics is None:
        from briefing.topics import extract_topics

        topics = extract_topics
    wanted = {(f.quote.article_id, f.quote.span.paragraph) for f in counts}
    mentions: dict[tuple[str, int], list[tuple[int, int, str]]] = defaultdict(list)
    for topic in topics(articles):
        if topic.kind != "organisation":
            continue
        for mention in topic.mentions:
            where = (mention.article_id, mention.span.paragraph)
            if where in wanted:
                mentions[where].append((mention.span.start, mention.span.end, topic.id))
    owners: dict[int, set[str]] = {}
    for figure in counts:
        quote = figure.quote
        written = _WRITTEN.sub("", figure.value)  # "sieben Tage (7)" is written "sieben Tage"
        at = quote.text.find(written)
        if at < 0:
            continue
        start = quote.span.start + at
        end = start + len(written)
        first = figure.key[0] in POSSESSOR_FIRST
        found = set()
        for m_start, m_end, topic_id in mentions.get((quote.article_id, quote.span.paragraph), ()):
            if m_start >= end:
                between = quote.text[end - quote.span.start : m_start - quote.span.start]
            elif first and m_end <= start:
                between = quote.text[m_end - quote.span.start : start - quote.span.start]
            else:
                continue
            if m_start < quote.span.start or m_end > quote.span.start + len(quote.text):
                continue  # another sentence of the paragraph
            if not _CLAUSE.search(between) and len(_WORD.findall(between)) <= REACH:
                found.add(topic_id)
        if found:
            owners[id(figure)] = found
    return owners
