"""A name read out of a minister's title is the office's portfolio, not a body of its own.

Romance languages and English capitalise a portfolio inside a minister's title ("el ministro
de Relaciones Exteriores de Norlandia", "le ministre des Affaires étrangères", "the Minister
of Foreign Affairs"), so the first pass reads the capitalised words as an organisation's
name: "Relaciones Exteriores". :mod:`.ministries` already decides whether the office is a
topic (folded into it when it is); when it is not (a title few sources write, or one
portfolio word before two countries' ministers), the piece stayed a topic of its own, a
portfolio with no country: the cut of a longer name.

A piece is an organisation (not an office :mod:`.ministries` made) every use of which starts
inside a minister's title the texts write and holds the title's portfolio word there (a
country after the title may follow: "Relaciones Exteriores de Norlandia"), none of them naming
a ministry itself; a title of the department ("ministerio de Relaciones Exteriores") is no
minister's, and a piece of it is the department's name, which stays. Such a piece is
dropped: its uses are the office's, and the office is a topic or not by :mod:`.ministries`'
rules alone. A body written once outside a title ("Relaciones Exteriores publicó …") keeps
all its uses, and a country or a holder inside a title ("Vandor Foreign Minister", "ministro
Ada Lind") holds no portfolio word and stays.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence

from briefing.topics.candidates import Occurrence
from briefing.topics.ministry_titles import MINISTRY, PATTERNS
from briefing.topics.rank_cluster import Cluster

__all__ = ["title_pieces"]

#: Per language, any portfolio word, searched in a piece's written form.
_WORDS = {
    language: re.compile("|".join(f"(?:{w})" for w in words.values()), pattern.flags)
    for language, (pattern, words) in PATTERNS.items()
}


def title_pieces(
    clusters: Mapping[str, Cluster],
    titles: Sequence[Occurrence],
    languages: Mapping[str, str],
) -> list[str]:
    """Roots of the organisation clusters that are a portfolio read out of ``titles`` (each
    use of a minister's title, as :func:`~.ministries.title_uses` finds them); the offices
    made of titles (``m:`` roots) are never among them. See the module's docstring."""
    spans: dict[tuple[str, int], list[tuple[int, int]]] = defaultdict(list)
    for title in titles:
        if not MINISTRY.search(title.surface):  # "ministerio de …" names the department
            spans[title.article, title.paragraph].append((title.start, title.end))
    if not spans:
        return []
    pieces = []
    for root, cluster in clusters.items():
        if cluster.kind != "organisation" or root.startswith("m:") or not cluster.occurrences:
            continue
        if all(_piece(o, spans, languages) for o in cluster.occurrences):
            pieces.append(root)
    return pieces


def _piece(
    use: Occurrence,
    spans: Mapping[tuple[str, int], Sequence[tuple[int, int]]],
    languages: Mapping[str, str],
) -> bool:
    """Whether one use starts inside a title and its words there hold a portfolio word (what
    follows the title is the office's country: "Relaciones Exteriores de Norlandia"), naming no
    ministry."""
    words = _WORDS.get(languages.get(use.article, "en"))
    if words is None or MINISTRY.search(use.surface):
        return False
    for start, end in spans.get((use.article, use.paragraph), ()):
        if start <= use.start < end and words.search(use.surface[: end - use.start]):
            return True
    return False
