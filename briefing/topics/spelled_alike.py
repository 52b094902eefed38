"""One name spelled two ways in Latin letters by different articles: "Pylos" / "Pilos".

A place written in another alphabet reaches each language by its own romanisation: Greek
"Πύλος" is "Pylos" in English and "Pilos" in French or Spanish, Russian "Юрий" is "Yuri" or
"Iouri". The gazetteer knows a large town's other names; a small one it does not, and the
two spellings become two topics. Romanisations differ in regular ways (y / i, kh / h, a
doubled letter), which :func:`~.spelling.skeleton` folds; a long name's translations keep
its consonants and change its vowels and ending ("Peloponneso", "Peloponnes" of
"Pelopónnisos"). Two one-word names with one skeleton, or with the same
:data:`MIN_CONSONANTS` consonants or more in order, are one name when

- neither is read as a person (people are paired by their own rules, given name and
  surname together: :mod:`.person_spellings`);
- the word has :data:`MIN_LETTERS` letters or more (short skeletons meet by chance);
- no article writes both: a writer keeps one spelling, so two spellings in one text are two
  things ("Pylos" and "Pilos" side by side are two towns);
- at most one of them is a place the gazetteer knows (two it knows are two places).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from briefing.topics.candidates import Occurrence
from briefing.topics.languages import latin
from briefing.topics.spelling import fold, skeleton

#: The fewest letters of a name paired by its skeleton.
MIN_LETTERS = 5
#: A name with this many consonants is paired by them alone (:func:`consonant_spine`).
MIN_CONSONANTS = 5


def consonant_spine(word: str) -> str:
    """The first letter and the consonants after it, a doubled one once, of ``word`` folded:
    "Pelopónnisos" → "plpns". Vowels are what romanisations and languages change most."""
    folded = fold(word)
    key = folded[:1] + re.sub(r"[aeiouy]+", "", folded[1:])
    return re.sub(r"(.)\1+", r"\1", key)


def alike_pairs(
    keys: Sequence[str],
    sightings: Mapping[str, list[Occurrence]],
    person: Callable[[str], bool],
) -> list[tuple[str, str]]:
    """Pairs of ``n:``/``g:`` keys (one Latin word each) that are one name spelled two ways
    (module docstring)."""
    groups: dict[str, list[str]] = {}
    for key in keys:
        word = key[2:]
        if (
            key[:2] not in ("n:", "g:")
            or len(word) < MIN_LETTERS
            or not word.isalpha()
            or not fold(word).isascii()
            or person(key)
        ):
            continue
        # A long name by its consonants ("Peloponneso", "Peloponeso", "Peloponnes":
        # languages respell the vowels and drop the ending), a short one by its skeleton.
        consonants = consonant_spine(word)
        spelling = consonants if len(consonants) >= MIN_CONSONANTS else skeleton(latin(word))
        groups.setdefault(spelling, []).append(key)
    pairs = []
    for group in groups.values():
        if len(group) < 2 or sum(k.startswith("g:") for k in group) > 1:
            continue
        seen = [{o.article for o in sightings.get(k, ())} for k in group]
        if not all(seen) or sum(map(len, seen)) != len(set().union(*seen)):
            continue  # one article writes two of them: two things
        pairs += [(group[0], other) for other in group[1:]]
    return pairs
