"""A person's surname alone in Arabic script, as the packet's own full-name matches spell it,
and a Latin "c" read as Turkish reads it.

:mod:`.arabic_names` looks for full names only: a surname's consonants alone ("rdjn") may be
an unrelated Arabic word. But once "رجب طيب أردوغان" is matched to Recep Tayyip Erdogan, the
packet itself has shown how its Arabic articles spell his surname, and "أردوغان" alone is him,
as :func:`~.uncased_surnames._short_forms` does in Hangul, Kana and Han ("特朗普" once
"唐纳德·特朗普" is found). The spelling must keep :data:`MIN_CONSONANTS` consonants (a native
word of three root letters, "حسن" of "Mustafa Hassan", never is one) and be no other matched
person's; an opening alif with or without its hamza is one letter ("أردوغان", "اردوغان"), and
a joined conjunction or preposition (و, ب, ل, ف, ك) may open the word. A family's name is more
people's than one (a brother, a father): one that opens with the article ("الفاروقي"), or of a
person named with an Arabic particle ("bin", "al-"), is never looked for alone.

Turkish writes the sound Arabic spells ج with "c" ("Recep", رجب; "Cemil", جميل), which
:func:`~.arabic_names.consonants` folds to "k"; :func:`soft_c_keys` gives a name's key with
"c" read as "j" too, for the full name's match alone (every word must still match in order).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from briefing.topics.candidates import Occurrence

__all__ = ["MIN_CONSONANTS", "PROCLITIC_LETTERS", "soft_c_keys", "surname_uses"]

#: The fewest consonants (:func:`~.arabic_names.consonants`) a surname keeps to be looked for
#: alone: Arabic's native words are mostly three root letters.
MIN_CONSONANTS = 4
#: The letters Arabic writes joined before a word: "and", "by/in", "for", "so", "like".
PROCLITIC_LETTERS = "وبلفك"
_PREFIXES = frozenset(PROCLITIC_LETTERS)
_ARABIC_WORD = re.compile(r"[\u0621-\u063a\u0641-\u065f\u066e-\u06d3]+")
_HAMZA_ALIF = str.maketrans("أإآ", "ااا")
#: A "c" that is not part of "ch" or "ck".
_SOFT_C = re.compile(r"c(?![hk])", re.IGNORECASE)


def soft_c_keys(words: Sequence[str], consonants: Callable[[str], str]) -> tuple[str, ...] | None:
    """The words' keys with each lone "c" read as "j" ("Recep" → "rjb"), or None when no
    word has one. ``consonants``: :func:`~.arabic_names.consonants` (passed in, as this
    module is imported by that one)."""
    if not any(_SOFT_C.search(w) for w in words):
        return None
    return tuple(consonants(_SOFT_C.sub("j", w)) for w in words)


def _plain(word: str) -> str:
    return word.translate(_HAMZA_ALIF)


def surname_uses(
    found: Mapping[str, list[Occurrence]],
    paragraphs: Sequence[tuple[str, int, str]],
    consonants: Callable[[str], str],
) -> dict[str, list[Occurrence]]:
    """Each person of ``found`` (their full-name matches in Arabic script) → the uses of the
    last word of those matches alone, in the Arabic ``paragraphs`` (article, index, text)."""
    owners: dict[str, set[str]] = {}
    for root, occs in found.items():
        for o in occs:
            words = o.surface.split()
            if words[-1].startswith("ال"):
                continue  # "الفاروقي": a family's name or a nisba, more people's than one
            if len(words) >= 2 and len(consonants(words[-1])) >= MIN_CONSONANTS:
                owners.setdefault(_plain(words[-1]), set()).add(root)
    learned = {w: next(iter(r)) for w, r in owners.items() if len(r) == 1}
    if not learned:
        return {}
    taken: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for occs in found.values():
        for o in occs:
            taken.setdefault((o.article, o.paragraph), []).append((o.start, o.end))
    more: dict[str, list[Occurrence]] = {}
    for article, index, text in paragraphs:
        spans = taken.get((article, index), [])
        for m in _ARABIC_WORD.finditer(text):
            start, word = m.start(), _plain(m.group())
            owner = learned.get(word)
            if owner is None and word[:1] in _PREFIXES:  # "وأردوغان"
                owner = learned.get(word[1:])
                start += 1 if owner is not None else 0
            if owner is None or any(a <= start < b for a, b in spans):
                continue
            more.setdefault(owner, []).append(
                Occurrence(article, index, start, m.end(), text[start : m.end()])
            )
    return more
