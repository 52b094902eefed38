"""A person called by the first word of their full name: "Tedros Adhanom Ghebreyesus … Tedros said".

Part of the second pass (:meth:`~.cluster._Builder._people`). A lone capitalised word joins the
one person whose surname it is; the first word of a name is how many people are called too:
an Ethiopian or Eritrean is called by the given name (the second word is the father's, not a
family name), a Chinese, Korean or Hungarian name opens with the family name ("Xi Jinping …
Xi said"). Without a rule such a word is nobody's surname, and a word nobody explains
becomes a body of its own beside the person ("Tedros", four articles).

The writer's cue is the order: the full name first, then the word alone in the same article.
So a lone word joins a person when

- it is the first word of that person's full name (two words or more), and of no other
  person's name in the packet, in any place of it ("Kim Jong Un" and "Kim Yo Jong" keep "Kim"
  apart; "Ali Hassan" and "Omar Ali" keep "Ali" apart);
- some article writes it alone after writing that person's full name;
- it is no place the gazetteer knows ("Jordan Bardella … Jordan") and no everyday word of
  the languages it is read in ("Mark", "Rose").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence

from briefing.topics.candidates import Occurrence
from briefing.topics.given_names import common_word

__all__ = ["first_word_owners"]


def first_word_owners(
    lone: Mapping[str, Sequence[Occurrence]],
    people: Iterable[str],
    find: Callable[[str], str],
    occ: Mapping[str, Sequence[Occurrence]],
    languages: Mapping[str, str],
    place: Callable[[str], bool],
) -> dict[str, str]:
    """Lone words' keys → the root of the one person each is the first word of.

    ``lone``: each lone word's person key ("p:tedros") → its uses; ``people``: the person
    keys of the packet; ``find``: a key's root; ``occ``: each key's uses (where the full
    names are written); ``place``: whether a word is a known place.
    """
    first: dict[str, set[str]] = defaultdict(set)  # a first word → the roots it opens
    anywhere: dict[str, set[str]] = defaultdict(set)  # any word → the roots it is part of
    full: dict[str, list[str]] = defaultdict(list)  # a root → its full names' keys
    for key in people:
        words = key[2:].split()
        if len(words) < 2:
            continue
        root = find(key)
        first["p:" + words[0]].add(root)
        for word in words:
            anywhere["p:" + word].add(root)
        full[root].append(key)
    owners = {}
    for key, uses in lone.items():
        roots = first.get(key, set())
        if len(roots) != 1 or anywhere[key] != roots or not uses:
            continue
        root = next(iter(roots))
        surface = uses[0].surface
        if place(surface) or any(
            common_word(surface, languages.get(o.article, "en")) for o in uses
        ):
            continue
        written = [o for k in full[root] for o in occ.get(k, ())]
        if any(_after(use, written) for use in uses):
            owners[key] = root
    return owners


def _after(use: Occurrence, written: Sequence[Occurrence]) -> bool:
    """Whether the full name is written before ``use`` in its article."""
    return any(
        o.article == use.article and (o.paragraph, o.start) < (use.paragraph, use.start)
        for o in written
    )
