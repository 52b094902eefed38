"""A Russian noun in a query also looks for the forms Snowball stems apart from it.

Snowball's Russian stemmer cuts endings, so a noun whose stem changes inside its paradigm is
not found by its base form: a fleeting vowel (``башня`` → ``башн``, its genitive plural
``башен`` → ``баш``; ``отец`` / ``отца``, ``окно`` / ``окон``, ``день`` / ``дня``), a soft
sign (``церковь`` / ``церквей``), a suppletive plural (``человек`` / ``люди``). On paradigms
written for the measurement (``benchmarks/realworld/russian_forms_study.py``), a base form
found 80 of 166 forms.

Two remedies were measured (``benchmarks/realworld/SEARCH_LANGUAGES.md``, schema 8 section):
lemmatising Russian in the index with pymorphy3, as Ukrainian is, found 164/166 with no
look-alike joined, but cost 2.2–2.5× Snowball per distinct word, changed every Russian
term, and lost a dev packet's case (``погибший`` no longer found ``погибших``: the index
reads the participle as a form of ``погибнуть``). Expanding the query leaves the index alone:
the typed word's lexeme (pymorphy3's first reading, when it is a noun), each form analysed as
the index analysed Russian text. Unguarded, that found 166/166 but also what the added stems
stand for elsewhere (``песен`` → ``пес``, the stem of ``пёс``; ``лет`` of ``год`` → the stem
of ``лето``): on wordfreq's list, 154 words of other lemmas for 239 of the noun's own.

So a stem is added only where the briefing's own words (the vocabulary) show it is safe:
at least one word there is indexed under it, and every such word is a form of the lexeme. A
briefing holding ``песен`` and no ``пёс`` finds ``песен`` for ``песня``; one that also holds
``пёс`` does not (as before). On wordfreq's list this kept 161 of the 239 and none of the 154.
Only the query changes; it costs one dictionary parse and a few prefix lookups per typed
Russian word.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable
from functools import lru_cache

from briefing.morphology import analyser
from briefing.search.analysis import analyse_word, has_cyrillic

__all__ = ["noun_form_terms"]


@lru_cache(maxsize=2048)
def _lexeme(word: str) -> frozenset[str]:
    """Every form of the noun ``word`` (lowercased) is first read as, with ``ё`` also as
    ``е``; empty when the dictionary does not know it or reads it first as another part of
    speech."""
    morph = analyser("ru")
    if not morph.word_is_known(word):
        return frozenset()
    best = morph.parse(word)[0]
    if best.tag.POS != "NOUN":
        return frozenset()
    forms = {form.word for form in best.lexeme}
    return frozenset(forms | {form.replace("ё", "е") for form in forms})


def noun_form_terms(word: str, prefixed: Callable[[str], Iterable[str]]) -> frozenset[str]:
    """The Russian terms of the forms of the noun ``word`` (lowercased) that the briefing
    holds under a stem of their own (see the module docstring). ``prefixed`` gives the
    briefing's words starting with a string (``Vocabulary.prefixed``): Snowball only cuts
    endings (and writes ``ё`` as ``е``), so every word indexed under a stem starts with it
    or with it spelt with ``ё``."""
    if not has_cyrillic(word):
        return frozenset()
    forms = _lexeme(word)
    if not forms:
        return frozenset()
    stems = {analyse_word(form, "ru") for form in forms}
    stems.discard(analyse_word(word, "ru"))
    found: set[str] = set()
    for stem in stems:
        if not stem:
            continue
        under = [
            w
            for start in _written_starts(stem)
            for w in prefixed(start)
            if analyse_word(w, "ru") == stem
        ]
        if under and all(w in forms for w in under):
            found.add(stem)
    return frozenset(found)


#: At most this many ``е`` of a stem are tried as ``ё`` (2⁴ prefixes to look up).
_MAX_YO = 4


def _written_starts(stem: str) -> set[str]:
    """How words indexed under ``stem`` may start: the stemmer writes ``ё`` as ``е``
    (``пёс`` → ``пес``), so each ``е`` of the stem may stand for either."""
    at = [i for i, char in enumerate(stem) if char == "е"][:_MAX_YO]
    starts = set()
    for chosen in itertools.product("её", repeat=len(at)):
        letters = list(stem)
        for i, char in zip(at, chosen, strict=True):
            letters[i] = char
        starts.add("".join(letters))
    return starts
