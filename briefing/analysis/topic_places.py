"""Where the packet's topics are mentioned, by article and paragraph, read once.

The counts across languages (:mod:`.crosscounts`) tie two counts by the topics their
sentences name. At 10,005 articles asking every stored topic for its mentions after the
reading (each built as objects again: :mod:`briefing.topic_store` keeps only a few) was most
of the figures' judging (benchmarks/PROFILE.md). This index is worked out from the stored
columns instead, and beside the reading (:func:`.discrepancies.find_discrepancies`), so
that only the lookups are left after it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from briefing.analysis.crosscounts import Places
from briefing.model import Topic
from briefing.topic_store import mention_places


def topic_places(topics: Iterable[Topic]) -> Places:
    """(article id, paragraph) → (start, topic id) of each mention of ``topics``, in the order
    of the topics and of each topic's mentions (the order :mod:`.crosscounts` reads them in)."""
    places: Places = defaultdict(list)
    for topic in topics:
        ident = topic.id
        for article_id, paragraph, start in mention_places(topic):
            places[(article_id, paragraph)].append((start, ident))
    return dict(places)
