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

A second cue is a gloss: a text in a script without Latin letters that writes the word in
Latin letters in brackets right after its own rendering ("罗丝(Rose)") says it is a name,
however common the word is in some language of the briefing ("rose" is frequent English):
a given name (:func:`~briefing.given_name_table.given_name`) glossed so joins the one person
whose full name opens with it, whatever article writes the full name.

A given name with neither cue is left to the other rules: a spacecraft or a ship named after
the person ("Vikram") is a thing of its own, and a ruler's name ("Napoleon") may be another
bearer's than the full name's.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence

from briefing.given_name_table import given_name
from briefing.topics.candidates import Occurrence
from briefing.topics.given_names import common_word

__all__ = ["first_word_owners"]


def _sole_owners(people: Iterable[str], find: Callable[[str], str]) -> dict[str, str]:
    """The first words of full names (two words or more) that open one person's names only
    and stand in no other person's name anywhere: their key ("p:tedros") → that root."""
    first: dict[str, set[str]] = defaultdict(set)  # a first word → the roots it opens
    anywhere: dict[str, set[str]] = defaultdict(set)  # any word → the roots it is part of
    for key in people:
        words = key[2:].split()
        if len(words) < 2:
            continue
        root = find(key)
        first["p:" + words[0]].add(root)
        for word in words:
            anywhere["p:" + word].add(root)
    return {
        key: next(iter(roots))
        for key, roots in first.items()
        if len(roots) == 1 and anywhere[key] == roots
    }


def first_word_owners(
    lone: Mapping[str, Sequence[Occurrence]],
    people: Iterable[str],
    find: Callable[[str], str],
    occ: Mapping[str, Sequence[Occurrence]],
    languages: Mapping[str, str],
    place: Callable[[str], bool],
    texts: Mapping[tuple[str, int], str] | None = None,
) -> dict[str, str]:
    """Lone words' keys → the root of the one person each is the first word of.

    ``lone``: each lone word's person key ("p:tedros") → its uses; ``people``: the person
    keys of the packet; ``find``: a key's root; ``occ``: each key's uses (where the full
    names are written); ``place``: whether a word is a known place; ``texts``: paragraph
    texts by (article, paragraph), where a gloss is read.
    """
    people = list(people)
    owners = _sole_owners(people, find)
    full: dict[str, list[str]] = defaultdict(list)  # a root → its full names' keys
    for key in people:
        if len(key[2:].split()) >= 2:
            full[find(key)].append(key)
    found = {}
    for key, uses in lone.items():
        root = owners.get(key)
        if root is None or not uses:
            continue
        surface = uses[0].surface
        if place(surface):
            continue
        if texts is not None and given_name(surface) and any(_glossed(u, texts) for u in uses):
            found[key] = root  # "罗丝(Rose)": the text says it is a name
            continue
        if any(common_word(surface, languages.get(o.article, "en")) for o in uses):
            continue
        written = [o for k in full[root] for o in occ.get(k, ())]
        if any(_after(use, written) for use in uses):
            found[key] = root
    return found


def _glossed(use: Occurrence, texts: Mapping[tuple[str, int], str]) -> bool:
    """Whether ``use`` is alone in brackets right after a letter of a script without Latin
    letters: "罗丝(Rose)", "Роза (Rose)"."""
    text = texts.get((use.article, use.paragraph), "")
    before = text[: use.start].rstrip()
    if before[-1:] not in ("(", "（"):
        return False
    letter = before[:-1].rstrip()[-1:]
    after = text[use.end :].lstrip()[:1]
    return after in (")", "）") and letter.isalpha() and ord(letter) >= 0x250


def _after(use: Occurrence, written: Sequence[Occurrence]) -> bool:
    """Whether the full name is written before ``use`` in its article."""
    return any(
        o.article == use.article and (o.paragraph, o.start) < (use.paragraph, use.start)
        for o in written
    )
