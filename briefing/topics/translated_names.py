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
  (Snowball stems equal);
- one of the two names is English: two other languages' names meet only through a third,
  whose glosses are wide, and each is often a cut fragment of its language's long name
  ("Consejo Nacional", "Nationalen Rats": both the national council of a longer name);
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

from briefing.topics.bilingual import english_stems, has_source, own_stem, stem_of, translations
from briefing.topics.candidates import Occurrence

__all__ = ["name_words", "translated_pairs", "translated_uses"]

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


def _senses(
    word: str, language: str, names: frozenset[str], others: tuple[str, ...] = ()
) -> frozenset[str]:
    """What a word can pair with: itself as written ("=word") and, unless it is a name, the
    English stems it stands for (its own for an English word, its glosses' otherwise), and
    its stem in a language ("es:ministeri"): its own for a word of that language, its
    translations' for an English word (from an English→X dictionary, ``others``)."""
    if word in names:
        return frozenset({"=" + word})
    if language == "en":
        found = {"=" + word, stem_of(word)}
        for other in others:
            found |= {f"{other}:{s}" for s in translations(word, other)}
        return frozenset(found)
    return frozenset(
        {"=" + word, f"{language}:{own_stem(word, language)}", *english_stems(word, language)}
    )


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
    others = tuple(sorted({language for _, language, _ in written.values()} - {"en"}))
    senses = {
        key: [_senses(w, language, names, others) for w in words]
        for key, (words, language, _) in written.items()
    }
    holding: dict[str, set[str]] = {}
    for key, first in senses.items():
        for sense in first[0]:
            holding.setdefault(sense, set()).add(key)
    found: dict[str, set[str]] = {}
    for a in sorted(written):
        seen_a = written[a][2]
        near = {b for w in senses[a] for sense in w for b in holding.get(sense, ())}
        for b in sorted(near):
            if b <= a or seen_a & written[b][2] or root(a) == root(b):
                continue
            if "en" not in (written[a][1], written[b][1]):
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


#: The languages an English word is translated into for :func:`translated_uses`.
_LANGUAGES = tuple(sorted(("fr", "de", "es", "it", "pt", "pl", "tr", "el", "ja", "ar", "nl")))
#: Function words between two words of a translated name, at most ("accords de paix d'Abraham").
_GAP = 2
_TOKEN = re.compile(r"[^\W\d_]+")


def translated_uses(
    named: Mapping[str, str],
    paragraphs: Iterable[tuple[str, int, str]],
    languages: Mapping[str, str],
    closed: frozenset[str],
) -> list[tuple[str, Occurrence]]:
    """(key, use) for an English name written word by word in another language of the packet,
    where the first pass read no name ("accords d'Abraham", "Abraham-Abkommen", "Acuerdos de
    Abraham" for "Abraham Accords": a capitalised word written as in the English name, its
    other words the glosses' translation of the others).

    ``named`` maps body keys to their English surface. The name needs a word written alike
    (the anchor, capitalised in the text: a name, never a common word that happens to be
    spelled alike) and every other word paired by a gloss, one to one, with only function
    words between the words found (:data:`_GAP` at most)."""
    anchored: dict[str, list[tuple[str, list[frozenset[str]]]]] = {}
    for key, surface in named.items():
        words = _words(surface, closed)
        if not words:
            continue
        senses = [_senses(w, "en", frozenset(), _LANGUAGES) for w in words]
        for word in words:
            anchored.setdefault(word, []).append((key, senses))
    found: list[tuple[str, Occurrence]] = []
    if not anchored:
        return found
    for article, index, text in paragraphs:
        language = languages.get(article, "")
        if language in ("", "en") or not has_source(language):
            continue
        tokens = list(_TOKEN.finditer(text))
        for at, token in enumerate(tokens):
            word = token.group().casefold()
            if word not in anchored or not token.group()[0].isupper():
                continue
            for key, senses in anchored[word]:
                span = _window(tokens, at, senses, language, closed)
                if span:
                    start, end = span
                    found.append((key, Occurrence(article, index, start, end, text[start:end])))
    return found


def _window(
    tokens: list[re.Match[str]],
    at: int,
    senses: list[frozenset[str]],
    language: str,
    closed: frozenset[str],
) -> tuple[int, int] | None:
    """The span of the content words around ``tokens[at]`` that translate the name whose word
    senses are ``senses`` (as many content words as the name, the anchor among them)."""
    n = len(senses)

    def content(step: int) -> list[int]:
        out: list[int] = []
        gap, i = 0, at + step
        while 0 <= i < len(tokens) and len(out) < n - 1:
            if tokens[i].group().casefold() in closed:
                gap += 1
                if gap > _GAP:
                    break
            else:
                out.append(i)
                gap = 0
            i += step
        return out

    left, right = content(-1)[::-1], content(1)
    for before in range(n):
        chosen = left[len(left) - before :] if before else []
        after = n - 1 - before
        if len(chosen) != before or len(right) < after:
            continue
        picked = [*chosen, at, *right[:after]]
        words = [_senses(tokens[i].group().casefold(), language, frozenset()) for i in picked]
        if _paired(words, senses):
            return tokens[picked[0]].start(), tokens[picked[-1]].end()
    return None
