"""Plurals Snowball leaves whole beside their singular: ``anni`` / ``anno``, ``años`` / ``año``.

Snowball's Romance stemmers only cut an ending inside a word's regions (RV, R1, R2). In a short
word those regions are empty or one letter long, so neither the singular nor the plural loses
anything: Italian ``anno`` and ``anni`` stay ``anno`` and ``anni``, Spanish ``año`` / ``años``,
Portuguese ``ano`` / ``anos``, ``dia`` / ``dias``. French Snowball also keeps a final ``s`` after
a vowel other than ``è`` (so that ``pays`` or ``os`` keep theirs), and with it ``euros`` /
``euro``, ``photos`` / ``photo``, ``élus`` / ``élu``. A search for ``anno`` then found no
article that writes ``5 anni di carcere`` (a held-out real packet showed it: three of three
Italian articles missed, and the same in Spanish and Portuguese).

Whether a word is a plural of another is a question for a dictionary, not spelling (``dios`` is
no plural of ``dio``), so the rule asks a lemmatiser — ``simplemma``, here run only by the generator
``benchmarks/realworld/gen_plural_siblings.py``; the product looks the pairs up in
``plural_siblings.py`` as it does the other siblings. A word takes its lemma's stem when:

- the lemmatiser gives a lemma that the word is a regular plural of by spelling (``+s`` /
  ``+es``; in Italian ``-o``/``-e``/``-a`` → ``-i``/``-e``): no verb form, no irregular pair;
- Snowball leaves both whole (the cause above) and so stems them apart — every other pair it
  already joins or cuts on purpose. "Whole" is up to accents: Spanish and Catalan Snowball end
  by taking the acute accents off (``día`` → ``dia``, ``días`` → ``dias``), which cuts
  nothing, so a plural of an accented short word (``días``, ``ríos``, ``países``) is no
  exception (a real packet's ``día`` missed ``días`` while the test read ``dia`` as a cut);
- the lemma is a common word (wordfreq's Zipf ≥ 2) at most one Zipf point rarer than the word,
  the thresholds of :mod:`enclitics`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from briefing.search.enclitics import MAX_RARER, MIN_ZIPF

__all__ = ["LANGUAGES", "short_plural_sibling"]

#: Languages the rule is applied to (Snowball's Romance stemmers with the gap).
LANGUAGES = ("it", "es", "pt", "fr", "ca")
#: The shortest word looked at (``di``, ``la`` are function words anyway).
MIN_LENGTH = 3


def _regular_plural(word: str, lemma: str, language: str) -> bool:
    """True when ``word`` is spelt as a regular plural of ``lemma`` in ``language``."""
    if language == "it":
        return (
            len(word) == len(lemma)
            and word[:-1] == lemma[:-1]
            and lemma[-1] in "oea"
            and word[-1] in "ie"
            and word != lemma
        )
    return word in (lemma + "s", lemma + "es")


def _whole(stem: str, word: str) -> bool:
    """Whether ``stem`` is ``word`` uncut: the same letters, accents aside (Spanish and
    Catalan Snowball take the acute accents off a stem as their last step)."""
    return stem == word or _plain(stem) == _plain(word)


def _plain(word: str) -> str:
    """``word`` without its accents (``días`` → ``dias``)."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def short_plural_sibling(
    word: str,
    language: str,
    zipf: Callable[[str], float],
    lemma: Callable[[str], str],
    stem: Callable[[str], str],
) -> str | None:
    """The singular whose stem the plural ``word`` takes, or None.

    ``lemma`` is the lemmatiser's reading of a word, ``stem`` the product's stemmer for
    ``language`` without sibling lookups, ``zipf`` the word's frequency in ``language``."""
    if language not in LANGUAGES or len(word) < MIN_LENGTH or not word.isalpha():
        return None
    singular = lemma(word)
    if singular == word or not _regular_plural(word, singular, language):
        return None
    if not _whole(stem(word), word) or not _whole(stem(singular), singular):
        return None  # Snowball cut one of them: it joins them already, or apart on purpose
    if zipf(singular) < max(MIN_ZIPF, zipf(word) - MAX_RARER):
        return None
    return singular
