"""A word cut by the file's end: the last letters of a text that stops mid-word.

A page saved in part, or a copy a site trimmed to a length, ends where the bytes ran out,
often inside a word ("... after the results of the refere"). The cut word is no word of the
language: read as one, it became a form of the theme whose opening it shares ("рефере" of
"референдум"), or a name of its own. Many texts end on a sentence without its full stop too
(a post quoted last, a caption), so a missing mark alone says nothing; the word has to be
unknown as well. An article's last paragraph of running prose (:data:`MIN_WORDS` words or
more) that ends on a lower-case word, with no mark after it, that wordfreq's list of the
paragraph's language does not hold at all was cut there: that word is left out of the
topics' reading (blanked, so that offsets keep their meaning). A language wordfreq has no
list for is not judged; a capitalised last word (a name wordfreq need not know) is kept.
"""

from __future__ import annotations

import functools
import re

from briefing.topics.word_keys import _wordfreq_reads

__all__ = ["without_cut_end"]

#: The fewest words a last paragraph holds to be read as a sentence that ran on.
MIN_WORDS = 8
#: The last word of a text that ends on a letter (no mark, no digit after it).
_LAST_WORD = re.compile(r"(\w+)\s*$")


@functools.lru_cache(maxsize=1 << 10)
def _unknown(word: str, language: str) -> bool:
    """Whether wordfreq's full list of ``language`` lacks ``word`` (False where it has no
    list for the language: nothing is known there, so nothing is judged)."""
    if not _wordfreq_reads(language):
        return False
    from wordfreq import zipf_frequency

    return zipf_frequency(word, language) == 0.0


def without_cut_end(text: str, language: str) -> str:
    """``text`` (an article's last paragraph, in ``language``) with its last word blanked
    when the file's end cut it (see the module's docstring); ``text`` itself otherwise."""
    stripped = text.rstrip()
    if not stripped or not stripped[-1].isalpha() or len(stripped.split()) < MIN_WORDS:
        return text
    match = _LAST_WORD.search(stripped)
    if match is None or not match.group(1).isalpha() or not match.group(1).islower():
        return text
    if not _unknown(match.group(1), language):
        return text
    start, end = match.span(1)
    return text[:start] + " " * (end - start) + text[end:]
