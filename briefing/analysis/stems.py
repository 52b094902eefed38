"""Word stems in the article's language (Whoosh's Snowball stemmers), for comparing words.

"jewels"/"jewel", "bijoux"/"bijou", "Minuten"/"Minute" compare equal; a language without a
stemmer compares lower-cased words.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from whoosh.lang import has_stemmer, stemmer_for_language


@cache
def _stemmer(language: str) -> Callable[[str], str] | None:
    try:
        return stemmer_for_language(language) if has_stemmer(language) else None
    except (KeyError, ValueError):
        return None


@cache
def stem_word(word: str, language: str) -> str:
    """The stem of ``word`` (lower-cased) in ``language``."""
    lowered = word.casefold()
    stemmer = _stemmer(language)
    return stemmer(lowered) if stemmer is not None else lowered
