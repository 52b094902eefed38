"""What the kicker rules know of a word: a function word, an everyday word, a known word.

Split from :mod:`.kickers` for size: its rules cut page furniture off a headline by the
shape of the text, and ask these of single words in any language: Whoosh's and
stopwords-iso's function words (of every language, or of the headline's own), the question
words a headline opens with, and wordfreq's frequencies, read from the compact lists of
:mod:`.wordlists` on first use only (most articles never need them).
"""

from __future__ import annotations

from functools import cache

from whoosh.lang.stopwords import stoplists

#: Languages whose word lists are asked whether a token is a word (wordfreq's small lists).
_WORD_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "cs", "tr", "ru", "uk")


def is_function_word(word: str) -> bool:
    """Whether ``word`` is an article, pronoun or preposition of a language Whoosh lists."""
    return word.casefold() in _function_words()


@cache
def _function_words() -> frozenset[str]:
    """Articles, pronouns and prepositions of every language Whoosh has a stop list for."""
    return frozenset(w for words in stoplists.values() for w in words if len(w) >= 2)


def _function_word_of_headline(word: str, headline: str) -> bool:
    """Whether ``word`` is a function word of the headline's own language, when CLD2 can
    tell that language from the headline (40 letters or more); True when it cannot."""
    from briefing.corpus.language import detect_language

    language = detect_language(headline)
    if language is None:
        return True
    return word in _language_function_words(language)


def language_function_words(language: str) -> frozenset[str]:
    """Whoosh's and stopwords-iso's function words of one language (empty for a language
    neither lists)."""
    return _language_function_words(language)


@cache
def _language_function_words(language: str) -> frozenset[str]:
    """Whoosh's and stopwords-iso's function words of one language."""
    import stopwordsiso

    words = set(stoplists.get(language, ()))
    if stopwordsiso.has_lang(language) and language != "en":
        words |= {w.casefold() for w in stopwordsiso.stopwords(language)}
    return frozenset(words)


def any_language_function_words() -> frozenset[str]:
    """Every word :func:`language_function_words` lists for some language: a line with
    fewer than two of them (outside its own language's) can be no other language's
    sentence by that test, so the caller need not ask CLD2 (:mod:`.foreign_line`)."""
    return _any_language_function_words()


@cache
def _any_language_function_words() -> frozenset[str]:
    import stopwordsiso

    languages = set(stoplists) | set(stopwordsiso.langs())
    return frozenset(w for language in languages for w in _language_function_words(language))


@cache
def _question_openers() -> frozenset[str]:
    """stopwords-iso's function words of the languages asked about words (they hold the
    question words: "warum", "pourquoi", "dlaczego", "почему"); only for a headline that
    ends in a question mark, since these lists also hold some content words."""
    import stopwordsiso

    lists = (stopwordsiso.stopwords(lang) for lang in _WORD_LANGUAGES)
    return frozenset(w.casefold() for words in lists for w in words if len(w) >= 2)


@cache
def _known(word: str, language: str, wordlist: str) -> bool:
    """``_zipf(word, language, wordlist) > 0``, without keying the list's frequencies."""
    from briefing.corpus.wordlists import known  # on first use: most articles never need it

    return known(word, language, wordlist)


@cache
def _zipf(word: str, language: str, wordlist: str) -> float:
    """wordfreq's Zipf frequency, from compact lists (``wordlists.py``: wordfreq's own dicts
    kept ~300 MB in every process that read the 10,005-article benchmark corpus)."""
    from briefing.corpus.wordlists import zipf  # on first use: most articles never need it

    return zipf(word, language, wordlist)
