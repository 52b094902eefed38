"""The storm packet the lede tests share (importable as ``analysis.lede_fixtures``): its event,
its topics and the lede :func:`briefing.brief_lede.find_lede` picks from written articles."""

from __future__ import annotations

from collections.abc import Sequence

from briefing.analysis import extract_timeline
from briefing.brief_lede import find_lede
from briefing.brief_when import event_when
from briefing.model import Article, Topic

EVENT = "Storm at Velmora, 4 Mar 2031"  # a Tuesday
TOPICS = [
    Topic("storm", EVENT, "event", ("storm", "tempête", "Sturm"), ()),
    Topic("velmora", "Velmora", "place", ("Velmora",), ()),
]


def lede(
    articles: list[Article], event: str = EVENT, topics: Sequence[Topic] = TOPICS
) -> str | None:
    """The text of the lede chosen for ``articles`` about ``event`` (:data:`EVENT`), or None."""
    found = find_lede(
        articles,
        list(topics),
        timeline=extract_timeline(articles),
        when=event_when(event),
        main_event=event,
    )
    return found.text if found else None
