"""An Arabic noun in a query also finds its dual: ``سد`` (dam) finds ``سدين`` / ``السدين``.

The dual is regular: the singular and ``-ان`` (nominative) or ``-ين`` (oblique), a final
``ة`` written ``ت`` before it (``مدينة`` → ``مدينتين``). ISRI, the root stemmer Arabic is
indexed with (:mod:`.arabic`), leaves a two-letter word whole but reads the dual's ending as
part of a root (``سد`` → ``سد``, ``سدين`` → ``سدن``), so a search for "dam" missed "two
dams". Changing the stemmer would change every Arabic posting; the query side needs none of
that: the dual forms of the typed noun are looked up among the briefing's own words (bare or
after the article ``ال``), and each one found is searched by its own stem.

A word that merely looks like a dual is kept out by simplemma's Arabic lexicon: a form is
joined only when the lexicon knows it and reads it as the typed word's lemma, so ``سكان``
(inhabitants, the lexicon's own lemma) is no dual of ``سك``. A typed dual or a typed word
with the article finds the other duals of its lemma the same way (``السدين`` → ``سدان``).

Broken plurals (``سدود`` of ``سد``) are not handled: their forms share no ending with the
singular and simplemma's lexicon does not map this one (it does map some, ``بيوت`` →
``بيت``), see benchmarks/realworld/SEARCH_LANGUAGES.md.

Only the query changes (no index schema change, no indexing cost), and only in a briefing
with Arabic text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache

from briefing.search.analysis import analyse_word

__all__ = ["arabic_dual_terms"]

#: The article a dual may carry in the text.
_ARTICLE = "ال"
#: The dual's endings (nominative, oblique).
_ENDINGS = ("ان", "ين")
#: Arabic letters (the basic block's letters, no digits or marks).
_LETTERS = frozenset(chr(c) for c in range(0x0621, 0x064B))


def arabic_dual_terms(
    word: str, languages: tuple[str, ...], prefixed: Callable[[str], Iterable[str]]
) -> frozenset[str]:
    """The stems of the briefing's dual forms of ``word`` (lowercased) that its own stem
    misses, in a briefing with Arabic text (module doc); ``prefixed`` gives the briefing's
    words starting with a string (``Vocabulary.prefixed``)."""
    if "ar" not in languages or len(word) < 2 or not set(word) <= _LETTERS:
        return frozenset()
    singulars = {word}
    if word.startswith(_ARTICLE) and len(word) > len(_ARTICLE) + 1:
        singulars.add(word[len(_ARTICLE) :])
    if word.endswith(_ENDINGS):  # a typed dual: the lexicon's singular
        singulars.add(_lemma(word) or word)
    candidates = {other for singular in singulars for other in _dual_words(singular, prefixed)}
    if not candidates:
        return frozenset()  # the lexicon (~1 s to load) is read only when a dual is there
    lemma = _lemma(word) or word
    own = analyse_word(word, "ar")
    found: set[str] = set()
    for other in candidates:
        if _lemma(other) == lemma:
            term = analyse_word(other, "ar")
            if term and term != own:
                found.add(term)
    return frozenset(found)


def _dual_words(singular: str, prefixed: Callable[[str], Iterable[str]]) -> set[str]:
    """The briefing's words spelt as a dual of ``singular``, bare or after the article."""
    base = _base(singular)
    duals = {base + ending for ending in _ENDINGS}
    words: set[str] = set()
    for article in ("", _ARTICLE):
        words.update(w for w in prefixed(article + base) if w[len(article) :] in duals)
    return words


def _base(singular: str) -> str:
    """What the dual's ending follows: the singular, its final ``ة`` written ``ت``."""
    return singular[:-1] + "ت" if singular.endswith("ة") else singular


@lru_cache(maxsize=8192)
def _lemma(word: str) -> str | None:
    """``word``'s lemma in simplemma's Arabic lexicon; None for a word it does not know."""
    import simplemma  # here: a lexicon load only when a query asks for it

    if not simplemma.is_known(word, lang="ar"):
        return None
    return str(simplemma.lemmatize(word, lang="ar"))
