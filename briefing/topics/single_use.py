"""Names used once in a whole packet: said in passing, so no key topic (part of :mod:`.rank`).

Apart from the ranking because the rule has its own reasons and fixtures (a passage printed
twice is one use; a long form and its acronym in brackets are one use) and rank.py was past
400 lines.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from briefing.topics.candidates import Occurrence

if TYPE_CHECKING:
    from briefing.topics.rank import Cluster

__all__ = ["SINGLE_USE_ARTICLES", "SINGLE_USE_KINDS", "defined_once", "single_use"]

#: From this many articles on, a name used once in the whole packet is no key topic.
SINGLE_USE_ARTICLES = 8
#: The kinds a single use drops: names and themes. Events and treaties are few and each a
#: subject (the main event is named from its own words), but for an event written as one
#: bare name ("Boris" of "storm Boris", an event by the word before it): a name like others.
SINGLE_USE_KINDS = frozenset(["person", "organisation", "place", "theme"])


def single_use(cluster: Cluster, paragraphs: Mapping[tuple[str, int], str]) -> bool:
    """A name written once in the whole packet (its mentions de-duplicated), or a theme
    whose every use is one passage repeated word for word in one article.

    A key topic is what several passages say something about: across eight or more articles,
    a name used once is said in passing (a leader in a list of reactions, a spokeswoman
    giving a figure, a channel cited once), and it cross-references nothing, since there
    is no second passage to open. The one-use names are also where cut and glued names
    gather ("maison de la Culture de X" read from its capital), so they fill the tail of the
    list with fragments. In a smaller packet one use is a large share of what is written,
    and the name stays. A passage a page prints twice (a teaser repeated in the lead) says
    nothing twice, so its two copies are one use; a theme needs two uses to be listed.
    """
    occs = cluster.occurrences
    if not occs or (
        cluster.kind not in SINGLE_USE_KINDS
        and (cluster.kind != "event" or any(" " in o.surface for o in occs))
    ):
        return False
    if len(occs) == 1:
        return cluster.kind != "theme"  # a theme's own threshold was applied when found
    first = occs[0]
    if any(o.article != first.article for o in occs):
        return False  # the cheap test first: most names of two uses or more span articles
    if defined_once(occs, paragraphs):
        return True
    return all(_repeats(o, first, paragraphs) for o in occs[1:])


def defined_once(occs: Sequence[Occurrence], paragraphs: Mapping[tuple[str, int], str]) -> bool:
    """Two uses that are one: a long form and its acronym in brackets right after it
    ("Conferencia Episcopal Peruana (CEP)", "Romániai Magyar Demokrata Szövetség (RMDSZ)"),
    never written again: a body named once, its short form given for a use that never came."""
    if len(occs) != 2 or occs[0].paragraph != occs[1].paragraph:
        return False
    a, b = sorted(occs, key=lambda o: o.start)
    between = paragraphs.get((a.article, a.paragraph), "")[a.end : b.start]
    return (
        between.strip() == "("
        and paragraphs.get((a.article, a.paragraph), "")[b.end : b.end + 1] == ")"
    )


#: Characters either side of a use that make its passage: about a clause.
_PASSAGE = 50


def _repeats(a: Occurrence, b: Occurrence, paragraphs: Mapping[tuple[str, int], str]) -> bool:
    """The same words around both uses, spacing aside, where either paragraph ends sooner:
    one passage printed twice (a teaser that the lead repeats and goes on from)."""
    around = []
    for o in (a, b):
        text = paragraphs.get((o.article, o.paragraph), "")
        before = " ".join(text[max(0, o.start - _PASSAGE) : o.start].split())
        after = " ".join(text[o.end : o.end + _PASSAGE].split())
        around.append((before, after, o.surface))
    (before_a, after_a, surface_a), (before_b, after_b, surface_b) = around
    short, long = sorted((after_a, after_b), key=len)
    return (
        surface_a == surface_b
        and (before_a.endswith(before_b) or before_b.endswith(before_a))
        and long.startswith(short)
        and len(short) + min(len(before_a), len(before_b)) >= _PASSAGE
    )
