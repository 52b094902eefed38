"""Which cognate pair keys of different languages are one theme (:mod:`.cognate_themes`).

Two keys join when both words of one are cognates of the two of the other, in either order
(French and Spanish put the adjective after the noun): the stems spelled alike or one the
start of the other, and the written forms of their first uses spelled alike. Asking every
pair of keys was most of :func:`~.cognate_themes.cognate_themes` at 10,005 articles (issue
15): the keys of the other language are indexed by each word's stem, and a key asks only
those whose stem is alike to its own (rapidfuzz over a bucket's distinct stems, once per
stem). What joins is the same, so the groups (the joined keys' connected sets) are too.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping

from anyascii import anyascii
from rapidfuzz import fuzz, process

from briefing.topics.spelling import skeleton

__all__ = ["FORM_RATIO", "STEM_RATIO", "c_as_k", "form", "grouped"]

#: Romanised stems of two words at least this alike are cognates (as :mod:`.keywords`) ...
STEM_RATIO = 75
#: ... and their written forms at least this alike.
FORM_RATIO = 70
#: A theme needs this many languages (:data:`~.cognate_themes.MIN_LANGUAGES`): a group
#: needs this many keys.
_MIN_KEYS = 2

#: One use: (article, paragraph, start, end) of the two words.
_Use = tuple[str, int, int, int]


def _bucket(key: tuple[str, str, str]) -> frozenset[str]:
    return frozenset({c_as_k(key[1][0]), c_as_k(key[2][0])})


def grouped(
    pairs: Mapping[tuple[str, str, str], list[_Use]], texts: Mapping[tuple[str, int], str]
) -> list[list[tuple[str, str, str]]]:
    """Pair keys joined across languages when both words are cognates, in either order.

    Keys are bucketed by their words' first letters (cognates start alike, "c" and "k"
    alike), so only keys of one bucket are compared."""
    written: dict[tuple[str, str, str], _Written] = {}
    buckets: dict[frozenset[str], dict[str, list[tuple[str, str, str]]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for key, uses in pairs.items():
        a, i, start, end = uses[0]
        first, _space, second = texts[(a, i)][start:end].partition(" ")
        written[key] = (c_as_k(key[1]), c_as_k(key[2]), form(first), form(second))
        buckets[_bucket(key)][key[0]].append(key)
    parent = {key: key for key in pairs}

    def find(key: tuple[str, str, str]) -> tuple[str, str, str]:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    # The groups are the joined keys' connected sets: which key of a set is its root, and
    # in what order the joins are found, changes none of them.
    for by_language in buckets.values():
        spoken = sorted(by_language)
        for n, one in enumerate(spoken):
            for other in spoken[n + 1 :]:
                for x, y in _cognates(by_language[one], by_language[other], written):
                    if find(x) != find(y):
                        parent[find(y)] = find(x)
    groups: dict[tuple[str, str, str], list[tuple[str, str, str]]] = defaultdict(list)
    for key in pairs:
        groups[find(key)].append(key)
    return [g for g in groups.values() if len(g) >= _MIN_KEYS]


#: A key's two stems ("c" written "k") and the written forms of its first use's two words.
_Written = tuple[str, str, str, str]


def _cognates(
    xs: list[tuple[str, str, str]],
    ys: list[tuple[str, str, str]],
    written: Mapping[tuple[str, str, str], _Written],
) -> Iterator[tuple[tuple[str, str, str], tuple[str, str, str]]]:
    """Each (x, y) of ``xs`` × ``ys`` whose words are cognates (:func:`_alike`), in the same
    order or the other. Not every pair is asked: the ``ys`` are indexed by each word's stem,
    and an x asks only those whose stem of one word is alike to its own (:func:`_stems_alike`,
    once per distinct stem), then the other word and the written forms."""
    # place 0: the same order (y's first word beside x's first); place 1: the other.
    by_stem: list[dict[str, list[tuple[str, str, str]]]] = [defaultdict(list), defaultdict(list)]
    for y in ys:
        by_stem[0][written[y][0]].append(y)
        by_stem[1][written[y][1]].append(y)
    stems = [list(by_stem[0]), list(by_stem[1])]
    alike: list[dict[str, list[str]]] = [{}, {}]
    for x in xs:
        x1, x2, fx1, fx2 = written[x]
        for place in (0, 1):
            found = alike[place].get(x1)
            if found is None:
                found = alike[place][x1] = _stems_alike(x1, stems[place])
            for stem in found:  # y's word beside x's first: its stem is alike
                for y in by_stem[place][stem]:
                    wy = written[y]
                    # y's other word beside x's second; the written forms of both
                    if (
                        _stem_like(x2, wy[1 - place])
                        and fuzz.ratio(fx1, wy[2 + place]) >= FORM_RATIO
                        and fuzz.ratio(fx2, wy[3 - place]) >= FORM_RATIO
                    ):
                        yield x, y


def _stem_like(x: str, y: str) -> bool:
    """Stems spelled alike, or one the start of the other (German "aktivitat" keeps what
    English's "activ" cuts)."""
    return fuzz.ratio(x, y) >= STEM_RATIO or x.startswith(y) or y.startswith(x)


def _stems_alike(stem: str, stems: list[str]) -> list[str]:
    """The ``stems`` :func:`_stem_like` ``stem``: the ratios worked out by rapidfuzz at once."""
    close = {
        s
        for s, _score, _i in process.extract(
            stem, stems, scorer=fuzz.ratio, score_cutoff=STEM_RATIO, limit=None
        )
    }
    return [s for s in stems if s in close or s.startswith(stem) or stem.startswith(s)]


def form(word: str) -> str:
    """A word's written form as cognates are compared: romanised, case-folded, reduced to
    its romanisations' shared key (:func:`~.spelling.skeleton`), "c" as "k"."""
    return c_as_k(skeleton(anyascii(word).casefold()))


def c_as_k(text: str) -> str:
    """ "c" written "k": cognates spell the one sound either way ("activ", "aktivität")."""
    return text.replace("c", "k")
