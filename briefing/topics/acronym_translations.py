"""One body defined under two acronyms in two languages, its long names translations.

A body's acronym often differs by language: the Court of Arbitration for Sport is "CAS" in
English and "TAS" in French ("Tribunal arbitral du sport"), the International Olympic
Committee "МОК" in Russian ("Международный олимпийский комитет"). :mod:`.expansions` joins a
translation only when the letters are the same in both; here the letters differ, so the long
names alone must say it. Two defined long names (each written before its acronym in a
bracket) are one body when:

- they are written in languages the other never is (within one language two names are two
  bodies), and their acronyms differ (same letters: :mod:`.expansions`);
- they have as many content words, three or more, and all of them but one pair one to one
  with a partner alike enough once romanised ("arbitration" / "arbitral", "sport" / "sport",
  "олимпийским" / "olympic"); the one word left on each side is the word each language
  translates ("court" / "tribunal", "международным" / "international");
- neither word left over names a place or a people ("Russian", "rusa", "russe": the national
  agency is not the world's), as the gazetteer or the packet's places say;
- each of the two topics pairs with that one other topic only (two candidates are a doubt:
  nothing is joined).

So "Agencia Rusa Antidopaje" never joins "Agence mondiale antidopage", and "European Central
Bank" no "Banque nationale suisse" (one word in three alike).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from rapidfuzz import fuzz

from briefing.topics.expansions import MEAN_RATIO, WORD_RATIO
from briefing.topics.languages import latin
from briefing.topics.naming import acronym_key
from briefing.topics.spelling import skeleton


def _sound(word: str) -> str:
    return skeleton(latin(word)).replace("c", "k")


#: Content words a long name needs (two words with one translated is one word alike: too few).
MIN_WORDS = 3


def content_words(key: str, closed: frozenset[str]) -> list[str] | None:
    """The content words of a name key, hyphenated words split ("n:anti-doping agency")."""
    words = [w for w in key[2:].replace("'", " ").replace("-", " ").split() if w not in closed]
    if len(words) < MIN_WORDS or not all(w.isalpha() for w in words):
        return None
    return words


def one_left(
    words: list[str], others: list[str], place: Callable[[str], bool]
) -> tuple[str, str] | None:
    """The one word of each name left when all others pair alike, or None."""
    if len(words) != len(others):
        return None
    left = list(others)
    sounds = [_sound(w) for w in others]
    missed, scores = [], []
    for word in words:
        sound = _sound(word)
        ratios = [fuzz.ratio(sound, other) for other in sounds]
        best = max(range(len(sounds)), key=ratios.__getitem__)
        if ratios[best] < WORD_RATIO:
            missed.append(word)
            continue
        scores.append(ratios[best])
        del sounds[best], left[best]
    if len(missed) != 1 or sum(scores) / len(scores) < MEAN_RATIO:
        return None
    if place(missed[0]) or place(left[0]):
        return None
    return missed[0], left[0]


def acronym_translations(
    definitions: Iterable[tuple[str, str]],
    seen_in: Mapping[str, set[str]],
    key_of: Callable[[str], str],
    root: Callable[[str], str],
    place: Callable[[str], bool],
    closed: frozenset[str],
) -> list[tuple[str, str]]:
    """Pairs of long names' keys that are one body under two acronyms.

    ``definitions``: (long form, short form) pairs the text defines; ``seen_in``: each key's
    languages; ``root``: a key's topic; ``place``: whether a word names a place or a people;
    ``closed``: the packet's function words.
    """
    forms: dict[str, tuple[str, list[str]]] = {}
    for long, short in dict.fromkeys(definitions):
        key = key_of(long)
        words = content_words(key, closed)
        if words is not None and seen_in.get(key):
            forms.setdefault(key, (acronym_key(short), words))
    found: dict[tuple[str, str], tuple[str, str]] = {}
    keys = sorted(forms)
    for i, a in enumerate(keys):
        for b in keys[i + 1 :]:
            (letters_a, words_a), (letters_b, words_b) = forms[a], forms[b]
            if letters_a == letters_b or seen_in[a] & seen_in[b]:
                continue
            if root(a) == root(b) or one_left(words_a, words_b, place) is None:
                continue
            x, y = sorted((root(a), root(b)))
            found.setdefault((x, y), (a, b))
    partners: dict[str, set[str]] = {}
    for x, y in found:
        partners.setdefault(x, set()).add(y)
        partners.setdefault(y, set()).add(x)
    return [
        pair for (x, y), pair in found.items() if len(partners[x]) == 1 and len(partners[y]) == 1
    ]
