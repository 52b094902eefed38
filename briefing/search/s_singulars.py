"""A German or Dutch plural in a query also finds its singular in ``-s``: ``Leitzinsen`` finds
``Leitzins``.

Snowball's German step 1 cuts one ending: ``-en``/``-e``/``-es`` or a lone ``-s`` after
b, d, f, g, h, k, l, m, n, r or t (the genitive ``Staats``). A noun whose singular itself ends
in such an ``s`` then stems apart from its own plural: ``Leitzins`` → ``leitzin`` (the ``s``
read as a genitive's), ``Leitzinsen`` → ``leitzins`` (the ``-en`` cut, and only that); so do
``Kurs`` / ``Kurse``, ``Impuls`` / ``Impulse``, ``Gans`` / ``Gänse``. Dutch Snowball cuts
``-s`` after any consonant but j the same way (``koers`` → ``koer``, ``koersen`` →
``koers``). A typed singular already found its plural (the typed word, folded, is searched
as a stem too: ``leitzins``); a typed plural found no singular.

So a German or Dutch word whose stem ends in an ``s`` that Snowball cuts when the stem is
read as a word (``leitzins`` → ``leitzin``, nothing else cut) also searches that shorter
stem — the singular's. Spelling alone cannot tell a plural from a word that merely ends so,
so the shorter stem is added only where the briefing's own words show it is safe (as
:mod:`briefing.search.noun_forms` does for Russian): at least one word there is indexed
under it, in any language of the briefing, and every such word is the singular itself,
spelled as the plural's stem. A Dutch ``mensen`` therefore does not reach the English
``men`` (indexed under the stem ``men`` of ``mens``), nor ``Kurse`` a spa's ``Kur``. A stem
that is a given name (``Jensen``, ``Hansen``: patronymics, no plurals of ``Jens``, ``Hans``)
adds nothing either.

Only the query changes (no index schema change, no indexing cost), and only in a briefing
with German or Dutch text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from briefing.given_name_table import given_name
from briefing.search.analysis import analyse_word, fold, query_terms

__all__ = ["LANGUAGES", "s_singular_terms"]

#: Languages whose Snowball stemmer cuts a final ``-s`` only when no other ending was cut.
LANGUAGES = ("de", "nl")
#: The shortest singular stem added: shorter ones are short words of every kind.
MIN_STEM = 3


def s_singular_terms(
    word: str, languages: tuple[str, ...], prefixed: Callable[[str], Iterable[str]]
) -> frozenset[str]:
    """The stems of the singulars in ``-s`` of ``word`` (lowercased) in the briefing's German
    or Dutch text that its own stem misses (module docstring); ``prefixed`` gives the
    briefing's words starting with a string (``Vocabulary.prefixed``)."""
    if not word.isalpha():
        return frozenset()
    found: set[str] = set()
    for language in LANGUAGES:
        if language not in languages:
            continue
        singular = _singular_stem(word, language)
        if singular is None or singular in found:
            continue
        plural_stem = singular + "s"
        under = [w for w in prefixed(singular) if singular in query_terms(w, languages)]
        singular_only = under and all(fold(w) == plural_stem for w in under)
        if singular_only and not given_name(plural_stem, language):
            found.add(singular)
    return frozenset(found)


def _singular_stem(word: str, language: str) -> str | None:
    """The stem the singular gets when ``word``'s stem ends in an ``s`` Snowball cuts from
    it read as a word (``leitzinsen`` → ``leitzins`` → ``leitzin``), else None."""
    stem = analyse_word(word, language)
    if not stem or not stem.endswith("s") or stem == word:
        return None
    shorter = analyse_word(stem, language)
    if shorter != stem[:-1] or len(shorter) < MIN_STEM:
        return None
    return shorter
