"""A loanword's English plural in Spanish, Italian or Portuguese text: ``bitcoin`` finds
``bitcoins``, ``hacker`` finds ``hackers``.

Spanish, Italian and Portuguese make no native plural by adding a bare ``-s`` to a
consonant, so their Snowball stemmers never cut such an ``s``; but their news writes the
loans they take from English with the English plural (``bitcoins``, ``tweets``, ``emails``,
``hackers``, ``links``). Snowball keeps the plural whole, so it is indexed apart from its
singular: a search for ``bitcoin`` found no Spanish article that writes only ``bitcoins``
(a real packet showed it). French and Catalan Snowball cut such an ``s`` already; English
Porter too, and it analyses the undetermined-language copy of every typed word, so a typed
plural mostly reaches a Romance singular already (``bitcoins`` → ``bitcoin``) — but not
where the Romance stemmer cuts the singular (Spanish ``hacker`` → ``hack``).

So, in a briefing with text in one of these languages, a typed word ending in a consonant
(``s`` aside) also searches its ``-s`` form's stem in that language, and a typed word ending
in consonant and ``s`` its singular's, when:

- the two forms stem apart in that language and the plural's stem is the plural uncut
  (the gap above; a pair the stemmer or the sibling table joins needs nothing);
- the plural is no native word of any of these languages the briefing holds (a Portuguese
  ``bens`` is indexed under the Spanish stem ``bens`` too): simplemma's dictionary does not
  read it as the ``-s`` plural of something else (Portuguese ``bens`` is ``bem``'s, ``sons``
  ``som``'s, Spanish ``vals`` a waltz: ``native_s_words.py``, generated), and in Portuguese
  an ``-ns`` word whose ``-m`` singular the briefing writes is that singular's plural
  (``homens`` beside ``homem``);
- the plural is no given name (``Jens``, ``Hans``, ``Lars``, of any country: no plural of
  ``Jen``, ``Han``, ``Lar``), as :mod:`briefing.search.s_singulars` leaves ``Jensen`` alone;
- as :mod:`briefing.search.s_singulars` does, the briefing's own words show it is safe:
  at least one word there is indexed under the added stem, in any language of the
  briefing, and every such word is the other form itself. ``hackers`` does not add the
  Spanish stem ``hack`` of ``hacker`` where ``hackear`` (or an English ``hack``) is
  indexed under it too.

Only the query changes (no index schema change, no indexing cost).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from briefing.given_name_table import given_name
from briefing.search.analysis import analyse_word, fold, query_terms
from briefing.search.native_s_words import NATIVE_S_WORDS

__all__ = ["LANGUAGES", "MIN_SINGULAR", "consonant", "loan_s_terms"]

#: Languages whose Snowball stemmer never cuts an ``-s`` after a consonant.
LANGUAGES = ("es", "it", "pt")
#: The shortest singular looked at (``bot``, ``app``, ``fan``).
MIN_SINGULAR = 3
#: Letters after which an ``-s`` is no loan plural (vowels, ``y``, and ``s`` itself).
_NOT_CONSONANTS = frozenset("aeiouy" + "s")


def loan_s_terms(
    word: str, languages: Iterable[str], prefixed: Callable[[str], Iterable[str]]
) -> frozenset[str]:
    """The stems, in the briefing's Spanish, Italian or Portuguese text, of the other number
    of ``word`` (lowercased) that its own stems miss (module docstring); ``prefixed`` gives
    the briefing's words starting with a string (``Vocabulary.prefixed``)."""
    forms = _forms(word)
    if forms is None:
        return frozenset()
    singular, plural = forms
    present = tuple(languages)
    romance = [language for language in LANGUAGES if language in present]
    # The languages first: the given-name table is read from disk on its first use, and a
    # briefing with no Spanish, Italian or Portuguese text must not pay that on a key press.
    if not romance or given_name(plural) or _native(plural, romance, prefixed):
        return frozenset()
    other = plural if word == singular else singular
    found: set[str] = set()
    for language in romance:
        singular_stem = analyse_word(singular, language)
        plural_stem = analyse_word(plural, language)
        if not singular_stem or plural_stem != fold(plural) or singular_stem == plural_stem:
            continue
        term = singular_stem if other == singular else plural_stem
        under = [w for w in prefixed(term) if term in query_terms(w, present)]
        if under and all(fold(w) == fold(other) for w in under):
            found.add(term)
    return frozenset(found)


def _forms(word: str) -> tuple[str, str] | None:
    """``(singular, plural)`` when ``word`` may be a loan's singular (it ends in a consonant)
    or its ``-s`` plural (consonant and ``s``), else None."""
    if not word.isalpha():
        return None
    if word.endswith("s") and len(word) > MIN_SINGULAR and consonant(word[-2]):
        return word[:-1], word
    if len(word) >= MIN_SINGULAR and consonant(word[-1]):
        return word, word + "s"
    return None


def _native(plural: str, languages: list[str], prefixed: Callable[[str], Iterable[str]]) -> bool:
    """Whether ``plural`` is a native word of one of ``languages`` (the briefing's: a
    Portuguese ``bens`` is indexed under the Spanish stem ``bens`` of a Spanish loan too)."""
    if any(fold(plural) in NATIVE_S_WORDS.get(language, ()) for language in languages):
        return True
    return "pt" in languages and plural.endswith("ns") and _writes(plural[:-2] + "m", prefixed)


def consonant(letter: str) -> bool:
    """A Latin consonant other than ``s`` (accents folded: ``ç`` is one, ``é`` is not)."""
    plain = fold(letter)
    return plain.isascii() and plain.isalpha() and plain not in _NOT_CONSONANTS


def _writes(word: str, prefixed: Callable[[str], Iterable[str]]) -> bool:
    """Whether the briefing holds ``word`` (accents folded)."""
    return any(fold(w) == fold(word) for w in prefixed(word))
