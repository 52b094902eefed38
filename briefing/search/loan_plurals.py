"""German plurals of Latin and Greek loans, which Snowball stems apart from their singular.

German keeps the loans' own plurals: ``Stadion`` / ``Stadien``, ``Museum`` / ``Museen``,
``Zentrum`` / ``Zentren``, ``Virus`` / ``Viren``, ``Thema`` / ``Themen``, ``Konto`` /
``Konten``, ``Mythos`` / ``Mythen``. Snowball's German stemmer only cuts German endings, so
the singular stays whole (``stadion``) and the plural loses its ``-en`` (``stadi``): a search
for ``Stadien`` missed every article that writes ``Stadion`` (a real packet showed it), and
the other way round.

Whether a word is such a plural is a question for a dictionary, so the rule asks a lemmatiser
(``simplemma``, run only by the generator ``benchmarks/realworld/gen_plural_siblings.py``;
the product looks the pairs up in ``plural_siblings.py`` as it does the other siblings). A
word takes its singular's stem when:

- the lemmatiser gives a singular that the word is the loan plural of by spelling: the word
  is a root and ``-en``, the singular the same root and one of the loans' endings (``-um``,
  ``-on``, ``-us``, ``-a``, ``-o``, ``-os``), the root at least three letters;
- Snowball stems the two apart (every other pair it joins already);
- the singular is a common word (wordfreq's Zipf ≥ 2) at most one Zipf point rarer than the
  word, the thresholds of :mod:`enclitics`;
- in a compound (a first word and a last word the lemmatiser's dictionary both hold), the
  last word reads the same way: ``Fernstudien``
  would be ``Fernstudium``'s, but ``Studien`` alone is read as the plural of ``Studie`` (a
  study), which Snowball joins with it already, and ``Lieferdaten`` ends in ``Daten`` (data),
  a word of its own: two real words, so neither is joined to the ``-um`` singular.
"""

from __future__ import annotations

from collections.abc import Callable

from briefing.search.enclitics import MAX_RARER, MIN_ZIPF

__all__ = ["LANGUAGES", "loan_plural_sibling"]

#: Languages the rule is applied to.
LANGUAGES = ("de",)
#: Endings of a Latin or Greek singular whose German plural is the root and ``-en``.
SINGULAR_ENDINGS = ("um", "on", "us", "a", "o", "os")
#: The shortest root (``Vir-us``, ``Vir-en``).
MIN_ROOT = 3
#: The shortest last word of a compound looked at (``Daten``, ``Zentren``), and the shortest
#: first word (``Uni``): a split anywhere else (``T-hemen``, ``Gymn-asien``) is no compound.
MIN_TAIL = 5
MIN_HEAD = 3


def _loan_singular(word: str, singular: str) -> bool:
    """True when ``word`` is spelt as the loan plural of ``singular`` (``stadien`` /
    ``stadion``)."""
    root = word[:-2]
    return (
        word.endswith("en")
        and len(root) >= MIN_ROOT
        and singular.startswith(root)
        and singular[len(root) :] in SINGULAR_ENDINGS
    )


def loan_plural_sibling(
    word: str,
    language: str,
    zipf: Callable[[str], float],
    lemma: Callable[[str], str],
    stem: Callable[[str], str],
    known: Callable[[str], bool],
) -> str | None:
    """The singular whose stem the loan plural ``word`` (lowercased) takes, or None.

    ``lemma`` is the lemmatiser's reading of a word (lowercased here), ``known`` whether its
    dictionary holds the word, ``stem`` the product's stemmer without sibling lookups,
    ``zipf`` the word's frequency in ``language``."""
    if language not in LANGUAGES or not word.isalpha():
        return None
    singular = lemma(word).lower()
    if singular == word or not _loan_singular(word, singular):
        return None
    if stem(word) == stem(singular):
        return None
    if zipf(singular) < max(MIN_ZIPF, zipf(word) - MAX_RARER):
        return None
    for start in range(MIN_HEAD, len(word) - MIN_TAIL + 1):
        head, tail = word[:start], word[start:]
        if known(tail) and (known(head) or (head.endswith("s") and known(head[:-1]))):
            # the compound's last word, after a first word the dictionary holds too (maybe
            # with its linking s: "Lieferdaten", "Universitätskliniken")
            return singular if _loan_singular(tail, lemma(tail).lower()) else None
    return singular
