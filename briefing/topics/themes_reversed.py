"""One theme written in both orders of its two words ("test flight", "flight test").

Two nouns make a compound in either order, and a writer who uses both for one thing in one
article ("the first test flight" … "the flight test was not exciting enough") says they are
one subject: shown apart, the packet's one flight is two themes. Two different compounds of
the same words ("house party", "party house") are each their own thing, and an article
that writes the one seldom writes the other; so both orders are one theme only when at least
one article writes both, and only when the two orders are written about as often
(:data:`MAX_RATIO`): an established term and a rare reversal of it ("header file" sixty
times, "file header" eight) are two things named with the same words, as a technical text
that defines both shows. The merged theme keeps every use (its other order is an alias) and
is keyed by the order written more often.

Shape alone cannot tell every pair of distinct compounds from one written two ways (a text
that writes "file header" and "header file" equally often about two things would join
them); the two gates keep the join to what the 41 dev packets show is one subject.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from briefing.topics.candidates import Occurrence

#: The more frequent order's uses, at most this many times (exclusive) the other's.
MAX_RATIO = 2.0


def reversed_pairs(themes: Mapping[str, Sequence[Occurrence]]) -> dict[str, str]:
    """The keys of ``themes`` (key → uses) that are another key's two words in the other
    order and share an article with it, each mapped to the key it joins: the one with more
    uses, then more articles, then the first in sorted order (so the join does not depend
    on the order the keys were found in)."""
    joins: dict[str, str] = {}
    for key, uses in themes.items():
        first, space, second = key.partition(" ")
        if not space or " " in second:
            continue  # one word, or three ("freedom of navigation")
        other = f"{second} {first}"
        if other <= key or other not in themes:
            continue  # each pair once, from its sorted-first key
        articles = {o.article for o in uses}
        other_articles = {o.article for o in themes[other]}
        if articles.isdisjoint(other_articles):
            continue  # "house party" here, "party house" there: two things
        more, fewer = sorted((len(uses), len(themes[other])), reverse=True)
        if more >= MAX_RATIO * fewer:
            continue  # a term and its rare reversal: "header file", "file header"
        rank = {
            k: (-len(themes[k]), -len(a), k) for k, a in ((key, articles), (other, other_articles))
        }
        keep, drop = sorted(rank, key=rank.__getitem__)
        joins[drop] = keep
    return joins


def join_reversed(themes: dict[str, list[Occurrence]]) -> dict[str, str]:
    """Join each theme written in the other order into its partner in place
    (:func:`reversed_pairs`); returns the joins made (dropped key → kept key)."""
    joins = reversed_pairs(themes)
    for drop, keep in joins.items():
        themes[keep] = themes[keep] + themes.pop(drop)
    return joins
