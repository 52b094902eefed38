"""The briefing's main event, named the way an analyst would write it.

"State visit — Putin, Dushanbe, 8–9 Oct 2025": what (the word the articles' headlines and
leads share most that names no topic), who (the person half the articles name), where (the
place most of the articles name, a city before a country) and when (the span of the
articles' own dates). Every part comes from general signals of the packet — coverage across
articles, never a list of event words — and a part the packet does not support is left out;
without an action there is no name at all.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import Counter
from collections.abc import Sequence

from briefing.display import date_span
from briefing.model import Article, Topic
from briefing.topics.languages import article_language, function_words_of
from briefing.topics.lexicon import MONTHS, ROLE_HEADS, ROLE_MODIFIERS, STOPWORDS, WEEKDAYS
from briefing.topics.naming import surname
from briefing.topics.themes import GENERIC_HEADS, GENERIC_MODIFIERS, QUANTITIES, VERBS

#: A person or place must be named by at least this share of the articles to name the event.
COVERAGE = 1 / 3
_WORD = re.compile(r"[^\W\d_][\w’'-]*")


#: A saved page's leading label ("date 2025-10-19 ..."), not part of the text.
_LABEL = re.compile(r"^\s*date\s+\d{4}(?:-\d{2}){0,2}\s*", re.IGNORECASE)


def _lead(article: Article) -> str:
    """The headline and first body paragraph: where a news text says what happened."""
    body = " ".join(_LABEL.sub("", p.text[:400]) for _i, p in article.body_paragraphs[:2])
    return _LABEL.sub("", f"{article.title or ''}") + " " + body


def _action(articles: Sequence[Article], topics: Sequence[Topic]) -> str | None:
    """The word most leads share that is no name, function word or generic noun.

    Counted by documents (a word every outlet uses beats one writer's repetition), among
    English-language leads when there are any, since the name is written in English; a
    modifier that goes with it in two leads or more is kept ("state visit").
    """
    english = [a for a in articles if article_language(a) == "en"] or list(articles)
    named = {
        w.casefold() for t in topics for alias in t.aliases for w in re.split(r"[\s-]+", alias)
    }
    banned = (
        STOPWORDS
        | VERBS
        | QUANTITIES
        | GENERIC_MODIFIERS
        | MONTHS
        | WEEKDAYS
        | ROLE_HEADS
        | ROLE_MODIFIERS
        | function_words_of(article_language(a) for a in articles)
    )
    docs: Counter[str] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    leads = [_WORD.findall(_lead(article)) for article in english]
    # What happened is a common noun: written in lower case somewhere (headlines capitalise).
    common = {w for lead in leads for w in lead if w.islower()}
    for lead in leads:
        words = [w.casefold() for w in lead]
        usable = {
            w
            for w in words
            if len(w) > 3
            and w in common
            and w not in banned
            and w not in named
            and not w.endswith("ly")
        }
        docs.update(usable)
        pairs.update(
            {
                (a, b)
                for a, b in itertools.pairwise(words)
                if b in usable and a in common and a not in banned and a not in named and len(a) > 3
            }
        )
    if not docs:
        return None
    # A general noun ("people", "visit", "year") names the event only when most leads use
    # it; between equally shared words the longer, more specific one wins.
    for generic in [w for w in docs if w in GENERIC_HEADS]:
        if docs[generic] < max(3, len(leads) / 2):
            del docs[generic]
    if not docs:
        return None
    word, count = max(docs.items(), key=lambda item: (item[1], len(item[0]), item[0]))
    if count < 2:
        return None
    modifiers = [(n, a) for (a, b), n in pairs.items() if b == word and n >= 2]
    return f"{max(modifiers)[1]} {word}" if modifiers else word


def _dates(articles: Sequence[Article]) -> str | None:
    """ "8–9 Oct 2025", "30 Oct – 2 Nov 2025" or "8 Oct 2025" from the articles' dates."""
    dates = sorted({a.date for a in articles if isinstance(a.date, dt.date)})
    return date_span(dates[0], dates[-1]) if dates else None


def main_event(
    articles: Sequence[Article], topics: Sequence[Topic], states: frozenset[str] = frozenset()
) -> str | None:
    """The packet's main event as one line, or None when the packet does not say enough.

    ``states`` are the names of countries and regions: where a city is covered as widely,
    it is the venue ("Dushanbe" rather than "Russia").
    """
    if not articles:
        return None
    action = _action(articles, topics)
    if action is None:
        return None
    least = max(2, round(len(articles) * COVERAGE))
    covered = [t for t in topics if len(t.articles) >= least]
    person = max(
        (t for t in covered if t.kind == "person"), key=lambda t: len(t.articles), default=None
    )
    places = [t for t in covered if t.kind == "place"]
    place = max(places, key=lambda t: (t.name not in states, len(t.articles)), default=None)
    who = (
        surname(person.name)
        if person is not None and len(person.articles) * 2 >= len(articles)
        else None
    )
    parts = [who, place.name if place else None, _dates(articles)]
    return f"{action[0].upper()}{action[1:]} — " + ", ".join(p for p in parts if p)
