"""Italian and Spanish plurals that Snowball mistakes for an infinitive with a pronoun attached.

Snowball's Italian and Spanish stemmers start by cutting a pronoun attached to an infinitive
or a gerund, as their specifications say (Italian step 0: ``ci gli la le li lo mi ne si ti
vi`` and their compounds after ``ando endo`` or ``ar er ir`` in RV; Spanish likewise with
``me se la le lo las les los nos…``): ``trovarsi`` → ``trovare`` → ``trov`` and ``hacerlo``
→ ``hacer`` → ``hac``, so a reflexive or object form meets its verb. But many plurals are
spelt exactly like that. To the algorithm ``dispersi`` is ``disper(e)`` + ``si`` (``er`` lies
in RV, which starts after ``dis``), so it stemmed to ``disp`` while ``disperso`` stemmed to
``dispers``, and a search for one never found the other (a dev packet's search case);
likewise ``diversi`` (``div``, beside ``diva``), ``concerti``, ``reparti``, ``scomparsi``,
``moderne``, and in Spanish ``gobiernos`` (``gobi``, never meeting ``gobierno``),
``modernos``, ``inviernos``.

Spelling cannot tell ``scomparsi`` (the missing) from ``trovarsi`` (to find oneself); a word
list can. A plural has a sibling — its singular, its other gender — that is a common word on
which the pronoun step does not fire (``disperso``, ``gobierno``); a verb with a pronoun has
none (no ``trovarso``), or only siblings that are verbs with a pronoun too (``vederli`` /
``vederlo``). The rule (:func:`plural_sibling`): when the step cuts a pronoun after an
infinitive, stem the word again without the step; if a word spelt from that stem with a noun
ending is a word of the language at Zipf ≥ 2 and at least a tenth as common as the word
itself (without that, ``haberme`` followed the name ``Habermas`` and ``tenerme`` a
misspelling), is not cut by the step itself and stems alike without it, the word takes that
sibling's stem. A pronoun after a gerund (``basandosi``) is left alone: no plural ends so.

Asking wordfreq while indexing cost 1–1.5 s per process (importing it, reading and keying its
large list) and tripled the time per Italian word, so the rule is applied once, to every word
of wordfreq 3.1.1's large Italian and Spanish lists, by ``benchmarks/realworld/
gen_plural_siblings.py``, and the product reads the result (``plural_siblings.py``): a dict
lookup per word. A plural too rare for wordfreq's large list is not covered.

On wordfreq's 100,000 most frequent Italian words this changes 54 stems; singular/plural and
masculine/feminine pairs sharing a stem go from 20,282 to 20,331 of 21,838, none is split, and
fewer word pairs share a stem (293,289 → 293,274). Spanish: 14 stems, 23,108 → 23,118 of
24,531 pairs, none split (``benchmarks/realworld/enclitic_study.py``). Catalan's stemmer has the
step too, but cuts without asking for a verb before the pronoun (``poble`` → ``pob``) and the
rest of the stemmer relies on it: turning it off splits 226 pairs (``museu`` / ``museus``) for
as many joined, so Catalan is left as it is. Portuguese and French Snowball have no such step
(their pronouns follow a hyphen, where the tokenizer splits the word anyway).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any

__all__ = ["LANGUAGES", "plural_aware", "plural_sibling"]

#: Language → (snowballstemmer's name for it, endings a sibling is spelt with from the stem).
LANGUAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "it": ("italian", ("o", "a", "e", "i", "io")),
    "es": ("spanish", ("o", "a", "os", "as", "e", "es")),
}
#: An infinitive followed by one of the specification's attached pronouns.
_AFTER_INFINITIVE = {
    "it": re.compile(
        r"(?:ar|er|ir)(?:[cmstv]i|gli|l[aeio]|ne|[cmstv]el[aeio]|gliel[aeio]|[cmstv]ene|gliene)$"
    ),
    "es": re.compile(r"(?:ar|er|ir|ár|ér|ír)(?:me|se|nos|l[aeo]s?|sel[ao]s?)$"),
}
#: A sibling must be at least this common (wordfreq's Zipf scale: 2 is once in 10 million
#: words), and at most this much rarer than the word itself (1: a tenth as common).
MIN_ZIPF = 2.0
MAX_RARER = 1.0


def plural_aware(language: str, stem: Callable[[str], str]) -> Callable[[str], str]:
    """``stem`` (the language's stemmer), except that a word the generated table lists (a
    plural the pronoun step misreads, or a form of :mod:`stem_siblings`' classes) gets its
    sibling's stem."""
    from briefing.search.plural_siblings import SIBLINGS

    siblings = SIBLINGS.get(language, {})

    def stem_word(word: str) -> str:
        return stem(siblings.get(word, word))

    return stem_word


def plural_sibling(word: str, language: str, zipf: Callable[[str], float]) -> str | None:
    """The common word that ``word`` is an inflection of, when the pronoun step misreads
    ``word`` as an infinitive with a pronoun; None when the step does not fire or its reading
    stands. ``zipf`` gives a word's frequency in the language (wordfreq's Zipf scale)."""
    if not _AFTER_INFINITIVE[language].search(word):
        return None
    full, bare = _stemmers(language)
    plain = bare.stemWord(word)
    if full.stemWord(word) == plain:  # the infinitive is not in RV: nothing was cut
        return None
    floor = max(MIN_ZIPF, zipf(word) - MAX_RARER)
    best: tuple[float, str] | None = None
    for ending in LANGUAGES[language][1]:
        candidate = plain + ending
        if candidate == word:
            continue
        frequency = zipf(candidate)
        if frequency < floor or (best is not None and frequency <= best[0]):
            continue
        alike = bare.stemWord(candidate)
        if alike == plain and full.stemWord(candidate) == alike:
            best = (frequency, candidate)
    return best[1] if best else None


@cache
def _stemmers(language: str) -> tuple[Any, Any]:
    """(the language's snowballstemmer stemmer, the same without the attached-pronoun step).

    Only the table's generator and the tests call this, from one thread: a snowballstemmer
    stemmer keeps the word it is working on in the instance.
    """
    import snowballstemmer

    full = snowballstemmer.stemmer(LANGUAGES[language][0])
    cls = type(full)
    # The step is the generated class's private ``__r_attached_pronoun`` (snowballstemmer is
    # pinned at 3.1.1; a test holds that turning it off changes what it should).
    private = f"_{cls.__name__}__r_attached_pronoun"
    bare = type(f"Bare{cls.__name__}", (cls,), {private: _not_cut})()
    return full, bare


def _not_cut(self: object) -> bool:
    return False
