"""A corpus written for the parallel-build tests: invented reports in three languages.

Every sentence here was written for these tests (no article text is copied). Articles are
assembled from them in a seeded order, so words recur with different frequencies, lengths
differ, some articles share a title word or a phrase and others do not — enough for BM25
scores to spread out, tie now and then, and depend on index-wide statistics.
"""

from __future__ import annotations

import datetime as dt
import random

from search.factory import make_article

from briefing.model import Article

ENGLISH = [
    "The harbour authority opened a second ferry terminal on the northern quay.",
    "Inspectors found cracks in three pylons of the old railway bridge.",
    "The city council voted to extend the night bus service until spring.",
    "A cargo ship carrying grain was held at the river mouth by fog.",
    "Volunteers cleared the flooded underpass before the morning traffic.",
    "The ferry operator said the new terminal would halve waiting times.",
    "Engineers will replace the bridge bearings during the summer closure.",
    "Residents complained that the night buses skipped two stops near the market.",
    "The port recorded its busiest month for container traffic since the expansion.",
    "A spokeswoman for the council said the budget for repairs was approved.",
    "Heavy rain flooded the coastal road and closed the harbour car park.",
    "The railway company apologised for delays caused by the bridge inspection.",
]
FRENCH = [
    "Le conseil municipal a approuvé la rénovation de la gare routière.",
    "Les pêcheurs ont manifesté devant la capitainerie du port ce matin.",
    "Une nouvelle ligne de tramway reliera le quartier nord au centre-ville.",
    "Les travaux sur le pont ferroviaire dureront jusqu'à la fin de l'été.",
    "La préfecture a publié un avis de crue pour les communes riveraines.",
    "Le maire a inauguré les nouveaux quais du terminal des ferries.",
]
RUSSIAN = [
    "Городской совет утвердил ремонт старого железнодорожного моста.",
    "Паромная переправа возобновила работу после сильного тумана.",
    "Жители жалуются на шум от строительства нового терминала.",
    "Власти порта сообщили о рекордном грузообороте за месяц.",
]
FURNITURE = [
    "Photo: a ferry leaving the northern quay at dawn.",
    "Subscribe to our morning newsletter for harbour news.",
    "Reporting by the city desk; editing by the night team.",
]
SOURCES = ["Harbour Gazette", "City Wire", "Le Courrier du Port", "Вечерний вестник", None]
TITLE_WORDS = ["Ferry", "Bridge", "Council", "Harbour", "Railway", "Flood", "Port"]


def written_articles(count: int = 48, *, seed: int = 7) -> list[Article]:
    """``count`` articles (ids in order) assembled from the sentences above."""
    rng = random.Random(seed)
    out = []
    for n in range(count):
        language = ("en", "en", "fr", "ru")[n % 4]
        pool = {"en": ENGLISH, "fr": FRENCH, "ru": RUSSIAN}[language]
        lines = [rng.choice(pool) for _ in range(rng.randint(2, 9))]
        if language != "en" and rng.random() < 0.5:  # an English quote in another language
            lines.append(rng.choice(ENGLISH))
        kinds = {}
        if rng.random() < 0.4:
            kinds[len(lines)] = "caption"
            lines.append(rng.choice(FURNITURE))
        title = f"{rng.choice(TITLE_WORDS)} report {n}" if n % 5 else None
        date = dt.date(2025, 1 + n % 12, 1 + n % 28) if n % 3 else None
        out.append(
            make_article(
                f"{n:03d}_written",
                "\n".join(lines),
                title=title,
                source=SOURCES[n % len(SOURCES)],
                date=date,
                language=language,
                kinds=kinds,
            )
        )
    return out
