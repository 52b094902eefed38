"""What a sync has to do: compare the articles with what the index holds.

A manifest row is trusted only if its id is really in the index, so a crash between Whoosh's
commit and the manifest write (in either order) leads to re-indexing, never to a document
wrongly believed current.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from briefing.model import Article
from briefing.search.store import Entry, entry_for


@dataclass(frozen=True, slots=True)
class SyncPlan:
    """Articles to write (split into added and changed), ids to delete, and how many
    articles are already current."""

    write: list[Article]
    added: list[str]
    changed: list[str]
    remove: list[str]
    unchanged: int


def plan_sync(
    articles: Sequence[Article], ids: frozenset[str], manifest: Mapping[str, Entry]
) -> SyncPlan:
    """What a sync must do. A manifest row counts only if its id is really in the index."""
    write: list[Article] = []
    added: list[str] = []
    changed: list[str] = []
    unchanged = 0
    for article in articles:
        row = manifest.get(article.id) if article.id in ids else None
        if row is not None and row == entry_for(article):
            unchanged += 1
            continue
        write.append(article)
        (changed if article.id in ids else added).append(article.id)
    wanted = {a.id for a in articles}
    remove = sorted(ids - wanted)
    return SyncPlan(write, added, changed, remove, unchanged)
