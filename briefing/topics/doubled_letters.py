"""One long name written with a doubled letter in one text and single in another.

Writers who do not know a foreign name often halve a double letter ("Fagradalsfjall",
"Fagradalsfjal"), as transliterations do ("Gaddafi", "Gadafi"). A capitalised word nobody's
surname becomes a name only when two articles write it (:meth:`~.cluster._Builder._people`),
so a name each article spells its own way is lost twice. Two such words are one when they
are long (:data:`MIN_LETTERS`, so short words, where one letter makes another word, never
meet), share their first letter, and the shorter is the longer with one doubled letter
written once. Nothing else is forgiven: no other deleted letter (a plural's or a case's
"-s" is another form, not a misspelling: "Brandenburg", "Brandenburgs" are read by the
inflection rules), no changed letter ("Carolina", "Caroline").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from typing import TypeVar

from briefing.topics.union_find import _UnionFind

#: Letters a word must have for a halved double letter to be forgiven.
MIN_LETTERS = 8

_T = TypeVar("_T")


def halved(word: str) -> set[str]:
    """``word`` with each of its doubled letters written once: "fjall" → {"fjal"}."""
    return {word[:i] + word[i + 1 :] for i in range(1, len(word)) if word[i] == word[i - 1]}


def doubled_letter_groups(uses: Mapping[str, list[_T]]) -> dict[str, list[_T]]:
    """``uses`` (written word → its uses) with the words that differ by one halved double
    letter joined under the one written most (on ties, the first given), in the order of
    their first word."""
    long = {w for w in uses if sum(ch.isalpha() for ch in w) >= MIN_LETTERS}
    if len(long) < 2:
        return dict(uses)
    folded = {w: w.casefold() for w in long}
    by_form: dict[str, list[str]] = defaultdict(list)
    for w in long:
        by_form[folded[w]].append(w)
    uf = _UnionFind()
    for w in long:
        uf.add(w)
        for shorter in halved(folded[w]):
            for other in by_form.get(shorter, ()):
                uf.union(w, other)
    members: dict[str, list[str]] = defaultdict(list)
    for w in uses:
        if w in long:
            members[uf.find(w)].append(w)
    joined: dict[str, list[_T]] = {}
    for w in uses:
        if w not in long:
            joined[w] = list(uses[w])
            continue
        group = members[uf.find(w)]
        if w != group[0]:
            continue  # joined under the group's first word, below
        head = max(group, key=lambda g: len(uses[g]))  # max keeps the first on ties
        joined[head] = [u for g in group for u in uses[g]]
    return joined
