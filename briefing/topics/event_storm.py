"""The storm a disaster's leads name is the disaster, not a second event beside it.

Part of :mod:`briefing.topics.events`. A flood or a landslide is what a storm did: the texts
name the act ("flash floods", "inundaciones", "powodzi") and the storm by its own name
("tempestade DANA", "burzę Dana", "la DANA"), which reads as an event of its own (a storm's
noun before a name makes it one, :data:`~briefing.topics.lexicon.DESCRIPTORS`). Listed
beside the main event it names that event a second time, as "Cyclone Chido" would beside
"Toll in Mayotte" (:mod:`.event_measured` makes such a cyclone the event itself when the tolls
are what the leads share).

So an event topic joins the main event, its uses and forms becoming the event's mentions and
aliases, when:

* some use of it follows a storm's noun (:data:`~briefing.topics.lexicon.STORMS`): it is a
  storm's name, not an election or a mourning;
* the leads (headline and first paragraphs, :func:`~.event_leads.lead_of`) of
  :data:`MIN_LEADS` articles or more write it: what the story's articles open with is
  what happened, while an earlier storm is recalled further down, or by one text ("a month
  after storm Boris").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from briefing.model import Article, Topic
from briefing.topics.lexicon import STORMS

#: Leads that must write the storm's name.
MIN_LEADS = 2

_LAST_WORD = re.compile(r"([^\W\d_]+)\s+$")


def with_storm_joined(topics: Sequence[Topic], articles: Sequence[Article]) -> tuple[Topic, ...]:
    """``topics`` whose first is the main event, with the storms its leads name joined to it
    (see the module's docstring)."""
    if len(topics) < 2 or topics[0].kind != "event":
        return tuple(topics)
    by_id = {a.id: a for a in articles}
    storms = [t for t in topics[1:] if t.kind == "event" and _storm(t, by_id)]
    storms = [t for t in storms if _in_leads(t, by_id) >= MIN_LEADS]
    if not storms:
        return tuple(topics)
    event = topics[0]
    order = {a.id: n for n, a in enumerate(articles)}
    mentions = tuple(
        sorted(  # in article order, then position, as every topic's
            {*event.mentions, *(m for t in storms for m in t.mentions)},
            key=lambda m: (order.get(m.article_id, len(order)), m.span.paragraph, m.span.start),
        )
    )
    aliases = {*event.aliases, *(a for t in storms for a in t.aliases)}
    joined = replace(
        event,
        mentions=mentions,
        aliases=tuple(sorted(aliases, key=lambda s: (s.lower(), s))),
    )
    return (joined, *(t for t in topics[1:] if all(t is not s for s in storms)))


def _storm(topic: Topic, by_id: dict[str, Article]) -> bool:
    """Some use of the topic follows a storm's noun: "tempestade DANA", "burzę Dana"."""
    for m in topic.mentions:
        article = by_id.get(m.article_id)
        if article is None or m.span.paragraph >= len(article.paragraphs):
            continue
        text = article.paragraphs[m.span.paragraph].text
        word = _LAST_WORD.search(text[max(0, m.span.start - 20) : m.span.start])
        if word is not None and word.group(1).casefold() in STORMS:
            return True
    return False


def _in_leads(topic: Topic, by_id: dict[str, Article]) -> int:
    """How many of the topic's articles write one of its forms in their lead."""
    from briefing.topics.event_leads import lead_of

    forms = [re.compile(rf"\b{re.escape(a)}\b") for a in topic.aliases]
    count = 0
    for article_id in topic.articles:
        article = by_id.get(article_id)
        if article is not None and any(f.search(lead_of(article)) for f in forms):
            count += 1
    return count
