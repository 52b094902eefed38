"""An organisation the texts write as something else, retyped by the words beside its uses.

Several rules change the kind an organisation topic was given when two or more articles
write its name in a way only another kind is written: right after a vessel's noun (a ship, a
theme: :mod:`.vessel_names`), after an island's noun (a place: :mod:`.island_names`), beside a
disease's word (a theme: :mod:`.disease_names`). They differ only in the test of one use;
this is the one walk over the uses that counts the articles where the test holds.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from briefing.model import Article, Topic, TopicKind

#: How many articles must write the name so.
MIN_ARTICLES = 2
#: How many of a name's uses are read: a sample as good as all of them.
SAMPLE = 500


def retyped(
    topics: Sequence[Topic],
    articles: Sequence[Article],
    beside: Callable[[str, int, int], bool],
    kind: TopicKind,
    share: float = 0.0,
    acronyms: bool = False,
) -> tuple[Topic, ...]:
    """``topics`` with each organisation that :data:`MIN_ARTICLES` articles or more (and
    ``share`` of its articles at least) write so that ``beside(text, start, end)`` holds
    made ``kind``; a name in capitals only when ``acronyms`` (a disease's code is one, a
    ship's or an island's is a body's)."""
    texts = {a.id: a.paragraphs for a in articles}
    out = []
    for topic in topics:
        # Mentions come in article order: one article's name (most of 10,000 articles')
        # is passed over unread.
        if (
            topic.kind == "organisation"
            and (acronyms or not topic.name.isupper())
            and topic.mentions
            and topic.mentions[0].article_id != topic.mentions[-1].article_id
        ):
            seen: set[str] = set()
            for m in topic.mentions[:SAMPLE]:
                paragraphs = texts.get(m.article_id, ())
                if m.article_id in seen or m.span.paragraph >= len(paragraphs):
                    continue
                if beside(paragraphs[m.span.paragraph].text, m.span.start, m.span.end):
                    seen.add(m.article_id)
            own = {m.article_id for m in topic.mentions}
            if len(seen) >= MIN_ARTICLES and len(seen) >= share * len(own):
                topic = dataclasses.replace(topic, kind=kind)
        out.append(topic)
    return tuple(out)
