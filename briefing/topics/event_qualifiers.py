"""A theme the texts write beside the main event's word in several languages is the event.

An event's own phrase often holds a second common noun: "volcanic eruption", "éruption
volcanique", "erupción volcánica", "a volcano erupted". The key words (:mod:`.keywords`)
list that noun as a theme of its own ("volcano"), where it names the event a second time
beside it. What tells it from a theme the story discusses ("lava", "magnitude", "fissures")
is that the languages agree: a word that three languages or more (:data:`LANGUAGES`) write
right beside the event's own word (:data:`GAP`: the two touch, or one short word parts them)
in a share of its uses (:data:`SHARE`) is part of the event's name in each language, not a
subject of the story's. One language's habit ("magnitude 7.8 earthquake", in English only)
or a single text's phrase is no such agreement, and such a theme stays.

The theme joins the event: its uses and forms become the event's mentions and aliases, so
that a reader typing "volcano" still finds them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from briefing.model import Article, Mention, Topic, in_text_order

#: Languages that must write the theme beside the event's word.
LANGUAGES = 3
#: Share of the theme's uses that stand beside it.
SHARE = 0.25
#: Most characters between the two: a space, or one short word ("volcano that erupted").
GAP = 12
#: What may not stand between them: the end of a clause or sentence, or a bracket.
_BREAK = re.compile(r"[.,;:!?()\[\]«»\"“”]")


def with_qualifiers_joined(
    topics: Sequence[Topic], articles: Sequence[Article], languages: Mapping[str, str] | None
) -> tuple[Topic, ...]:
    """``topics`` whose first is the main event, with the themes that qualify it in several
    languages (see the module's docstring) joined to it."""
    if not topics or topics[0].kind != "event" or not languages:
        return tuple(topics)
    event = topics[0]
    texts = {a.id: a.paragraphs for a in articles}
    spans: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for m in event.mentions:
        spans.setdefault((m.article_id, m.span.paragraph), []).append((m.span.start, m.span.end))

    def beside(m: Mention) -> bool:
        paragraphs = texts.get(m.article_id, ())
        if m.span.paragraph >= len(paragraphs):
            return False
        text = paragraphs[m.span.paragraph].text
        for start, end in spans.get((m.article_id, m.span.paragraph), ()):
            if end <= m.span.start:
                between = text[end : m.span.start]
            elif m.span.end <= start:
                between = text[m.span.end : start]
            else:
                continue  # the same words ("fire" of "fire alarms"): no second noun
            if len(between) <= GAP and not _BREAK.search(between):
                return True
        return False

    joined = []
    for topic in topics[1:]:
        if topic.kind != "theme" or not topic.mentions:
            continue
        near = [m for m in topic.mentions if beside(m)]
        written = {languages.get(m.article_id, "und") for m in near} - {"und"}
        if len(written) >= LANGUAGES and len(near) >= SHARE * len(topic.mentions):
            joined.append(topic)
    if not joined:
        return tuple(topics)
    mentions = in_text_order({m for t in (event, *joined) for m in t.mentions})
    aliases = tuple(
        sorted({a for t in (event, *joined) for a in t.aliases}, key=lambda s: (s.lower(), s))
    )
    taken = {id(t) for t in joined}
    rest = [t for t in topics[1:] if id(t) not in taken]
    return (replace(event, aliases=aliases, mentions=mentions), *rest)
