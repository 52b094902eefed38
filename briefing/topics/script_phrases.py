"""Names of several words written in Cyrillic and in Latin letters: one venue, one body.

A Russian article writes a foreign venue letter by letter, or by ear ("Borealis City Hall"
→ "Бореалис Сити Холл", "в Бореалис Сити Холле"), and declines it; pymorphy3 already gives
the declined forms one key (:func:`~briefing.topics.naming.name_key`, hyphenated words
part by part). :func:`script_cognates` pairs that key with the Latin name: the same number
of words, each Cyrillic word in one of its romanisations (:mod:`.romanise`) close to its
Latin partner in the same place. One-word names are :func:`~.crossnames.one_word_names`'
business; people whose both names agree are :mod:`.romanise`'s.

A run of capitalised Cyrillic words is person-shaped, and a venue in Russian often comes out
a "person". Its Latin partner, read in a language whose capitals and head nouns say more
("Hall", "Museum"), decides the kind: the Cyrillic sightings vote for the Latin partner's.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, MutableMapping
from itertools import product

from rapidfuzz import fuzz

from briefing.topics.candidates import Occurrence
from briefing.topics.romanise import romanisations
from briefing.topics.spelling import edit_distance_at_most_one, fold, skeleton

#: A word of a name: hyphens split words ("Карнеги-холл" / "Carnegie Hall").
_WORDS = re.compile(r"[^\W\d_]+")
#: Two words this alike (rapidfuzz ratio) are one word spelled by ear, when both are long.
WORD_RATIO = 75


def _sound(word: str) -> str:
    """Latin "c" as it sounds before a front vowel ("city" ~ "сити"), hard elsewhere."""
    return re.sub(r"c(?=[eiy])", "s", word).replace("c", "k")


def _alike(cyrillic: tuple[str, ...], latin: str) -> bool:
    for option in cyrillic:
        a, b = _sound(option), _sound(latin)
        if a == b or (min(len(a), len(b)) >= 3 and edit_distance_at_most_one(a, b)):
            return True
        if min(len(a), len(b)) >= 5 and fuzz.ratio(a, b) >= WORD_RATIO:
            return True
    return False


def words_of(key: str) -> list[str]:
    """A Latin name key's words as person keys spell them ("n:city hall" → city, hal)."""
    return [skeleton(w) for w in _WORDS.findall(fold(key[2:]))]


def script_cognates(
    keys: Iterable[str],
    cyrillic: set[str],
    sightings: Mapping[str, list[Occurrence]],
    kinds: MutableMapping[str, Counter[str]],
) -> list[tuple[str, str]]:
    """Pairs (Cyrillic key, Latin key) of one name of two words or more in two scripts.

    The Latin side is a place or body (no person votes); exactly one Latin name must fit.
    The Cyrillic key's kind votes are moved to the Latin partner's kind (``kinds`` is
    changed in place). One-word regions in two languages' forms (:func:`region_forms`) are
    paired too.
    """
    keys = list(keys)
    # Latin names by the opening letter of each word as sounded: a Cyrillic name looks up
    # only the names whose every word opens as one of its romanisations' does (a first
    # letter spelled differently is missed), so a large briefing never compares all pairs.
    latin: dict[tuple[str, ...], list[tuple[str, list[str]]]] = {}
    for key in keys:
        if key in cyrillic or key[:2] not in ("n:", "g:") or kinds[key]["person"]:
            continue
        words = words_of(key)
        if len(words) >= 2:
            latin.setdefault(tuple(_sound(w)[:1] for w in words), []).append((key, words))
    pairs = []
    for key in sorted(cyrillic):
        occurrences = sightings.get(key, ())
        if not occurrences or not latin:
            continue
        spelled = [romanisations(w) for w in _WORDS.findall(occurrences[0].surface)]
        openings = product(*({_sound(option)[:1] for option in word} for word in spelled))
        fits = [
            other
            for opening in openings
            for other, other_words in latin.get(opening, ())
            if all(_alike(c, w) for c, w in zip(spelled, other_words, strict=True))
        ]
        if len(fits) != 1 or len(spelled) < 2:
            continue
        partner = fits[0]
        if kinds.get("p:" + " ".join(words_of(partner)), Counter())["person"]:
            continue  # also read as a person: a name for romanise.scheme_pairs, not a venue
        if kinds[partner]:
            kind = kinds[partner].most_common(1)[0][0]
            kinds[key] = Counter({kind: sum(kinds[key].values())})
        pairs.append((key, partner))
    return pairs + region_forms(keys, kinds)


#: How the languages end the name of a region or a country on one stem: "Thessaly" /
#: "Thessalien" / "Thessalie" / "Tessaglia"-like forms, "Liguria" / "Ligurie" / "Ligurië" /
#: "Ligurien" (skeleton spellings: accents folded, doubled letters single, "y" an "i"). A closed
#: grammatical list, longest first.
REGION_ENDINGS = ("ien", "ija", "ia", "ie", "ja", "i")
#: The stem left must be this long: "Ind-ia" / "Ind-ien" are too short to say it is one name.
REGION_STEM = 5


def region_forms(keys: Iterable[str], kinds: Mapping[str, Counter[str]]) -> list[tuple[str, str]]:
    """Pairs of one-word places that are one region's name in two languages: the same stem
    with two different region endings ("Thessaly" / "Thessalien"). Both must end so: a bare
    stem is another place ("Niger" / "Nigeria"), and so is another stem ("Austria" /
    "Australia"). Only names the briefing takes for places (their sightings' vote)."""
    by_stem: dict[str, list[tuple[str, str]]] = {}
    for key in keys:
        word = key[2:]
        if " " in word or not (key.startswith("g:") or kinds[key]["place"] > 0):
            continue
        if key.startswith("n:") and kinds[key]["place"] < max(kinds[key].values()):
            continue
        skel = skeleton(fold(word.casefold()))
        ending = next((e for e in REGION_ENDINGS if skel.endswith(e)), None)
        if ending is not None and len(skel) - len(ending) >= REGION_STEM:
            by_stem.setdefault(skel[: -len(ending)], []).append((ending, key))
    pairs: list[tuple[str, str]] = []
    for forms in by_stem.values():
        first_ending, first = forms[0]
        pairs.extend((first, key) for ending, key in forms[1:] if ending != first_ending)
    return pairs
