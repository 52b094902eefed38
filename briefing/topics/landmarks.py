"""Landmarks written as a generic head and a proper part: one place across languages.

A river, a tower, a bridge, a square or a cathedral is named in each language by that
language's noun for the feature and a proper part the languages share: "Eiffel Tower", "Tour
Eiffel", "tour Eiffel"; "Pont d'Austerlitz", "Austerlitz-Brücke"; "River Seine", "la Seine",
"río Sena", "реке Сене". Each written form is a name of its own to the first pass, and a head
it does not know as a place's leaves the kind to the name's shape ("the Seine" reads like a
body, as "the Guardian" does).

:func:`readings` reads each name's (feature, proper part): from the name itself, its head at
either end (:data:`HEADS`, nouns for the features only, a small table per language; no
landmark's name is listed), or from the word beside a bare name in the text ("río Sena",
"Seine River", "la tour Eiffel"). :func:`landmark_pairs` then joins two names when

- their features are the same and their proper parts are one word once accents and case are
  folded ("Eiffel Tower" / "Tour Eiffel"), or
- their features are the same, the names are written by articles of different languages
  (one language writes one river one way) and their proper parts, romanised, keep the same
  consonants (:func:`landmark_key`, "Seine" / "Sena" / "Сене"), begin with the same letter
  and no other proper part of that feature in the packet has the key.

Never two features that share a proper part ("Pont d'Austerlitz" and "Gare d'Austerlitz" are
two places), nor two proper parts that share a head ("Eiffel Tower" and "Montparnasse Tower").
A name with a river's head, and every name joined here, is a place: a river is never a body.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence

from anyascii import anyascii

from briefing.topics.candidates import Occurrence
from briefing.topics.lexicon import words
from briefing.topics.spelling import fold
from briefing.topics.uncased_sounds import sound_key

__all__ = ["HEADS", "feature_span", "landmark_key", "landmark_pairs", "readings", "split_name"]


def _table(**features: str) -> dict[str, str]:
    return {word: feature for feature, words in features.items() for word in words.split()}


#: Nouns for a geographic feature or a landmark, written with a name in Latin or Cyrillic
#: letters (inflected Russian forms too), by the feature they name. Data about the
#: languages, not about any place.
HEADS: dict[str, str] = _table(
    river="""river fluss fleuve rivière río fiume rzeka rzece rzeki reka řeka nehir nehri
        река реки реке реку рекой""",
    tower="""tower tour turm torre toren wieża башня башни башне башню башней""",
    bridge="""bridge pont brücke puente ponte brug most мост моста мосту мостом""",
    square="""square place platz plaza piazza praça plein plac площадь площади""",
    cathedral="""cathedral cathédrale kathedrale catedral cattedrale katedra kathedraal
        собор собора соборе""",
    station="""station gare bahnhof estación stazione estação dworzec вокзал вокзала вокзале""",
)
#: Words between a head that comes first and the proper part: "Pont d'Austerlitz", "Place de
#: la Concorde", "Tower of London".
_LINKS = words("d de del della di du des la le of the von der dos das do da")
_WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_ELIDED = re.compile(r"^[dl]['’]", re.IGNORECASE)
#: Link words between a feature noun before a name and the name: "place du Trocadéro".
_BEFORE_LINKS = words("de del di du la")
_APOSTROPHES = ("'", "’")
#: What joins a name to a feature noun after it: "Seine River", "Austerlitz-Brücke".
_AFTER_MARKS = (" ", "-", "‐")
_LETTERS = re.compile(r"[^\W\d_]+")
#: A definite article just before a name, in the languages that write one.
_ARTICLE = re.compile(
    r"(?:^|\W)(?:the|la|le|l['’]|der|die|das|den|dem|des|el|il|lo|los|las|het|de)\s*$",
    re.IGNORECASE,
)
#: The fewest consonants a proper part keeps to be matched by its sounds.
MIN_CONSONANTS = 2


@functools.lru_cache(maxsize=1 << 14)
def split_name(surface: str) -> tuple[str, str] | None:
    """(feature, proper part) of a name written with its head, or None: "Tour Eiffel" →
    ("tower", "Eiffel"), "Austerlitz-Brücke" → ("bridge", "Austerlitz")."""
    words = _WORDS.findall(surface.replace("-", " ").replace("‐", " "))
    if len(words) < 2:
        return None
    first, last = words[0].casefold(), words[-1].casefold()
    if first in HEADS and last not in HEADS:
        rest = words[1:]
        while rest and rest[0].casefold() in _LINKS:
            rest = rest[1:]
        rest = [_ELIDED.sub("", w) for w in rest]
        if rest and rest[0][:1].isupper():
            return HEADS[first], " ".join(rest)
    if last in HEADS and first not in HEADS:
        rest = words[:-1]
        if rest[0][:1].isupper() and rest[-1].casefold() not in _LINKS:
            return HEADS[last], " ".join(rest)
    return None


def context_feature(text: str, start: int, end: int) -> str | None:
    """The feature a bare name's neighbour in the text names: "río Sena", "Seine River"."""
    span = feature_span(text, start, end)
    return span[0] if span is not None else None


def feature_span(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """(feature, start, end) of a name at ``start:end`` with the feature noun beside it
    ("tour Eiffel", "place du Trocadéro", "Austerlitz-Brücke"), or None. Plain string work,
    no pattern: it is asked of every one-word name of the briefing."""
    window = text[max(0, start - 40) : start]
    if window[-1:].isspace() or (window[-2:-1] in ("d", "l") and window[-1:] in _APOSTROPHES):
        tokens = window.split()
        if tokens and tokens[-1][-1:] in _APOSTROPHES and len(tokens[-1]) == 2:
            tokens.pop()  # "d’", "l’": elided "de", "la"
        for _ in range(2):
            if len(tokens) > 1 and tokens[-1].casefold() in _BEFORE_LINKS:
                tokens.pop()
        head = tokens[-1] if tokens else ""
        feature = HEADS.get(head.casefold()) if head.isalpha() else None
        if feature is not None:
            return feature, start - len(window) + window.rindex(head), end
    if text[end : end + 1] in _AFTER_MARKS:
        after = _LETTERS.match(text, end + 1)
        feature = HEADS.get(after.group().casefold()) if after is not None else None
        if after is not None and feature is not None:
            return feature, start, after.end()
    return None


def readings(
    occ: Mapping[str, Sequence[Occurrence]],
    texts: Mapping[tuple[str, int], str],
    person: Callable[[str], bool],
) -> dict[str, set[tuple[str, str]]]:
    """Each name key → the (feature, proper part) pairs its written forms or their neighbours
    in the text give it. People are never landmarks ("Trump Tower" is no Trump)."""
    found: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for key, uses in occ.items():
        if not key.startswith("n:") or person(key):
            continue
        for o in uses:
            split = split_name(o.surface)
            if split is not None:
                found[key].add(split)
            elif " " not in o.surface and o.surface[:1].isupper():
                text = texts.get((o.article, o.paragraph), "")
                feature = context_feature(text, o.start, o.end) if text else None
                if feature is not None:
                    found[key].add((feature, o.surface))
    _bare_rivers(found, occ, texts, person)
    return dict(found)


def _bare_rivers(
    found: dict[str, set[tuple[str, str]]],
    occ: Mapping[str, Sequence[Occurrence]],
    texts: Mapping[tuple[str, int], str],
    person: Callable[[str], bool],
) -> None:
    """A river is written by its proper part alone after a definite article ("the Seine",
    "sur la Seine", "auf der Seine"): a one-word name the packet also writes as a river's
    ("River Seine"), written after an article at least half the times, is that river. Only a
    river: a tower or a bridge is not named bare, and a proper part two features share
    ("Austerlitz": a bridge and a station) names neither."""
    features: dict[str, set[str]] = defaultdict(set)
    for pairs in found.values():
        for feature, proper in pairs:
            features[fold(proper)].add(feature)
    rivers = {proper for proper, kinds in features.items() if kinds == {"river"}}
    if not rivers:
        return
    for key, uses in occ.items():
        if not key.startswith("n:") or key in found or person(key) or not uses:
            continue
        surface = uses[0].surface
        if fold(surface) not in rivers or any(o.surface != surface for o in uses):
            continue
        after_article = sum(
            1 for o in uses if _ARTICLE.search(texts.get((o.article, o.paragraph), "")[: o.start])
        )
        if 2 * after_article >= len(uses):
            found[key] = {("river", surface)}


@functools.lru_cache(maxsize=1 << 12)
def landmark_key(proper: str) -> str:
    """A proper part's consonants as every script's spelling by ear keeps them
    (:func:`~.uncased_sounds.sound_key`), with the few sounds they write apart folded: the
    Japanese doubling mark ("エッフェル" is "Eiffel"), "ts"/"tz" and the letters Chinese and
    Korean write it with ("茨" ci, "츠" cheu: "Austerlitz")."""
    text = anyascii(proper.replace("ッ", "").replace("ｯ", "")).casefold()
    for old, new in (("tz", "s"), ("ts", "s"), ("cheu", "seu"), ("ci", "si")):
        text = text.replace(old, new)
    return sound_key(re.sub(r"[^a-z]", "", text))


def landmark_pairs(
    found: Mapping[str, set[tuple[str, str]]],
    seen_in: Mapping[str, set[str]],
) -> list[tuple[str, str]]:
    """Pairs of name keys that name one landmark (see the module's docstring); ``seen_in``
    gives each key's articles' languages."""
    by_proper: dict[tuple[str, str], set[str]] = defaultdict(set)
    for key, pairs in found.items():
        for feature, proper in pairs:
            by_proper[feature, fold(proper)].add(key)
    joined: list[tuple[str, str]] = []
    for keys in by_proper.values():
        ordered = sorted(keys)
        joined.extend((ordered[0], other) for other in ordered[1:])
    # By sound: the keys of one feature whose proper parts keep the same consonants.
    by_sound: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for (feature, proper), keys in by_proper.items():
        for key in keys:
            for written_feature, written in found[key]:
                if written_feature != feature or fold(written) != proper:
                    continue
                roman = fold(anyascii(written))
                sound = landmark_key(written)
                if len(sound) >= MIN_CONSONANTS and roman[:1].isalpha():
                    by_sound[feature, roman[:1] + sound][key].add(roman)
    for spellings in by_sound.values():
        if len({frozenset(r) for r in spellings.values()}) > 1 and _apart(spellings, seen_in):
            first, *others = sorted(spellings)
            joined.extend((first, k) for k in others)
    return joined


def _apart(spellings: Mapping[str, set[str]], seen_in: Mapping[str, set[str]]) -> bool:
    """Whether no language writes two of the keys with no spelling in common: a language
    has one name for a feature, so two spellings in one language are two places."""
    keys = sorted(spellings)
    for i, a in enumerate(keys):
        for b in keys[i + 1 :]:
            if seen_in.get(a, set()) & seen_in.get(b, set()) and not spellings[a] & spellings[b]:
                return False
    return all(seen_in.get(k) for k in keys)


def qualified_pairs(
    found: Mapping[str, Iterable[tuple[str, str]]],
    occ: Mapping[str, Sequence[Occurrence]],
    place: Callable[[str], bool],
) -> list[tuple[str, str]]:
    """A landmark's proper part qualified by the city it is in is the landmark: "Notre-Dame de
    Paris" is the "Notre Dame Cathedral" of the packet. The qualifier must be a place, and the
    proper part one landmark's alone ("Austerlitz", a bridge's and a station's, is neither)."""
    owners: dict[str, set[str]] = defaultdict(set)
    for key, pairs in found.items():
        for _feature, proper in pairs:
            owners[_plain(proper)].add(key)
    joined = []
    for key, uses in occ.items():
        if not key.startswith("n:") or key in found or not uses:
            continue
        m = _QUALIFIED.match(uses[0].surface)
        if m is None or not place(m.group(2)):
            continue
        keys = owners.get(_plain(m.group(1)), set())
        if len(keys) == 1:
            joined.append((next(iter(keys)), key))
    return joined


def _plain(proper: str) -> str:
    return fold(proper).replace("-", " ").replace("‐", " ")


#: A name and the place it is in: "Notre-Dame de Paris", "Tower of London".
_QUALIFIED = re.compile(r"^(\w[\w’'‐ -]*?) (?:de|of|di|du|von|in|à) (\w[\w ]*)$")


def river_keys(found: Mapping[str, Iterable[tuple[str, str]]]) -> set[str]:
    """The keys written as a river's name: a place, whatever their shape says."""
    return {key for key, pairs in found.items() if any(f == "river" for f, _p in pairs)}
