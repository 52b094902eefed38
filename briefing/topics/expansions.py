"""A body's long name in one language and its translation in another, tied by the acronym.

A text that defines a short form ("Autoridad Electoral Permanente (AEP)") says which long
name the letters stand for. Another language translates the long name word by word, often in
another order (Romance adjectives follow the noun, English ones precede it): "Permanent
Election Authority". Word by word the two are too far apart for
:func:`~briefing.topics.phrase_names.phrase_cognates` ("authority" / "autoridad"), but the
acronym is a second witness: the translation's initials are the acronym's letters, in
another order, and every word has a partner alike enough in the defined name.

Two bodies that share initials are told apart by their words: "Election Appeals Panel"
spells the letters of "AEP" too, but "appeals" and "panel" have no partner in "Autoridad
Electoral Permanente". Names written in a common language are never paired (within one
language two names are two things).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from rapidfuzz import fuzz

from briefing.topics.languages import function_words, latin
from briefing.topics.lexicon import STOPWORDS
from briefing.topics.naming import acronym_key
from briefing.topics.spelling import fold, skeleton

#: Each word of the translation has a partner in the defined name at least this alike ...
WORD_RATIO = 60
#: ... and the words are this alike on average.
MEAN_RATIO = 70


def _closed(languages: Iterable[str]) -> frozenset[str]:
    found = set(STOPWORDS)
    for language in languages:
        found |= function_words(language)
    return frozenset(found)


def _words(key: str, closed: frozenset[str]) -> list[str] | None:
    """The content words of a name key ("n:autoridad electoral permanente"), or None when it
    is not a name of two words or more made of letters."""
    words = [w for w in key[2:].replace("'", " ").split() if w not in closed]
    if len(words) < 2 or not all(w.isalpha() for w in words):
        return None
    return words


def _sound(word: str) -> str:
    return skeleton(latin(word)).replace("c", "k")


def _partnered(words: list[str], others: list[str]) -> bool:
    """Each word has its own partner among ``others`` (same number of words), alike enough."""
    if len(words) != len(others):
        return False
    left = [_sound(w) for w in others]
    scores = []
    for word in (_sound(w) for w in words):
        ratios = [fuzz.ratio(word, other) for other in left]
        best = max(range(len(left)), key=ratios.__getitem__)
        if ratios[best] < WORD_RATIO:
            return False
        scores.append(ratios[best])
        del left[best]
    return sum(scores) / len(scores) >= MEAN_RATIO


def one_translated(words: list[str], others: list[str]) -> bool:
    """Two names of the same number of words (two or more) that are one name in two
    languages when a witness says so: every word has a cognate partner but one, translated
    outright, and the two words left over begin alike ("Réseau d'Electricité" and "Red
    Eléctrica": "réseau" is "red"). Asked only where an acronym's letters fit both names
    (:mod:`.country_initials`), which is the witness; "Radio Central" and "Banco Central"
    (other first letters) stay two."""
    if len(words) != len(others) or len(words) < 2:
        return False
    left = [_sound(w) for w in others]
    scores, missed = [], []
    for word in (_sound(w) for w in words):
        ratios = [fuzz.ratio(word, other) for other in left]
        best = max(range(len(left)), key=ratios.__getitem__)
        if ratios[best] < WORD_RATIO:
            missed.append(word)
            continue
        scores.append(ratios[best])
        del left[best]
    if len(missed) > 1 or (missed and missed[0][:1] != left[0][:1]):
        return False
    return sum(scores) / len(scores) >= MEAN_RATIO


def translated_expansions(
    keys: Iterable[str],
    seen_in: Mapping[str, set[str]],
    definitions: Iterable[tuple[str, str]],
    key_of: Callable[[str], str],
) -> list[tuple[str, str]]:
    """Pairs (translation's key, defined long name's key) that are one body.

    ``keys``: the name keys to look among (bodies and places, not people); ``seen_in``: each
    key's languages (from its sightings); ``definitions``: (long form, short form) pairs the
    text defines; ``key_of``: :func:`~briefing.topics.naming.name_key`.
    """
    closed = _closed({lang for langs in seen_in.values() for lang in langs})
    by_letters: dict[str, list[tuple[str, list[str]]]] = {}
    for key in keys:
        words = _words(key, closed)
        if words is not None:
            letters = "".join(sorted(fold(w[0]) for w in words))
            by_letters.setdefault(letters, []).append((key, words))
    pairs = []
    for long, short in dict.fromkeys(definitions):
        letters = "".join(sorted(acronym_key(short)))
        long_key = key_of(long)
        long_words = _words(long_key, closed)
        if long_words is None or "".join(sorted(fold(w[0]) for w in long_words)) != letters:
            continue  # the letters are not the long name's (a name in a third language)
        languages = seen_in.get(long_key, set())
        for key, words in by_letters.get(letters, ()):
            if key == long_key or not languages or languages & seen_in.get(key, set()):
                continue
            if _partnered(words, long_words):
                pairs.append((key, long_key))
    return pairs
