"""A listed name written with the act that names the event: before it, or after it as "of".

Split from :mod:`.events`, which builds the event's name: the leads may write the thing or
body the act is told of as a name right before its word ("Louvre heist", "Estlink 2
cable": :func:`owner_before`) or, with no place or owner to name it by, as the thing called
after it (" of the Gloria funicular": :func:`called_after`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Sequence

from briefing.model import Topic
from briefing.topics.event_venue import thing_called
from briefing.topics.event_whose import ends_with_word


def owner_before(leads: list[str], head: str, topics: Sequence[Topic]) -> str | None:
    """A topic whose name stands right before the action in two leads or more ("Louvre
    heist", "Estlink 2 cable", "Notre-Dame reopening")."""
    pattern = re.compile(rf"\b{re.escape(head)}\b", re.IGNORECASE)
    # The text before each use of the action word, up to the previous 80 characters.
    windows = [
        {
            lead[max(0, m.start() - 80) : m.start()].rstrip().casefold()
            for m in pattern.finditer(lead)
        }
        for lead in leads
    ]
    windows = [w for w in windows if w]
    counts: Counter[str] = Counter()
    for topic in topics:
        aliases = {a.casefold() for a in topic.aliases}
        counts[topic.name] = sum(
            1
            for found in windows
            if any(ends_with_word(text, alias) for text in found for alias in aliases)
        )
    best = counts.most_common(1)
    return best[0][0] if best and best[0][1] >= 2 else None


def called_after(
    leads: list[str], forms: list[str], sites: list[Topic], states: Collection[str]
) -> str:
    """ " of the Gloria funicular" (:func:`.thing_called`; no town's or state's name), or ""."""
    from briefing.topics.gazetteer import gazetteer

    named = [t for t in sites if t.name not in states and gazetteer().place(t.name) is None]
    called = thing_called(leads, forms, named)
    return f" of {called}" if called is not None else ""
