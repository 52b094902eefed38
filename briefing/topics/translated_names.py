"""One body's name translated word by word into another language: "Cruz Roja", "Red Cross".

A translated name shares no spelling with the original ("cruz" / "cross" / "Kreuz"), so no
spelling, sound or cognate rule joins them, and each language's articles list the body apart.
When a bilingual dictionary is installed (:mod:`.bilingual`, optional), a word's English
glosses say what it translates. Two names of the packet, each written in languages the other
never is, are one thing when their content words pair one to one:

- a word written alike in both (a name inside the name: "Abraham-Abkommen", "Abraham Accords")
  pairs as written; a word the packet names a person or a place by on its own is never
  glossed (a name read as a common word is the dictionaries' commonest noise: "Hong" →
  mushroom);
- any other word pairs through its glosses: an English word when one gloss is that word
  (Snowball stems equal), another language's word when their glosses share an English word;
- one pair at least is a gloss, every word is paired, and the names have two content words or
  more (one word alone is too often a sense of another thing: "Kreuz" is also a card suit);
- the name pairs with exactly one other name (two candidates are a doubt: nothing is joined).

Only a name the packet already lists is joined, and a gloss never names anything: without a
dictionary nothing is paired and the topics are what they were.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping

from briefing.topics.bilingual import english_stems, has_source, stem_of

__all__ = ["name_words", "translated_pairs"]

_WORDS = re.compile(r"[^\W\d_]+")
#: Content words of a name, at most (a longer name is a phrase, not a name).
MAX_WORDS = 4


def name_words(surface: str) -> list[str]:
    """The words of a written name, case-folded ("Abraham-Abkommen": abraham, abkommen)."""
    return _WORDS.findall(surface.casefold())


def _words(surface: str, closed: frozenset[str]) -> tuple[str, ...] | None:
    words = tuple(w for w in name_words(surface) if w not in closed)
    if not 2 <= len(words) <= MAX_WORDS:
        return None
    return words


def _senses(word: str, language: str, names: frozenset[str]) -> frozenset[str]:
    """What a word can pair with: itself as written ("=word") and, unless it is a name, the
    English stems it stands for (its own for an English word, its glosses' otherwise)."""
    if word in names:
        return frozenset({"=" + word})
    stems = {stem_of(word)} if language == "en" else english_stems(word, language)
    return frozenset({"=" + word, *stems})


def _paired(wa: list[frozenset[str]], wb: list[frozenset[str]]) -> bool:
    """Every word of ``wa`` paired with its own word of ``wb`` (one to one), one by a gloss."""
    if len(wa) != len(wb):
        return False

    def match(i: int, free: tuple[int, ...], glossed: bool) -> bool:
        if i == len(wa):
            return glossed
        for j in free:
            shared = wa[i] & wb[j]
            if not shared:
                continue
            same = any(s.startswith("=") for s in shared)
            if match(i + 1, tuple(k for k in free if k != j), glossed or not same):
                return True
        return False

    return match(0, tuple(range(len(wb))), False)


def translated_pairs(
    keys: Iterable[str],
    surfaces: Mapping[str, Iterable[tuple[str, str]]],
    names: frozenset[str],
    closed: frozenset[str],
    root: Callable[[str], str],
) -> list[tuple[str, str]]:
    """(key, key) pairs of one body's name in two languages.

    ``surfaces`` gives each key's uses as (surface, language); ``names`` the words that are a
    person's or a place's whole name in the packet (never glossed); ``closed`` the function
    words of the packet's languages; ``root`` a key's topic (two keys of one topic are no
    pair to make)."""
    written: dict[str, tuple[tuple[str, ...], str, set[str]]] = {}
    for key in keys:
        uses = list(surfaces.get(key, ()))
        languages = Counter(language for _, language in uses if language)
        if not languages:
            continue
        language = languages.most_common(1)[0][0]
        if language != "en" and not has_source(language):
            continue
        forms = Counter(_words(s, closed) for s, lang in uses if lang == language)
        form = forms.most_common(1)[0][0] if forms else None
        if form:
            written[key] = (form, language, set(languages))
    senses = {
        key: [_senses(w, language, names) for w in words]
        for key, (words, language, _) in written.items()
    }
    holding: dict[str, set[str]] = {}
    for key, first in senses.items():
        for sense in first[0]:
            holding.setdefault(sense, set()).add(key)
    found: dict[str, set[str]] = {}
    for a in sorted(written):
        seen_a = written[a][2]
        others = {b for w in senses[a] for sense in w for b in holding.get(sense, ())}
        for b in sorted(others):
            if b <= a or seen_a & written[b][2] or root(a) == root(b):
                continue
            if _paired(senses[a], senses[b]):
                found.setdefault(a, set()).add(root(b))
                found.setdefault(b, set()).add(root(a))
    keyed = sorted(found)
    pairs = []
    for i, a in enumerate(keyed):
        for b in keyed[i + 1 :]:
            if found.get(a) == {root(b)} and found.get(b) == {root(a)}:
                pairs.append((a, b))
    return pairs
