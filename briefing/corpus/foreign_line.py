"""A line in another language than its article's: a quote, never the article's title.

A page in Japanese or Arabic may quote a post in English at its end ("With a test like this,
…"), or set the post's text among its first lines. The headline, and the stand-in title cut
from the lead (:mod:`briefing.corpus.fallback_titles`), come from the article's own language:
a paragraph in another is what someone else said. Only what can be told surely counts, as
:func:`briefing.corpus.language.sentence_language` tells a quote's language: the line is
written in another script than most of its article and CLD2 reliably names another
language for it (40 letters at least). Within one script a line keeps its article's language
(CLD2 reads a German headline naming the "Wall Street Journal" as English), and an article
wholly in the quote's language has no other: its lines are its own.
"""

from __future__ import annotations

from collections.abc import Callable

from briefing.corpus.language import (
    SAMPLE_CHARS,
    UNDETERMINED,
    detect_language,
    script,
    sentence_language,
)

__all__ = ["Foreign", "ForeignLines", "foreign_lines", "never"]

#: Whether a line is in another language than its article's.
Foreign = Callable[[str], bool]


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
        if script(text[:SAMPLE_CHARS]) in (None, self._home):
            return False  # the cheap test first: most lines are in the article's script
        return sentence_language(text, self._language, self._sample) != self._language
