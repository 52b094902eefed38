"""Fold a name written with a generic word around it into the name written alone: a ship's
prefix before it (:mod:`.ship_prefixes`, "MV Wakashio" is "Wakashio"), a company's generic
words after it (:mod:`.company_tails`, "Mitsui OSK Lines" is "Mitsui OSK") and the noun for an
island before a known place (:mod:`.island_words`, "Isla Mauricio" is Mauritius); and a
town's name that is the short form of a body named after it (:mod:`.leading_words`,
"Alameda" of "Alameda Research").

Run on the cluster builder after :func:`~.apposed_nouns.fold_apposed` and before the names
are compared across scripts, so that the name's other scripts meet one topic.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from briefing.topics.company_tails import company_pairs, sibling_pairs
from briefing.topics.island_words import island_pairs
from briefing.topics.leading_words import leading_word_pairs
from briefing.topics.naming import name_key, person_key
from briefing.topics.owned_bodies import drop_mixed_owners
from briefing.topics.ship_prefixes import ship_pairs


def fold_generic_affixes(b: Any) -> None:
    """Union each "prefix + ship" and "company + generic words" key with the key of the name
    alone on the builder ``b`` (:class:`~.cluster._Builder`), when the packet writes that name
    alone as a body's name and it is no place, people or person."""

    def person(text: str) -> bool:
        votes = b.kinds.get(person_key(text))
        return bool(votes) and votes["person"] * 2 > sum(votes.values())

    def place_or_person(text: str) -> bool:
        if b.gaz.place(text) is not None or text in b.gaz.demonyms:
            return True
        votes = b.kinds.get(name_key(text))
        return bool(votes and votes["place"]) or person(text)

    def is_name(key: str) -> bool:
        votes = b.kinds.get(key)
        if not votes or votes["place"] or key.startswith("g:"):
            return False
        return votes["person"] * 2 <= sum(votes.values())

    keys_of = lambda text: (name_key(text), person_key(text))  # noqa: E731
    keys = [k for k in b.uf.parent if " " in k and k.startswith(("n:", "p:"))]
    for run, name in ship_pairs(keys, b.occ, keys_of, is_name, place_or_person):
        b.uf.union(run, name)
    for run, name in company_pairs(keys, b.occ, keys_of, is_name, place_or_person):
        b.uf.union(run, name)
    for run, sibling in sibling_pairs(sorted(keys), b.occ, place_or_person):
        b.uf.union(run, sibling)

    def place_key(text: str) -> str | None:  # a known place the packet has a topic for
        place = b.gaz.place(text)
        return None if place is None or "g:" + place not in b.uf.parent else "g:" + place

    for run, place in island_pairs(keys, b.occ, place_key):
        b.uf.union(run, place)
    drop_mixed_owners(b)  # "France's Foreign Ministry", "Japan's Foreign Ministry": two
    fold_leading_words(b, is_name, person)


def fold_leading_words(
    b: Any, is_name: Callable[[str], bool], person: Callable[[str], bool]
) -> None:
    """Union a one-word body name with the one longer body that opens with it, when the
    texts write it as that body's short form (:mod:`.leading_words`: "Alameda" of "Alameda
    Research")."""
    body = lambda k: k.startswith("n:") and is_name(k) and not person(k[2:])  # noqa: E731
    alone = [
        k
        for k in b.uf.parent
        if " " not in k and body(k) and b.occ[k] and b.gaz.place(b.occ[k][0].surface) is None
    ]
    longer = [k for k in b.uf.parent if " " in k and body(k)]
    texts: dict[str, list[str]] = {}

    def writes(article: str, surface: str) -> bool:  # the texts read only when asked
        if not texts:
            for name, _index, text in b.c.paragraphs:
                texts.setdefault(name, []).append(text)
        return any(surface in text for text in texts.get(article, ()))

    for word, name in leading_word_pairs(alone, longer, b.occ, b.uf.find, writes):
        b.uf.union(word, name)
