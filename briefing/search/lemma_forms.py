"""A French verb or a German feminine noun in a query also finds its forms of another stem.

Snowball cuts endings one at a time, so some forms of one word stem apart: the French
infinitive ``suspendre`` stems to ``suspendr`` while its participle ``suspendue`` stems to
``suspendu`` (every ``-re`` verb: ``rendre`` / ``rendu``, ``battre`` / ``battu``; ``-ir``
verbs of a ``-u`` participle: ``venir`` / ``venu``), and the German ``-innen`` plural of a
feminine ``-in`` noun keeps one ``n`` its singular lacks (``Läuferinnen`` → ``lauferinn``,
``Läuferin`` → ``lauferin``). A reader typing either form means both.

So a typed word that simplemma's French or German lexicon knows also searches the stems of
the briefing's own words that the lexicon reads as forms of the same lemma, found among the
words sharing the typed word's and its lemma's common start (a French verb's less its
``-er``/``-ir``/``-re``/``-oir``'s last two letters; at least :data:`MIN_PREFIX`
letters: the forms of "être" or "sein" share none and are not looked for). Only words the
lexicon knows take part: an unknown "Berlinnen" is nobody's plural, and "spinnen",
"beginnen" are verbs of their own, never plurals of "Spin" or "Begin". In German only the
``-in`` / ``-innen`` nouns are joined (other nouns' plurals already meet their singular's
stem, or belong to :mod:`.s_singulars`); in French only verbs (a lemma in ``-r`` or
``-re``), whose participles a noun of its own (``détenu``, ``rendu``) is the lexicon's
lemma and stays apart.

Only the query changes (no index schema change, no indexing cost), and only in a briefing
with French or German text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache

from briefing.search.analysis import analyse_word

__all__ = ["LANGUAGES", "lemma_form_terms"]

#: Languages whose forms of one lemma are joined here.
LANGUAGES = ("fr", "de")
#: The shortest common start of a word and its lemma looked up in the vocabulary.
MIN_PREFIX = 5
#: At most this many of the briefing's words sharing that start are read.
MAX_WORDS = 200


def lemma_form_terms(
    word: str, languages: tuple[str, ...], prefixed: Callable[[str], Iterable[str]]
) -> frozenset[str]:
    """The stems of the briefing's forms of ``word``'s lemma (``word`` lowercased) that its own
    stem misses, in French and German (module doc); ``prefixed`` gives the briefing's words
    starting with a string (``Vocabulary.prefixed``)."""
    if not word.isalpha():
        return frozenset()
    found: set[str] = set()
    for language in LANGUAGES:
        if language not in languages:
            continue
        lemma = _lemma(word, language)
        if lemma is None:
            continue
        prefix = _common_start(word, lemma[:-2] if language == "fr" else lemma)
        if len(prefix) < MIN_PREFIX:
            continue
        own = analyse_word(word, language)
        for other in list(prefixed(prefix))[:MAX_WORDS]:
            other = other.lower()
            if other.isalpha() and _lemma(other, language) == lemma:
                term = analyse_word(other, language)
                if term and term != own:
                    found.add(term)
    return frozenset(found)


@lru_cache(maxsize=8192)
def _lemma(word: str, language: str) -> str | None:
    """``word``'s lemma, lowercased, when the lexicon knows the word and the lemma is of the
    kind joined here (module doc): a French verb, a German feminine noun in ``-in``."""
    if language == "de" and not word.endswith(("in", "innen")):
        return None  # asked before the lexicon: German's loads in ~2 s, on the first such word
    import simplemma  # here: a lexicon load only when a query asks for it

    if not simplemma.is_known(word, lang=language):
        return None
    lemma = str(simplemma.lemmatize(word, lang=language))
    if language == "fr":
        return lemma if lemma.endswith(("r", "re")) and lemma.islower() else None
    if not lemma[:1].isupper() or not lemma.endswith("in"):
        return None
    lowered = lemma.lower()
    return lowered if word in (lowered, lowered + "nen") else None


def _common_start(one: str, other: str) -> str:
    """The letters ``one`` and ``other`` start with alike."""
    size = 0
    while size < min(len(one), len(other)) and one[size] == other[size]:
        size += 1
    return one[:size]
