"""Two people sharing a surname written once: "David and Victoria Beckham", "Victoria und
David Beckham".

A couple or siblings are written with their given names joined by "and" and the surname
once. The run of capitals after the conjunction reads as one person ("Victoria Beckham"),
and the given name before it as a lone word that names nobody, so the first person loses
that article's mention; in a packet that names them so in most articles, that person is no
topic at all.

The packet decides whether the given name takes the surname after it: only when the
articles also write that person's whole name somewhere ("David Beckham" as a run of its
own), the use before the conjunction is one of that person's. "Harry and Meghan Markle"
gives Harry no surname: no article writes "Harry Markle". The given name must be one
(:func:`~briefing.given_name_table.given_name`), the other's name two name-shaped words, the
conjunction one of :data:`~.patterns.NAME_CONJUNCTIONS`, a space on each side. The use found
is the given name's own span, named by the whole name.
"""

from __future__ import annotations

import re
from collections import defaultdict

from briefing.given_name_table import given_name
from briefing.topics.candidates import Candidates, Occurrence
from briefing.topics.patterns import NAME_CONJUNCTIONS

#: A capitalised word, a conjunction and a space, right before a name.
_BEFORE = re.compile(
    r"(?:^|(?<=[\s(\"“«,]))([^\W\d_][^\W\d_'’-]*) (?:"
    + "|".join(sorted(NAME_CONJUNCTIONS))
    + r") $"
)


def shared_surname_uses(cands: Candidates) -> list[Occurrence]:
    """A person's uses before a conjunction and another person who shares the surname (see
    the module's docstring): the given name's span, its surface the whole name."""
    written: set[str] = set()
    pairs: list[Occurrence] = []
    for kind, o, _attested in cands.names:
        if kind != "person":
            continue
        written.add(o.surface)
        words = o.surface.split(" ")
        if len(words) == 2 and all(w[:1].isupper() and w.isalpha() for w in words):
            pairs.append(o)
    if not pairs:
        return []
    texts: dict[tuple[str, int], str] | None = None
    found: dict[Occurrence, None] = {}
    by_surname: dict[str, set[str]] = defaultdict(set)
    for name in written:
        by_surname[name.rsplit(" ", 1)[-1]].add(name)
    for o in pairs:
        given, surname = o.surface.split(" ")
        if len(by_surname[surname]) < 2:
            continue  # nobody else of that surname is written whole: the common case, fast
        if texts is None:
            texts = {(a, i): t for a, i, t in cands.paragraphs}
        text = texts.get((o.article, o.paragraph), "")
        m = _BEFORE.search(text, max(0, o.start - 40), o.start)
        if m is None or m.group(1) == given or not given_name(m.group(1)):
            continue
        whole = f"{m.group(1)} {surname}"
        if whole in written:
            found[Occurrence(o.article, o.paragraph, m.start(1), m.end(1), whole)] = None
    return list(found)


def with_shared_surnames(
    scanned: dict[str, list[Occurrence]],
    shared: list[Occurrence],
    surface_to_root: dict[str, str],
    paragraphs: list[tuple[str, int, str]],
) -> None:
    """Add the ``shared`` uses to the mentions ``scanned`` found of their names' topics, in
    the paragraphs' order (the scan finds a name only where it is written whole)."""
    touched: set[str] = set()
    for o in shared:
        root = surface_to_root.get(o.surface)
        if root is not None and o not in scanned.get(root, ()):
            scanned.setdefault(root, []).append(o)
            touched.add(root)
    if touched:
        order = {(a, i): n for n, (a, i, _t) in enumerate(paragraphs)}
        for root in touched:
            scanned[root].sort(key=lambda o: (order.get((o.article, o.paragraph), 0), o.start))
