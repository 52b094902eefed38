"""Place and body names across languages: one name translated word by word, and a
building's name with or without its head noun.

Split from :mod:`briefing.topics.crossnames`, which joins *people*: these rules pair the
names of places and institutions ("Capilla Sixtina" / "Cappella Sistina", "Museo del Louvre"
/ "Louvre"), compare whole phrases with :mod:`rapidfuzz` rather than one surname, and only
run when a briefing is written in several languages.
"""

from __future__ import annotations

from rapidfuzz import fuzz, process

from briefing.topics.languages import latin
from briefing.topics.lexicon import FOREIGN_PLACE_HEADS, fold, skeleton

#: Words that join a name's parts in the languages read here; they are not compared.
_LINK_WORDS = frozenset(
    ["of", "the", "de", "del", "della", "di", "du", "des", "la", "le", "el", "von", "der", "dem"]
)
#: Two words of two names are one word translated by spelling when this alike ...
PHRASE_WORD_RATIO = 70
#: ... and the name's words this alike on average.
PHRASE_RATIO = 80
#: Most pairs compared at 10,000 articles fail on their first word (~600,000 of them): one
#: call into rapidfuzz rules those out before :func:`_matched`'s word-by-word Python.
_FIRST = PHRASE_WORD_RATIO


def _phrase_words(key: str) -> list[str] | None:
    words = [w for w in key[2:].split() if w not in _LINK_WORDS]
    if len(words) < 2 or not all(w.isalpha() for w in words):
        return None  # "Nord Stream 2": numbers and marks tell things apart
    return [skeleton(latin(w)).replace("c", "k") for w in words]


def phrase_cognates(keys: list[str], languages: dict[str, set[str]]) -> list[tuple[str, str]]:
    """Pairs of place or body names that are one name in two languages, word by word:
    "Capilla Sixtina" / "Cappella Sistina", "Plaza de San Pedro" / "Piazza San Pietro".

    Both have the same number of words (joining words such as "de" or "di" aside), in any
    order each word has a partner at least :data:`PHRASE_WORD_RATIO` alike and the whole at
    least :data:`PHRASE_RATIO`, and the two are written in different languages (within one
    language two spellings are two things). Names with numbers are never paired.
    """
    by_length: dict[int, list[tuple[str, list[str]]]] = {}
    for key in keys:
        words = _phrase_words(key)
        if words is not None:
            by_length.setdefault(len(words), []).append((key, words))
    pairs = []
    for group in by_length.values():
        for i, j in _across_languages(group, languages):
            (a, wa), (b, wb) = group[i], group[j]
            if process.extractOne(wa[0], wb, scorer=fuzz.ratio, score_cutoff=_FIRST) is None:
                continue  # no partner for the first word: :func:`_matched` stops there too
            scores = _matched(wa, wb)
            if (
                scores
                and min(scores) >= PHRASE_WORD_RATIO
                and (sum(scores) / len(scores) >= PHRASE_RATIO)
            ):
                pairs.append((a, b))
    return pairs


def _across_languages(
    group: list[tuple[str, list[str]]], languages: dict[str, set[str]]
) -> list[tuple[int, int]]:
    """The pairs (i < j) of ``group`` written in no common language, in the order of
    comparing every pair. Names are first sorted by their set of languages, so the pairs of
    one language (nearly all of them in a large briefing in one language: millions at
    10,000 articles) are never visited."""
    by_languages: dict[frozenset[str], list[int]] = {}
    for index, (key, _words) in enumerate(group):
        by_languages.setdefault(frozenset(languages.get(key, ())), []).append(index)
    sets = list(by_languages)
    pairs: list[tuple[int, int]] = []
    for n, first in enumerate(sets):
        for second in sets[n:]:
            if first & second:
                continue
            for i in by_languages[first]:
                pairs.extend((min(i, j), max(i, j)) for j in by_languages[second] if j != i)
    return sorted(set(pairs))


def _matched(a: list[str], b: list[str]) -> list[float]:
    """Greedy best partners, each word of ``b`` used once; the scores stop at the first
    below :data:`PHRASE_WORD_RATIO`, which already rules the pair out (at 10,000 articles
    most pairs compared fail on their first word)."""
    left = list(b)
    scores = []
    for word in a:
        ratios = [fuzz.ratio(word, other) for other in left]
        best = max(range(len(left)), key=ratios.__getitem__)  # the first best, as max gives
        scores.append(ratios[best])
        if ratios[best] < PHRASE_WORD_RATIO:
            break
        del left[best]
    return scores


#: English heads of a building's or site's name, written after the name ("Louvre Museum").
ENGLISH_PLACE_HEADS = frozenset(
    ["museum", "cathedral", "palace", "chapel", "basilica", "gallery", "church", "abbey"]
)


#: The heads as name keys spell them (accents folded: "musée" → "musee").
_FOREIGN_HEAD_KEYS = frozenset(fold(h) for h in FOREIGN_PLACE_HEADS)


def headed_names(keys: list[str], bodies: set[str]) -> list[tuple[str, str]]:
    """Pairs (long, short): a building's name with its head noun and the bare name the
    briefing also uses for it — "Museo del Louvre" / "musée du Louvre" / "Louvre Museum" and
    "Louvre". The bare name is one word and a place or body (``bodies``): "Basilica di San
    Pietro" and "Piazza San Pietro" share no one-word name and stay two places.
    """
    pairs = []
    for key in keys:
        words = [w for w in key[2:].split() if w not in _LINK_WORDS]
        if len(words) != 2:
            continue
        if words[0] in _FOREIGN_HEAD_KEYS:
            bare = words[1]
        elif words[1] in ENGLISH_PLACE_HEADS:
            bare = words[0]
        else:
            continue
        for prefix in ("n:", "g:"):
            if prefix + bare in bodies:
                pairs.append((key, prefix + bare))
    return pairs
