"""A topic's name worked out only when the ranking asks for it, not for every cluster.

Split from :mod:`briefing.topics.assemble`, which turns each merged group into a topic: naming
is a concern of its own because it is costly (the written forms are weighed, an organisation
gets its article back, a person their styled name: :mod:`.naming`, :mod:`.styled_names`) and
most clusters are never shown, so the name is a closure (``Cluster.namer``) that
:func:`~.rank.rank` calls for the few thousand it scores of the ~150,000 clusters of 10,000
articles.
"""

from __future__ import annotations

from operator import attrgetter

from briefing.topics.naming import canonical, with_article
from briefing.topics.rank import Cluster
from briefing.topics.styled_names import styled

#: An occurrence's surface, read in C.
SURFACE = attrgetter("surface")


def name_later(
    cluster: Cluster,
    key: str,
    texts: dict[tuple[str, int], str],
    function: frozenset[str],
    named_as: str = "",
) -> None:
    """Leave the cluster's name to :func:`~.rank.rank` (its ``namer``), which asks for the
    few thousand it scores of the ~150,000 clusters of 10,000 articles; named now when the
    name might be empty (an empty written form), since an unnamed cluster is dropped here.
    ``named_as``: the kind to name it as, when not its own (an acronym of a thing is named
    as written, as a body's acronym is: "YCC")."""
    occs, kind = cluster.occurrences, cluster.kind

    def namer() -> str:
        name = canonical(named_as or kind, key, occs)
        if kind == "organisation":  # "Le Parisien", "The Guardian"
            name = with_article(name, occs, texts, function)
        elif kind == "person":  # "Lady Gaga", never written "Gaga" alone
            name = styled(name, occs, texts)
        return name

    if key == "g:" or not all(map(SURFACE, occs)):  # a use with no surface: in C
        cluster.name = namer()
    else:
        cluster.namer = namer


#: An occurrence's surface, read in C.
SURFACE = attrgetter("surface")
