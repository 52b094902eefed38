"""One place spelled by two languages' conventions: Spanish "Poyo", Catalan "Poio".

A place of a bilingual region, or one each language writes its own way, reaches the packet
in spellings that differ only where spelling conventions do: y / i, w / v, doubled letters
(:func:`~briefing.topics.spelling.skeleton` folds them, as it does for people's names). The
first pass keys places by their written form, so the ravine one text writes "barranco del
Poyo" and another "barranc del Poio" is listed twice.

Two one-word names are one place when one of them is a place the gazetteer knows (a ``g:``
key; the other may have been read as a body: "barranco del Poyo"), the other is no person's,
they share a skeleton, and each language writes only one of them: no article writes both (a
text that writes both names two places), and no language's articles are split between them
(a language's writers follow one convention; two spellings within one language are two
names, "Maia" and "Maya" of two towns). Names of fewer than :data:`MIN_LETTERS` letters are
never joined.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence

from briefing.topics.candidates import Occurrence
from briefing.topics.spelling import fold, skeleton

#: The shortest name joined by its spelling.
MIN_LETTERS = 4


def spelling_pairs(
    keys: Iterable[str],
    sightings: Mapping[str, Sequence[Occurrence]],
    is_person: Callable[[str], bool],
    languages: Mapping[str, str],
) -> list[tuple[str, str]]:
    """Pairs (gazetteer place key, other key) of one-word names that are one place (see the
    module's docstring). ``is_person`` says whether a key was read as a person."""
    groups: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        word = key[2:]
        if (
            key[:2] in ("g:", "n:")
            and " " not in word
            and sum(ch.isalpha() for ch in word) >= MIN_LETTERS
            and sightings.get(key)
            and not is_person(key)
        ):
            groups[skeleton(fold(word))].append(key)
    pairs: list[tuple[str, str]] = []
    for group in groups.values():
        places = [k for k in group if k.startswith("g:")]
        if len(group) < 2 or len(places) != 1:
            continue  # no place known, or two the gazetteer tells apart
        articles = [{o.article for o in sightings[k]} for k in group]
        tongues = [{languages.get(a, "") for a in seen} for seen in articles]
        if any(
            articles[i] & articles[j] or tongues[i] & tongues[j]
            for i in range(len(group))
            for j in range(i + 1, len(group))
        ):
            continue  # written side by side, or both in one language: two places
        pairs.extend((places[0], other) for other in group if other != places[0])
    return pairs
