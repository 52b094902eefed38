"""A line in another language than its article's: a quote, never the article's title.

A page in Japanese or Arabic may quote a post in English at its end ("With a test like this,
…"), or set the post's text among its first lines; a Spanish page may set an English post
between its lead and the rest. The headline, and the stand-in title cut from the lead
(:mod:`briefing.corpus.fallback_titles`), come from the article's own language: a paragraph
in another is what someone else said. Only what can be told surely counts:

- written in another script than most of its article, a line is another language's when
  CLD2 reliably names another language for it, as
  :func:`briefing.corpus.language.sentence_language` tells a quote's language (40 letters at
  least), or, shorter, when not one of its letters is in the article's script and two of
  its words are function words of another language than the article's ("of", "the": a
  sentence, not a name such as "SpaceX Starship Test Flight"); a line of names only (two
  to four words, each capitalised, no function word: ``Exa Look Press`` over a Russian
  story) is the same: a picture's credit or a brand set apart, for a headline is written in
  its article's script (:func:`_names_only`; one word alone is too short to tell);
- in the article's script, CLD2 is not trusted on a line alone (it reads a German headline
  naming the "Wall Street Journal" as English): the line is another language's only when
  CLD2 reliably names that language for 80 % of it (:func:`.language.paragraph_languages`),
  two of its words are function words of that language and none a function word of the
  article's language only ("auf", "der"; stopwords-iso's and Whoosh's lists).

An article wholly in the quote's language has no other: its lines are its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from briefing.corpus.kicker_words import (
    any_language_function_words,
    is_function_word,
    language_function_words,
)
from briefing.corpus.language import (
    SAMPLE_CHARS,
    UNDETERMINED,
    detect_language,
    paragraph_languages,
    script,
    sentence_language,
)

__all__ = ["Foreign", "ForeignLines", "foreign_lines", "never"]

#: Whether a line is in another language than its article's.
Foreign = Callable[[str], bool]
#: Function words a line needs to be a sentence of another language, not a name.
_FUNCTION_WORDS = 2
_WORD = re.compile(r"[^\W\d_]{2,}")
#: An address, a handle or a tag ("pic.example.com/x1R0", "@example", "#storm"): no words.
_NOT_WORDS = re.compile(r"\S*[/@#]\S*")


def _words(text: str) -> list[str]:
    """The line's words of two letters or more, casefolded, its addresses and tags left out."""
    return _WORD.findall(_NOT_WORDS.sub(" ", text).casefold())


#: The most words a line of names set apart has (a photo agency, a photographer, a brand).
_NAME_WORDS = 4


def _names_only(text: str) -> bool:
    """Two to four words, each opening with a capital letter, none a function word: names
    (``Exa Look Press``, ``Jane Roe``), no sentence."""
    words = text.split()
    if not 2 <= len(words) <= _NAME_WORDS:
        return False
    return all(w[:1].isupper() and w[:1].isalpha() and not is_function_word(w) for w in words)


@cache
def _others_function_words(language: str) -> frozenset[str]:
    """Function words of some language that are not ``language``'s: counted over every
    line in the article's script, so one set, not two lookups a word in a generator."""
    return any_language_function_words() - language_function_words(language)


def never(_text: str) -> bool:
    """No line is foreign: the test where the article's language does not matter."""
    return False


def foreign_lines(declared: str | None, texts: list[str]) -> ForeignLines:
    """The test for an article of paragraphs ``texts``, in its ``declared`` language or the
    one CLD2 reads in its first :data:`SAMPLE_CHARS` characters (the sample ``classify``
    detects the article's language on, so CLD2 answers from its cache)."""
    sample = " ".join(texts)[:SAMPLE_CHARS]
    return ForeignLines(declared or detect_language(sample), sample)


class ForeignLines:
    """Tells, for one article, whether a line of it is in another language (module doc)."""

    __slots__ = ("_home", "_language", "_sample")

    def __init__(self, language: str | None, article_text: str) -> None:
        self._language = language if language and language != UNDETERMINED else None
        self._sample = article_text[:SAMPLE_CHARS]
        self._home: str | None = None

    def __call__(self, text: str) -> bool:
        """Whether ``text`` is in another language than the article's."""
        if self._language is None:
            return False
        if self._home is None:
            self._home = script(self._sample) or ""
        written = script(text[:SAMPLE_CHARS])
        if written is None:
            return False
        if written == self._home:
            return self._same_script(text, self._language)
        if sentence_language(text, self._language, self._sample) != self._language:
            return True
        words = _words(text)
        if any(script(word) == self._home for word in words):
            return False  # "Microsoft Outage Today: <the article's words>": its own
        if _names_only(text):
            return True  # "Exa Look Press" over a Cyrillic story: a credit, not its headline
        ours = language_function_words(self._language)
        others = sum(is_function_word(word) and word not in ours for word in words)
        return others >= _FUNCTION_WORDS

    @staticmethod
    def _same_script(text: str, language: str) -> bool:
        """A line in the article's script that is plainly another language (module doc).

        Most lines are their article's: without two function words of some other language
        the answer is no whatever CLD2 says, so it is asked only then (CLD2 on every line in
        the article's script was a quarter of reading a plain briefing)."""
        words = _words(text)
        if sum(map(_others_function_words(language).__contains__, words)) < _FUNCTION_WORDS:
            return False
        other = paragraph_languages([text], language)[0]
        if other is None:
            return False
        theirs = language_function_words(other)
        ours = language_function_words(language)
        if any(word in ours and word not in theirs for word in words):
            return False
        return sum(word in theirs and word not in ours for word in words) >= _FUNCTION_WORDS
