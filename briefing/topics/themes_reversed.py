"""One theme written in both orders of its two words ("test flight", "flight test").

Two nouns make a compound in either order, and a writer who uses both for one thing in one
article ("the first test flight" … "the flight test was not exciting enough") says they are
one subject: shown apart, the packet's one flight is two themes. Two different compounds of
the same words ("house party", "party house") are each their own thing, and an article
that writes the one seldom writes the other; so both orders are one theme only when at least
one article writes both. The merged theme keeps every use (its other order is an alias) and
is keyed by the order written more often.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from briefing.topics.candidates import Occurrence


def reversed_pairs(themes: Mapping[str, Sequence[Occurrence]]) -> dict[str, str]:
    """The keys of ``themes`` (key → uses, each with an ``article``) that are another key's
    two words in the other order and share an article with it, each mapped to the key it
    joins (the one with more uses; on a tie, the one first in sorted order)."""
    joins: dict[str, str] = {}
    for key in sorted(themes):
        words = key.split(" ")
        if len(words) != 2 or words[0] == words[1]:
            continue
        other = f"{words[1]} {words[0]}"
        if other not in themes or key in joins or other in joins:
            continue
        articles = {o.article for o in themes[key]}
        if not any(o.article in articles for o in themes[other]):
            continue  # "house party" here, "party house" there: two things
        keep, drop = (key, other) if len(themes[key]) >= len(themes[other]) else (other, key)
        joins[drop] = keep
    return joins


def join_reversed(themes: dict[str, list[Occurrence]]) -> dict[str, str]:
    """Join each theme written in the other order into its partner in place
    (:func:`reversed_pairs`); returns the joins made (dropped key → kept key)."""
    joins = reversed_pairs(themes)
    for drop, keep in joins.items():
        themes[keep] = themes[keep] + themes.pop(drop)
    return joins
