"""Key topics of a briefing and the cross-reference between them and the articles.

Rule- and statistics-based (nothing downloads a model): see :mod:`.extract` for the first pass
over the prose, :mod:`.cluster` for alias merging and ranking, :mod:`.xref` for passages.
Domain code: it never imports Textual.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing.model import Article, Topic
from briefing.topics.cluster import build
from briefing.topics.xref import cooccurring, passages

#: Bump whenever extraction changes: the façade's on-disk topic cache is keyed by it.
TOPICS_VERSION = 8

__all__ = ["TOPICS_VERSION", "cooccurring", "extract_topics", "passages"]


def extract_topics(articles: Sequence[Article]) -> tuple[Topic, ...]:
    """The briefing's key topics, best first, aliases merged, with every mention.

    Only body-ish paragraphs are read: captions, credits and footers
    (``Paragraph.foldable``) repeat the same names and would dominate the counts.
    """
    ordered = sorted(articles, key=lambda a: a.id)
    return build(ordered)
