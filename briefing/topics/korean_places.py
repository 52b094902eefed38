"""A one-word Korean place named in Latin letters, joined with its Hangul, Han, Cyrillic and
Arabic spellings.

:mod:`.korean_names` joins a Korean name across scripts by its consonant skeleton, which is
rare enough for a person's full name or a long place name but not for a short one-word place:
"Itaewon" keeps two consonants ("dn"), as do a thousand words. So a place named in one Latin
word of Korean syllables ("Itaewon", "Yongsan") is joined by exact readings instead, and
only once the packet also writes it in Hangul (never from a reading alone):

- **Hangul**: a word (a particle after it, or an administrative suffix, allowed: "이태원에",
  "이태원동", "용산구") whose romanisation, vowels and all, is the Latin name's
  (:func:`~.korean_script_forms.korean_fold`: Revised Romanization or McCune-Reischauer).
  This is the evidence the other scripts need; a Hangul word read alike by two places joins
  neither.
- **Han**: a run of as many Han characters as the Hangul word has syllables whose Hanja
  readings (:func:`~.korean_keys.han_readings`) include that Hangul word ("梨泰院": 이태원).
- **Cyrillic**: a capitalised word, a Russian case ending after it allowed, that is the
  Hangul word in the Kontsevich system (:func:`~.korean_script_forms.kontsevich`: "Итхэвон",
  and "Итэвон" without the aspiration).
- **Arabic**: a word (a joined conjunction or preposition before it allowed) with the Latin
  name's consonants in order and its vowels where the Latin has them
  (:func:`~.korean_script_forms.arabic_shape`), as long as the Latin name less two letters.

A cluster made of those spellings only (a Cyrillic one the first pass found, say) is merged
into the Latin one. Places the gazetteer names in Hangul are left to it (their other names
are its); a town it knows by its Latin name only (GeoNames gives Hangul names to capitals
and cities of a million people, not to a town of half a million) is joined
here, with a shorter name allowed (:data:`MIN_KNOWN_FOLD`: the gazetteer, not the letters,
says it is a place), and a Han spelling the gazetteer reads as another place ("鞍山",
Anshan, also read 안산) never joins it.
A one-word name of another land whose letters happen to be Korean syllables ("Budokan",
"Daniel") is joined the same way: Korean writes it by ear (부도칸, 다니엘), so a Hangul word
read back into exactly its Latin letters is that name, and its Arabic spelling follows.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from briefing.topics.candidates import Occurrence
from briefing.topics.korean_keys import HANGUL_SUFFIXES, han_readings, korean_syllables
from briefing.topics.korean_script_forms import (
    arabic_shape,
    cyrillic_fold,
    kontsevich,
    korean_fold,
)
from briefing.topics.rank import Cluster
from briefing.topics.uncased_sounds import HAN, HANGUL, PARTICLES

__all__ = ["join_korean_places"]

#: The fewest letters a place's folded romanisation has, and Hangul syllables it is written in.
MIN_FOLD = 6
#: The same for a place the gazetteer knows by that Latin name: five letters ("Suwon").
MIN_KNOWN_FOLD = 5
MIN_HANGUL = 2
#: Administrative suffixes after a place's Hangul name, with the city district ("용산구").
_SUFFIXES = (*HANGUL_SUFFIXES, "구")
_HANGUL_WORD = re.compile(f"[{HANGUL}]+")
_HAN_RUN = re.compile(f"[{HAN}]+")
_CYRILLIC_WORD = re.compile("(?<![\u0400-\u04ff])[\u0410-\u042f\u0401][\u0430-\u044f\u0451]+")
_ARABIC_WORD = re.compile(r"[\u0621-\u063a\u0641-\u064a]+")
#: Russian case endings after a name ending in a consonant ("в Итхэвоне").
_RUSSIAN_ENDINGS = ("", "а", "е", "у", "ом", "ы")
#: Conjunctions and prepositions Arabic writes joined to the next word (و, ب, ل, ف, ك).
_ARABIC_PREFIXES = frozenset("وبلفك")
_PLACE_PARTICLES = tuple(
    sorted(
        {*PARTICLES, "에서", "에서는", "에는", "에도", "에", "으로", "의"}, key=len, reverse=True
    )
)


def _latin_place(surfaces: set[str], shortest: int = MIN_FOLD) -> str | None:
    """The cluster's one-word Latin name made of Korean syllables, folded, or None."""
    folds = {
        korean_fold(s)
        for s in surfaces
        if s.isascii() and s.isalpha() and s[:1].isupper() and korean_syllables(s)
    }
    folds = {f for f in folds if len(f) >= shortest}
    return next(iter(folds)) if len(folds) == 1 else None


def _hangul_forms(word: str) -> list[tuple[str, str]]:
    """A Hangul word's readings as a name: (the name, the surface), particle and suffix cut."""
    forms = [word, *(word[: -len(p)] for p in _PLACE_PARTICLES if word.endswith(p))]
    out = []
    for form in forms:
        out.append((form, form))
        out.extend((form[: -len(s)], form) for s in _SUFFIXES if form.endswith(s))
    return [(name, surface) for name, surface in out if len(name) >= MIN_HANGUL]


def join_korean_places(
    clusters: dict[str, Cluster],
    paragraphs: Sequence[tuple[str, int, str]],
    uncased_names: Callable[[], Mapping[str, str]] | None = None,
) -> None:
    """Join the one-word Korean places with their other scripts' spellings (module docstring).

    ``uncased_names`` gives the gazetteer's names in scripts without capitals → their place
    (:func:`~.uncased_places.uncased_places`), asked only when the packet writes Hangul;
    without it, no place of the gazetteer ("g:" root) is joined here."""
    uncased = [p for p in paragraphs if not p[2].isascii()]
    written = {
        korean_fold(name)
        for _, _, text in uncased
        for m in _HANGUL_WORD.finditer(text)
        for name, _ in _hangul_forms(m.group())
    }
    if not written:
        return  # no Hangul, nothing to join (most packets: nothing else is read)
    known = uncased_names() if uncased_names is not None else None
    in_hangul = {p for n, p in known.items() if _HANGUL_WORD.search(n)} if known else set()
    places: dict[str, str] = {}
    for root, c in clusters.items():
        gazetteer = root.startswith("g:")
        if (
            c.kind not in ("place", "organisation")
            or (gazetteer and (known is None or root[2:] in in_hangul))
            or not c.occurrences
        ):
            continue
        surfaces = {o.surface for o in c.occurrences}
        if any(s.isascii() and korean_fold(s) in written for s in surfaces):
            fold = _latin_place(surfaces, MIN_KNOWN_FOLD if gazetteer else MIN_FOLD)
            if fold is not None:
                places[root] = fold
    if not places:
        return
    by_fold: dict[str, list[str]] = {}
    for root, fold in places.items():
        by_fold.setdefault(fold, []).append(root)
    found: dict[str, list[Occurrence]] = {}
    hangul: dict[str, set[str]] = {}  # root -> its Hangul names
    for article, index, text in uncased:
        for m in _HANGUL_WORD.finditer(text):
            for name, surface in _hangul_forms(m.group()):
                roots = by_fold.get(korean_fold(name))
                if roots is not None and len(roots) == 1:
                    hangul.setdefault(roots[0], set()).add(name)
                    end = m.start() + len(surface)
                    found.setdefault(roots[0], []).append(
                        Occurrence(article, index, m.start(), end, surface)
                    )
                    break
    for root, names in hangul.items():
        _other_scripts(root, names, places[root], clusters, uncased, found, known or {})
    for root, occs in found.items():
        _absorb(clusters, root, occs)


def _other_scripts(
    root: str,
    names: set[str],
    fold: str,
    clusters: dict[str, Cluster],
    paragraphs: Sequence[tuple[str, int, str]],
    found: dict[str, list[Occurrence]],
    known: Mapping[str, str],
) -> None:
    """The Han, Cyrillic and Arabic uses of a place the packet writes in Hangul as ``names``;
    a cluster of those spellings only is merged into it. A Han spelling ``known`` (the
    gazetteer's uncased names) gives another place is that place's."""
    own = root[2:] if root.startswith("g:") else None
    latin = next(o.surface for o in clusters[root].occurrences if korean_fold(o.surface) == fold)
    sizes = sorted({len(n) for n in names})
    cyrillic = {cyrillic_fold(kontsevich(n)) for n in names}
    arabic = arabic_shape(latin)
    min_arabic = len(latin) - 2

    def cyrillic_name(word: str) -> bool:
        stems = (word[: len(word) - len(e)] for e in _RUSSIAN_ENDINGS if word.endswith(e))
        return any(cyrillic_fold(stem) in cyrillic for stem in stems)

    def arabic_name(word: str) -> bool:
        return len(word) >= min_arabic and arabic_shape(word) == arabic

    def han_name(chars: str) -> bool:
        return bool(han_readings(chars) & names) and known.get(chars, own) == own

    def spelling(surface: str) -> bool:
        if _CYRILLIC_WORD.fullmatch(surface):
            return cyrillic_name(surface)
        if _ARABIC_WORD.fullmatch(surface):
            return arabic_name(surface)
        return bool(_HAN_RUN.fullmatch(surface) and han_name(surface))

    out = found.setdefault(root, [])
    for article, index, text in paragraphs:
        for m in _HAN_RUN.finditer(text):
            run, start, i = m.group(), m.start(), 0
            while i < len(run):
                n = next((n for n in sizes if han_name(run[i : i + n])), 0)
                if n:
                    out.append(Occurrence(article, index, start + i, start + i + n, run[i : i + n]))
                i += n or 1
        for m in _CYRILLIC_WORD.finditer(text):
            if cyrillic_name(m.group()):
                out.append(Occurrence(article, index, m.start(), m.end(), m.group()))
        if len(arabic[0]) < 2:
            continue
        for m in _ARABIC_WORD.finditer(text):
            word, start = m.group(), m.start()
            if word[0] in _ARABIC_PREFIXES and len(word) > len(latin):
                word, start = word[1:], start + 1
            if arabic_name(word):
                out.append(Occurrence(article, index, start, start + len(word), word))
    for other, c in list(clusters.items()):
        written = {o.surface for o in c.occurrences}
        if other != root and written and all(map(spelling, written)):
            out.extend(clusters.pop(other).occurrences)


def _absorb(clusters: dict[str, Cluster], root: str, occs: list[Occurrence]) -> None:
    """Add the uses to the place, each once."""
    seen = {(o.article, o.paragraph, o.start) for o in clusters[root].occurrences}
    for o in occs:
        if (o.article, o.paragraph, o.start) not in seen:
            seen.add((o.article, o.paragraph, o.start))
            clusters[root].occurrences.append(o)
