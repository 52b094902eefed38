"""The merged topic :func:`~.rank.rank` is given, and what of it is worked out only if scored.

Split from :mod:`.rank` for size: the assembly makes a :class:`Cluster` of every merged key
(:mod:`.assemble`) and many modules read or build one, while only rank asks the late parts
(a name, whether a theme is aside) and only of the clusters it scores. Importing it from
:mod:`.rank` still works.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from briefing.topics.candidates import Occurrence


@dataclass(slots=True)
class Cluster:
    """One merged topic before ranking: its kind, its name and every mention.

    At 10,000 articles there are ~150,000 clusters and rank scores a few thousand, so what
    only a scored cluster needs may be left to :func:`rank` to work out (seconds):
    ``namer`` gives the name (then ``name`` is not read before), and a theme's ``aside``
    says it is no topic at all (dropped as if never given). Each must give what it would
    have given at once: it holds the occurrences as they were, since rank re-orders them.
    A theme's ``twins`` are its uses that only repeat an earlier article's copy of the same
    sentence (:mod:`.copied_passages`): listed as mentions, never scored.
    """

    kind: str
    name: str
    occurrences: list[Occurrence]
    namer: Callable[[], str] | None = None
    aside: Callable[[], bool] | None = None
    twins: frozenset[Occurrence] = frozenset()


def name_of(cluster: Cluster) -> str:
    """The cluster's name, worked out now if it was left to later (``namer``)."""
    if cluster.namer is not None:
        cluster.name, cluster.namer = cluster.namer(), None
    return cluster.name


def _dropped(cluster: Cluster) -> bool:
    """Whether a cluster given to :func:`rank` is none of its topics after all: a theme
    whose ``aside`` says so (asked now, once)."""
    if cluster.aside is not None:
        aside, cluster.aside = cluster.aside, None
        if aside():
            cluster.namer, cluster.aside = None, _always  # the same answer if asked again
            return True
    return False


def _always() -> bool:
    return True
