"""The score of one topic: spread across outlets and languages, and frequency within each.

Part of :mod:`briefing.topics.rank`, kept apart because the formula is one decision, tuned
and tested on its own (each outlet adds up to one, repeats add logarithmically, a weak
mention weighs :data:`LISTED_WEIGHT`, each further language of a name adds
:data:`LANGUAGE_WEIGHT`), while :mod:`.rank` decides which clusters are scored at all and
in what order they are listed.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Container, Mapping, Sequence

from briefing.model import Article
from briefing.topics.candidates import Occurrence

#: Treaties and events are few and each is a subject in itself; other kinds count 1. (Weights
#: for people, places and themes between 0.8 and 1.4 changed little on the unseen set.)
KIND_WEIGHT: dict[str, float] = {"event": 1.2, "treaty": 1.3}

#: Added to a name's score for each language beyond the first that writes it (articles in
#: three languages: +1). Names only: a theme's languages are what the key-word aligner joined,
#: not what the text wrote.
LANGUAGE_WEIGHT = 0.5
SPREAD_KINDS = frozenset(["person", "organisation", "place"])
#: Weight of a mention that is one item of a list ("Kazakhstan, Kyrgyzstan and Uzbekistan").
LISTED_WEIGHT = 0.35


def score(
    kind: str,
    occurrences: Sequence[Occurrence],
    weak: Container[Occurrence] = frozenset(),
    outlets: Mapping[str, str] | None = None,
    languages: Mapping[str, str] | None = None,
) -> float:
    """Spread and frequency: every source adds up to one, repeats add logarithmically, and
    a name gains :data:`LANGUAGE_WEIGHT` for each further language of the articles
    (``languages``: article id → code; "und" counts as none) that write it, a third of it
    for a language whose every mention is weak (an item of a list, ...).

    A source is the article's outlet (``outlets``: article id → outlet key), else the
    article. A subject one source covers in depth (New START, an ICC warrant) still scores
    by its own frequency there, so it is not buried under names every outlet mentions once
    in passing.
    """
    per_source: dict[str, float] = defaultdict(float)
    for o in occurrences:
        source = outlets.get(o.article, o.article) if outlets else o.article
        per_source[source] += LISTED_WEIGHT if o in weak else 1.0
    raw = sum(1.0 + math.log(w) if w >= 1 else w for w in per_source.values())
    if languages and kind in SPREAD_KINDS:
        # A language that only lists the name (or dates a dispatch with it) weighs as such a
        # mention does: a province named in passing in a second language gains little.
        written: dict[str, float] = defaultdict(float)
        for o in occurrences:
            language = languages.get(o.article, "und")
            if language != "und":
                written[language] = max(written[language], LISTED_WEIGHT if o in weak else 1.0)
        if written:
            raw += LANGUAGE_WEIGHT * (sum(written.values()) - max(written.values()))
    return round(raw * KIND_WEIGHT.get(kind, 1.0), 4)


def outlets_of(articles: Sequence[Article]) -> dict[str, str]:
    """Article id → its outlet's key: the source's name, case and spacing aside; an article
    without a source is its own ("a:" + id, which no source name can equal)."""
    found = {}
    for a in articles:
        name = " ".join((a.source or "").split()).casefold()
        found[a.id] = "s:" + name if name else "a:" + a.id
    return found
