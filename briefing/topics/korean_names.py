"""Korean people and places joined across the scripts the packet writes them in.

A Korean name is one name in Latin ("Kim Jong-un", "Kim Jong Un"), Cyrillic ("Ким Чен Ын"),
Hanja ("金正恩", in Chinese and Japanese articles), Hangul ("김정은") and katakana
("キムジョンウン"); each script's word scan finds its own spelling, and the topics fall apart
(one of them a body, since no title showed a person). Once the clusters have their mentions
(:func:`~.assemble.build`), this:

- **merges** the clusters whose names have one key (:mod:`.korean_keys`: consonant skeleton
  and syllable count) where one of them is shaped as a Korean person's name (a family name
  and a two-syllable given name) or a Korean place's (a hyphenated "-ri", "-do" ...), and
  gives the merged cluster that kind. Two Latin spellings with one key but other vowels
  ("Kim Jong-un", "Kim Jung-eun") are two people: that key joins nothing;
- **adds** the uses of those names, and of a long Latin word of Korean syllables
  ("Sungjibaegam"), in a capitalised Cyrillic word (a one-word place: "Пунгери", which the
  first pass may leave alone) and in the paragraphs of scripts without capitals: a Hangul
  word of three syllables at least (a particle after it allowed; a town the gazetteer has in
  Korea with its county or city suffix: "길주군", "吉州郡"), a run of Han characters read as
  Hanja (three syllables at least: a shorter run is too often another word), a run of
  katakana (five consonants at least).

A key two clusters of the packet share is nobody's in those scripts, so a family name that
several people bear never picks one of them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence

from briefing.topics.candidates import Occurrence
from briefing.topics.korean_keys import (
    HANGUL_SUFFIXES,
    han_keys,
    han_readings,
    korean_cities,
    korean_syllables,
    latin_fold,
    name_folds,
    name_keys,
    person_shape,
    place_shape,
    skeleton,
    suffixed_keys,
    syllables,
)
from briefing.topics.rank import Cluster
from briefing.topics.uncased_sounds import HAN, HANGUL, KATAKANA, PARTICLES

__all__ = ["join_korean_names"]

_HANGUL_WORD = re.compile(f"[{HANGUL}]+")
_HAN_RUN = re.compile(f"[{HAN}]+")
_KANA_RUN = re.compile(f"[{KATAKANA}・]+")
_CYRILLIC = re.compile("^[\u0400-\u04ff ]+$")
_CYRILLIC_WORD = re.compile("(?<![\u0400-\u04ff])[\u0410-\u042f\u0401][\u0430-\u044f\u0451]{3,}")
#: The fewest syllables a Han run must read as, and consonants a katakana run must have.
MIN_HAN = 3
MIN_KANA = 5
#: The Hanja of a town's administrative suffixes ("吉州郡", county; not "平壤时间", time).
_HANJA_SUFFIXES = frozenset("里洞郡道邑面市")
#: The fewest syllables a Hangul word must have: of two, "결제" (payment) is "Kilju"'s key.
MIN_HANGUL = 3
#: The fewest consonants and syllables a one-word Latin or Cyrillic name must have.
MIN_WORD_CONSONANTS = 5
MIN_WORD_SYLLABLES = 3

Key = tuple[str, int]
#: Particles of place and source after a name, beside :data:`~.uncased_sounds.PARTICLES`
#: ("성지배감에서", from Sungjibaegam), the longest first.
_ALL_PARTICLES = tuple(
    sorted(
        {*PARTICLES, "에서", "에서는", "에는", "에도", "에", "부터", "에서의"},
        key=len,
        reverse=True,
    )
)


def _shape(surfaces: Iterable[str]) -> tuple[str, set[str]]:
    """The cluster's Korean shape and the names that show it: "person", "place", "cyrillic"
    (a name in Cyrillic, joined only to a shaped one), "word" (uses only), or ""."""
    surfaces = set(surfaces)
    people = {s for s in surfaces if person_shape(s)}
    if people:
        return "person", people
    places = {s for s in surfaces if place_shape(s)}
    if places:
        return "place", places
    cyrillic = {s for s in surfaces if _CYRILLIC.match(s)}
    if cyrillic and cyrillic == surfaces:
        return "cyrillic", cyrillic
    words = {
        s
        for s in surfaces
        if " " not in s
        and len(s) >= MIN_WORD_CONSONANTS + 2
        and s.isascii()
        and korean_syllables(s)
        and syllables(s) >= MIN_WORD_SYLLABLES
        and len(skeleton(s)) >= MIN_WORD_CONSONANTS
    }
    return ("word", words) if words else ("", set())


def _korean_town(name: str) -> bool:
    """A town of Korea by the gazetteer, its name Korean syllables of two at least."""
    return name in korean_cities() and korean_syllables(name) and syllables(name) >= 2


def _keys(shape: str, names: Iterable[str]) -> set[Key]:
    keys: set[Key] = set()
    for name in names:
        count = syllables(name)
        if shape == "cyrillic" and " " not in name and count < MIN_WORD_SYLLABLES:
            continue  # "Пхеньян": two syllables are too few to tell a one-word name
        keys.update((k, count) for k in name_keys(name))
    return keys


def join_korean_names(
    clusters: dict[str, Cluster], paragraphs: Sequence[tuple[str, int, str]]
) -> None:
    """Merge the Korean names' clusters and add their uses in uncased scripts (module
    docstring)."""
    shaped: dict[str, tuple[str, set[Key], set[str]]] = {}
    for root, c in clusters.items():
        if c.kind not in ("person", "organisation", "place") or not c.occurrences:
            continue
        if root.startswith("g:") and c.kind == "place" and _korean_town(root[2:]):
            # "Kilju", a town the gazetteer has in Korea: also "길주군", "吉州郡" (county)
            keys = _keys("place", {root[2:]}) | suffixed_keys(root[2:])
            folds = name_folds(root[2:]) | {latin_fold(f"{root[2:]} {h}") for h in HANGUL_SUFFIXES}
            shaped[root] = ("place", keys, folds)
            continue
        shape, names = _shape(o.surface for o in c.occurrences)
        if shape:
            folds = {f for n in names for f in name_folds(n)}
            shaped[root] = (shape, _keys(shape, names), folds)
    if not any(s in ("person", "place", "word") for s, _, _ in shaped.values()):
        return
    owners: dict[Key, set[str]] = {}
    for root, (_, keys, _) in shaped.items():
        for key in keys:
            owners.setdefault(key, set()).add(root)
    _merge(clusters, shaped, owners)
    uncased = [p for p in paragraphs if not p[2].isascii()]
    wanted: dict[Key, set[str]] = {}
    for root, (shape, keys, _) in shaped.items():
        if root in clusters and shape != "cyrillic":
            for key in keys:
                wanted.setdefault(key, set()).add(root)
    unique = {k: next(iter(r)) for k, r in wanted.items() if len(r) == 1}
    places = {k: r for k, r in unique.items() if shaped[r][0] in ("place", "word")}
    korean = {k for k, r in unique.items() if shaped[r][0] in ("person", "place")}
    # A Korean name the packet spells in Latin letters is read with its vowels in Hangul and
    # Hanja, whose syllables are exact ("分公司", 분공사, has Pyongyang-si's consonants).
    spelled = {r: shaped[r][2] for r in unique.values() if shaped[r][0] in ("person", "place")}
    spelled = {r: f for r, f in spelled.items() if f}
    towns = {r: syllables(r[2:]) + 1 for r in spelled if r.startswith("g:")}
    found = _uses(unique, korean, uncased, spelled, towns)
    for root, occs in _cyrillic_uses(places, uncased).items():
        found.setdefault(root, []).extend(occs)
    for root, occs in found.items():
        seen = {(o.article, o.paragraph, o.start) for o in clusters[root].occurrences}
        clusters[root].occurrences.extend(
            o for o in occs if (o.article, o.paragraph, o.start) not in seen
        )


def _merge(
    clusters: dict[str, Cluster],
    shaped: dict[str, tuple[str, set[Key], set[str]]],
    owners: dict[Key, set[str]],
) -> None:
    """Join the clusters that share a key with a person- or place-shaped one."""
    parent = {root: root for root in shaped}

    def find(root: str) -> str:
        while parent[root] != root:
            parent[root] = parent[parent[root]]
            root = parent[root]
        return root

    for roots in owners.values():
        if len(roots) < 2 or not any(shaped[r][0] in ("person", "place") for r in roots):
            continue
        spellings = [shaped[r][2] for r in roots if shaped[r][2]]
        if spellings and not set.intersection(*spellings):
            continue  # two Latin spellings with other vowels: maybe two people
        first, *rest = sorted(roots)
        for root in rest:
            parent[find(root)] = find(first)
    groups: dict[str, list[str]] = {}
    for root in shaped:
        groups.setdefault(find(root), []).append(root)
    for members in groups.values():
        shapes = {shaped[r][0] for r in members}
        kind = "person" if "person" in shapes else "place" if "place" in shapes else ""
        kinds = ("person", "place")  # a tie goes to the Latin name
        if not kind:
            continue
        target = max(
            members, key=lambda r: (len(clusters[r].occurrences), shaped[r][0] in kinds, r)
        )
        for root in members:
            if root != target:
                clusters[target].occurrences.extend(clusters.pop(root).occurrences)
        clusters[target].kind = kind


def _uses(
    wanted: dict[Key, str],
    korean: set[Key],
    paragraphs: Sequence[tuple[str, int, str]],
    spelled: dict[str, set[str]],
    towns: dict[str, int],
) -> dict[str, list[Occurrence]]:
    """Each root → its name's uses in Hangul, Han and katakana (module docstring)."""
    out: dict[str, list[Occurrence]] = {}
    # Hanja readings spell Korean names only: a word not shaped as one is written in Han by
    # its Mandarin sounds ("Sungjibaegam" 松济北干), never by the readings of its letters.
    hanja = {k: r for k, r in wanted.items() if k in korean}
    han_counts = sorted({n for _, n in hanja if n >= MIN_HAN}, reverse=True)
    kana: dict[str, set[str]] = {}
    for (key, _), root in wanted.items():
        if len(key) >= MIN_KANA:
            kana.setdefault(key, set()).add(root)

    def add(root: str, article: str, index: int, start: int, surface: str) -> None:
        out.setdefault(root, []).append(
            Occurrence(article, index, start, start + len(surface), surface)
        )

    for article, index, text in paragraphs:
        for m in _HANGUL_WORD.finditer(text):
            word = m.group()
            for form in (word, *(word[: -len(p)] for p in _ALL_PARTICLES if word.endswith(p))):
                count = syllables(form)
                owner = wanted.get((skeleton(form), count)) if count >= MIN_HANGUL else None
                if owner is not None and latin_fold(form) in spelled.get(owner, {latin_fold(form)}):
                    add(owner, article, index, m.start(), form)
                    break
        for m in _HAN_RUN.finditer(text):
            run, i = m.group(), 0
            while i < len(run):
                found = _han_name(run, i, han_counts, hanja, spelled)
                if (
                    found is not None
                    and towns.get(found[0]) == found[1]
                    and run[i + found[1] - 1] not in _HANJA_SUFFIXES  # "平壤时(间)", time
                ):
                    found = None
                if found is None:
                    i += 1
                    continue
                add(found[0], article, index, m.start() + i, run[i : i + found[1]])
                i += found[1]
        for m in _KANA_RUN.finditer(text):
            roots = kana.get(skeleton(m.group().replace("・", "").replace("ー", "")))
            if roots is not None and len(roots) == 1:
                add(next(iter(roots)), article, index, m.start(), m.group())
    return out


def _han_name(
    run: str, i: int, counts: list[int], wanted: dict[Key, str], spelled: dict[str, set[str]]
) -> tuple[str, int] | None:
    """The root whose name ``run[i:]`` reads as, longest first, and how many characters; a
    first character no wanted key can start with is passed at once (most of them)."""
    firsts = _first_skeletons(run[i])
    if not firsts:
        return None
    for n in counts:
        if i + n > len(run):
            continue
        if not any(k.startswith(f) for k, c in wanted if c == n for f in firsts):
            continue
        for key in _han_keys(run[i : i + n]):
            root = wanted.get((key, n))
            if root is not None and (
                root not in spelled or _han_folds(run[i : i + n]) & spelled[root]
            ):
                return root, n
    return None


@functools.lru_cache(maxsize=4096)
def _first_skeletons(char: str) -> frozenset[str]:
    """The skeletons of a Han character's readings ("이" has an empty one, which any key
    starts with)."""
    return frozenset(han_keys(char))


@functools.lru_cache(maxsize=65536)
def _han_keys(run: str) -> frozenset[str]:
    return frozenset(han_keys(run))


def _cyrillic_uses(
    places: dict[Key, str], paragraphs: Sequence[tuple[str, int, str]]
) -> dict[str, list[Occurrence]]:
    """A one-word place's name in a capitalised Cyrillic word the first pass left alone
    ("Пунгери" beside "Пхунгери"), three syllables at least (:data:`MIN_WORD_SYLLABLES`)."""
    out: dict[str, list[Occurrence]] = {}
    if not places:
        return out
    for article, index, text in paragraphs:
        for m in _CYRILLIC_WORD.finditer(text):
            count = syllables(m.group())
            root = places.get((skeleton(m.group()), count)) if count >= MIN_WORD_SYLLABLES else None
            if root is not None:
                out.setdefault(root, []).append(
                    Occurrence(article, index, m.start(), m.end(), m.group())
                )
    return out


@functools.lru_cache(maxsize=4096)
def _han_folds(run: str) -> frozenset[str]:
    """A Han run's readings with their vowels (:func:`~.korean_keys.latin_fold`)."""
    return frozenset(latin_fold(reading) for reading in han_readings(run))
