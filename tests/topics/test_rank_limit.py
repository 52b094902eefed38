"""A short list ranks as the head of the full one, though most clusters are never scored.

Every name here is invented for the test.
"""

from __future__ import annotations

import random
from dataclasses import replace

from topics.helpers import article

from briefing.model import Article, Mention, Topic
from briefing.topics.candidates import Occurrence
from briefing.topics.rank import Cluster, rank

KINDS = ("person", "place", "theme", "event", "treaty", "organisation")


def _clusters(seed: int, articles: list[Article]) -> list[Cluster]:
    """Clusters of 1 to 6 mentions spread over the articles: many tie on score and size."""
    pick = random.Random(seed)
    found = []
    for n in range(300):
        kind = pick.choice(KINDS)
        name = pick.choice(("Varnholm", "Kestrel Pier", "Tobias Wrenfield", f"Brask {n % 7}"))
        occurrences = [
            Occurrence(pick.choice(articles).id, pick.randrange(3), s, s + 4, name)
            for s in (pick.randrange(0, 40, 5) for _ in range(pick.randint(1, 6)))
        ]
        found.append(Cluster(kind, name, occurrences))
    return found


def _ranked(seed: int, limit: int | None) -> list[tuple[str, str, float, tuple[Mention, ...]]]:
    articles = [
        replace(article(f"{n:02d}", "x"), source=f"Outlet {n % 5}" if n % 4 else None)
        for n in range(12)
    ]
    paragraphs = {
        (a.id, p): "Varnholm, Brask and Kestrel Pier." for a in articles for p in range(3)
    }
    topics: tuple[Topic, ...] = rank(articles, _clusters(seed, articles), paragraphs, limit)
    return [(t.id, t.kind, t.score, t.mentions) for t in topics]


def test_a_limited_ranking_is_the_head_of_the_full_one() -> None:
    for seed in range(5):
        full = _ranked(seed, None)
        for limit in (0, 1, 7, 40, 299, 300, 400):
            assert _ranked(seed, limit) == full[:limit], (seed, limit)
