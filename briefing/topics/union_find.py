"""The union-find the alias merging is built on: keys joined into groups, one root each.

Split from :mod:`briefing.topics.cluster`, whose rules decide *which* keys are one topic;
this structure only records the joins (with path compression) and answers which group a
key is in. The root kept on a join is the lexically smaller key, so the groups and their
roots never depend on the order in which the rules or the dictionaries produced them.
"""

from __future__ import annotations


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def add(self, key: str) -> str:
        self.parent.setdefault(key, key)
        return key

    def find(self, key: str) -> str:
        root = key
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[key] != root:
            self.parent[key], key = root, self.parent[key]
        return root

    def root(self, key: str) -> str:
        """:meth:`find` for a key that may never have been added (a word a rule reads beside
        a name, not a name of the packet): such a key is a group of its own."""
        return self.find(key) if key in self.parent else key

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(self.add(a)), self.find(self.add(b))
        if ra != rb:
            # Keep the lexically smaller root so results do not depend on dict order.
            ra, rb = sorted((ra, rb))
            self.parent[rb] = ra
