"""Topics from their cache records, quickly: the app loads them in a worker beside the UI.

A briefing of 10,000 articles caches 1,000 topics with 287,000 mentions. The generic decoder
(``codec.decoder(Topic)``) builds them field by field through reflective per-type decoders and
the frozen dataclasses' ``__init__``: 4.1 s on a loaded machine, with the GIL held, while the
user types (benchmarks/PROFILE.md). This decodes the same records — what ``codec.encode`` made
of a ``Topic``: ``[id, name, kind, aliases, mentions, score]``, a mention
``[article_id, [paragraph, start, end], surface]`` — with the layout checked as it goes and the
slots set directly, and shares the strings that repeat (article ids, surface forms).

Only the layout of the fields below is assumed: a ``Topic``, ``Mention`` or ``Span`` with other
fields makes :func:`decode_topics` refuse (``ValueError``), and the caller falls back to the
generic decoder, which the cache's fingerprint (the model's schema) keeps honest.
"""

from __future__ import annotations

import dataclasses
import gc
from collections.abc import Iterable
from typing import Any, get_args

from briefing.model import Mention, Span, Topic, TopicKind

_LAYOUT = {
    Topic: ("id", "name", "kind", "aliases", "mentions", "score"),
    Mention: ("article_id", "span", "surface"),
    Span: ("paragraph", "start", "end"),
}
_KINDS = frozenset(get_args(TopicKind))


def layout_known() -> bool:
    """Whether the model still has the fields this decoder sets."""
    return all(
        tuple(f.name for f in dataclasses.fields(cls)) == names for cls, names in _LAYOUT.items()
    )


def _setters(cls: type) -> tuple[Any, ...]:
    return tuple(cls.__dict__[name].__set__ for name in _LAYOUT[cls])


def decode_topics(items: Iterable[Any]) -> tuple[Topic, ...]:
    """``Topic``s from their records; ``ValueError`` for a record of another layout.

    The cyclic collector is paused meanwhile: 574,000 new objects set off its collections over
    and over, 40 % of the time, and none of them can be garbage yet.
    """
    if not layout_known():
        raise ValueError("the topic model has changed")
    paused = gc.isenabled()
    gc.disable()
    try:
        return _decode(items)
    finally:
        if paused:
            gc.enable()


def _decode(items: Iterable[Any]) -> tuple[Topic, ...]:
    t_id, t_name, t_kind, t_aliases, t_mentions, t_score = _setters(Topic)
    m_article, m_span, m_surface = _setters(Mention)
    s_paragraph, s_start, s_end = _setters(Span)
    new = object.__new__
    strings: dict[str, str] = {}
    share = strings.setdefault
    topics = []
    for item in items:
        ident, name, kind, aliases, mentions, score = item
        if (
            type(ident) is not str
            or type(name) is not str
            or kind not in _KINDS
            or type(score) not in (float, int)
        ):
            raise ValueError("a topic record of another layout")
        built = []
        for article_id, (paragraph, start, end), surface in mentions:
            if type(article_id) is not str or type(surface) is not str:
                raise ValueError("a mention record of another layout")
            if type(paragraph) is not int or type(start) is not int or type(end) is not int:
                raise ValueError("a span record of another layout")
            span = new(Span)
            s_paragraph(span, paragraph)
            s_start(span, start)
            s_end(span, end)
            mention = new(Mention)
            m_article(mention, share(article_id, article_id))
            m_span(mention, span)
            m_surface(mention, share(surface, surface))
            built.append(mention)
        if not all(type(a) is str for a in aliases):
            raise ValueError("a topic record of another layout")
        topic = new(Topic)
        t_id(topic, ident)
        t_name(topic, name)
        t_kind(topic, kind)
        t_aliases(topic, tuple(aliases))
        t_mentions(topic, tuple(built))
        t_score(topic, float(score))
        topics.append(topic)
    return tuple(topics)
