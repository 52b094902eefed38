"""A word's stem key and how common it is in its language: the two measures of one word that
the key words, the themes and the event namers all ask for.

Split from :mod:`briefing.topics.keywords`, which decides which words are key; these two only
describe a word, whatever is done with it. :func:`stem_key` gives one key for the forms of a
word in one language (Snowball stem, Cyrillic lemma first, romanised: "Migranten" →
"migrant"); :func:`zipf` its frequency in the general language from wordfreq's small lists,
which ship with the package (nothing is downloaded).
"""

from __future__ import annotations

import functools

from anyascii import anyascii

from briefing.topics.languages import has_cyrillic, lemma
from briefing.topics.snowball import stem_word, stemmer
from briefing.topics.spelling import skeleton

_SNOWBALL = {
    "en": "english",
    "fr": "french",
    "de": "german",
    "es": "spanish",
    "it": "italian",
    "pt": "portuguese",
    "nl": "dutch",
    "ru": "russian",
    "uk": "russian",
    "tr": "turkish",
    "sv": "swedish",
    "da": "danish",
    "no": "norwegian",
    "fi": "finnish",
    "ro": "romanian",
    "hu": "hungarian",
}


@functools.cache
def _stemmer(language: str) -> object | None:
    name = _SNOWBALL.get(language)
    return stemmer(name) if name else None


@functools.lru_cache(maxsize=1 << 16)
def stem_key(word: str, language: str) -> str:
    """One key for the forms of a word in one language, romanised ("Migranten" → "migrant")."""
    base = lemma(word) if has_cyrillic(word) else word
    base = base.casefold()
    name = _SNOWBALL.get(language)
    if name is not None:
        base = stem_word(name, base)  # one stem per word for every rule (:mod:`.snowball`)
    return skeleton(anyascii(base).replace("'", ""))


@functools.lru_cache(maxsize=1 << 16)
def zipf(word: str, language: str) -> float:
    """How common a word is in its language at large (0 when wordfreq does not know it).

    A language wordfreq has no list for, or whose word splitter is an optional package that
    is not installed (Chinese needs jieba, Japanese and Korean MeCab), is one it does not
    know: a packet with one such article still gets its topics, with no frequencies from it.
    """
    from wordfreq import zipf_frequency

    if not _wordfreq_reads(language):
        return 0.0
    return float(zipf_frequency(word, language, wordlist="small"))


@functools.cache
def _wordfreq_reads(language: str) -> bool:
    """Whether wordfreq can tell a word's frequency in ``language`` here; asked once per
    language, with wordfreq's warnings about scripts it splits badly kept off the terminal."""
    import logging

    from wordfreq import zipf_frequency

    logging.getLogger("wordfreq").setLevel(logging.ERROR)
    try:
        zipf_frequency("a", language, wordlist="small")
    except (LookupError, ImportError):
        return False
    return True
