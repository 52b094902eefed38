"""Where the sources disagree: dates, figures, spellings and names, with quotes side by side.

Each check is deliberately narrow (see its module): a flag the analyst would dismiss as noise
costs more than a missed one, because it teaches them to stop reading the list.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from briefing.analysis.clocks import clock_discrepancies
from briefing.analysis.crosscounts import TopicSource
from briefing.analysis.events import date_discrepancies
from briefing.analysis.figures import figure_discrepancies
from briefing.analysis.model import Discrepancy
from briefing.analysis.places import place_discrepancies
from briefing.analysis.spelling import spelling_discrepancies, venue_discrepancies
from briefing.analysis.timeline import TimelineEntry, extract_timeline
from briefing.model import Article

_ORDER = {"date": 0, "figure": 1, "spelling": 2, "name": 3}


def find_discrepancies(
    articles: Iterable[Article],
    timeline: Sequence[TimelineEntry] | None = None,
    topics: TopicSource | None = None,
) -> tuple[Discrepancy, ...]:
    """Every discrepancy in ``articles``; pass ``timeline`` if it is already extracted, and
    ``topics`` to give the packet's topics when a count needs them (else extracted)."""
    articles = tuple(articles)
    entries = tuple(timeline) if timeline is not None else extract_timeline(articles)
    found = [
        *date_discrepancies(entries, {a.id: a.language for a in articles}),
        *clock_discrepancies(articles, entries),
        *figure_discrepancies(articles, entries, topics),
        *spelling_discrepancies(articles),
        *venue_discrepancies(articles),
        *place_discrepancies(articles),
    ]
    return tuple(sorted(found, key=lambda d: _ORDER[d.kind]))
